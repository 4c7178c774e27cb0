import { z } from 'zod';
import { ChangeKind, ChangeState } from '../domain/change.js';
import { CloseNote, CloseReason } from '../domain/closeReason.js';
import { RequestStatus } from '../upstream/api.js';

/**
 * Where a request stands, by the reference on its receipt. No personal data: anyone holding the
 * slip may ask, without identifying themselves.
 */
export const RequestLookup = z
  .object({
    reference: z.string(),
    kind: ChangeKind,
    state: ChangeState,
    /** The national system's code for the outcome, once there is one (e.g. UNLOCKED, HOLDER_DECEASED). */
    outcomeCode: z.string().optional(),
    /** For unlock requests: it can move after the first answer (a review approves or refuses it). */
    requestStatus: RequestStatus.optional(),
    /** Staff closed it at this kiosk (issue 11): why, in the reasons' list, and their note. */
    closed: z.object({ reason: CloseReason, note: CloseNote.optional() }).strict().optional(),
    acceptedAt: z.iso.datetime({ offset: true }).optional(),
    updatedAt: z.iso.datetime({ offset: true }).optional(),
    /** `this-kiosk`: the national system does not know it (yet), or could not be asked. */
    source: z.enum(['national-system', 'this-kiosk']),
  })
  .strict();
export type RequestLookup = z.infer<typeof RequestLookup>;

export const requestMethods = {
  'request.lookup': {
    /** Typed on the pad: dashes, spaces and lower case are forgiven; the core normalises it. */
    args: z.object({ reference: z.string().min(1).max(32) }).strict(),
    result: RequestLookup,
  },
} as const;
