import { z } from 'zod';
import { ChangeKind, ChangeState, VerificationMethod } from '../../../../shared/domain/change.js';
import { ChangeClosure } from '../../../../shared/domain/closeReason.js';
import { maskIdNumber } from '../../../../shared/domain/masking.js';
import { referenceForChange } from '../../../../shared/domain/reference.js';
import type { QueuedChange } from '../kioskDocument.js';

/**
 * What is kept of a finished change: enough for a report and a lookup, no usable personal data.
 * Validated when read back: an archive line is a file's contents, input like any other.
 */
export const ArchivedChange = z
  .object({
    changeId: z.uuid(),
    reference: z.string(),
    seq: z.number().int().nonnegative(),
    kind: ChangeKind,
    idNumberMasked: z.string(),
    deviceId: z.string().optional(),
    verifiedBy: VerificationMethod,
    staffId: z.string().optional(),
    acceptedAt: z.iso.datetime({ offset: true }),
    finalState: ChangeState,
    outcomeCode: z.string().optional(),
    /** Staff closed it (issue 11): the reason, the note, who and when. */
    closed: ChangeClosure.optional(),
    finishedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type ArchivedChange = z.infer<typeof ArchivedChange>;

/**
 * The masked form of a queued change. For a finished change it never varies (a final state is
 * never left, so no later record touches it): a batch rewritten after a crash is the same bytes.
 */
export function archivedForm(entry: QueuedChange): ArchivedChange {
  const { change } = entry;
  return {
    changeId: change.changeId,
    reference: referenceForChange(change.changeId),
    seq: change.seq,
    kind: change.kind,
    idNumberMasked: maskIdNumber(change.idNumber),
    ...(change.deviceId === undefined ? {} : { deviceId: change.deviceId }),
    verifiedBy: change.evidence.method,
    ...(change.evidence.staffId === undefined ? {} : { staffId: change.evidence.staffId }),
    acceptedAt: change.createdAt,
    finalState: entry.state,
    ...(entry.outcomeCode === undefined ? {} : { outcomeCode: entry.outcomeCode }),
    ...(entry.closed === undefined ? {} : { closed: structuredClone(entry.closed) }),
    finishedAt: entry.updatedAt,
  };
}
