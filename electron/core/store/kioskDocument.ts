import { z } from 'zod';
import { ChangeState } from '../../../shared/domain/change.js';
import { UpstreamChange } from '../../../shared/upstream/api.js';

/** One change in the kiosk's queue, with where it stands. */
export const QueuedChange = z
  .object({
    change: UpstreamChange,
    state: ChangeState,
    attempts: z.number().int().nonnegative(),
    outcomeCode: z.string().optional(),
    outcomeMessage: z.string().optional(),
    /** Not before this instant: set by the sync engine's backoff and the national system's Retry-After. */
    nextAttemptAt: z.iso.datetime({ offset: true }).optional(),
    /** Why the last attempt did not get an answer, for staff. */
    lastError: z.string().max(500).optional(),
    /** The earlier change on the same account whose conflict or rejection holds this one back. */
    blockedBy: z.uuid().optional(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type QueuedChange = z.infer<typeof QueuedChange>;

/** Everything the kiosk keeps on disk. Validated on every read: a file is input too. */
export const KioskDocument = z
  .object({
    version: z.literal(1),
    nextSeq: z.number().int().nonnegative(),
    changes: z.array(QueuedChange),
  })
  .strict();
export type KioskDocument = z.infer<typeof KioskDocument>;

export function emptyKioskDocument(): KioskDocument {
  return { version: 1, nextSeq: 1, changes: [] };
}
