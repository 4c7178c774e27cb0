import { z } from 'zod';
import { ChangeKind, ChangeState } from '../domain/change.js';
import { CloseNote, CloseReason } from '../domain/closeReason.js';
import { RequestStatus } from '../upstream/api.js';

/**
 * What the lookup's state rests on, resolved by the core from this kiosk's record and the
 * national system's answer, so the screen says one state and one explanation that agree:
 * - `national-system`: the national system answered; its state.
 * - `kiosk-record`: finished here with the national system's answer on record, which the national
 *   system does not give now (it does not know the reference any more, or cannot be asked).
 * - `not-yet-received`: waiting here; the national system was asked and does not know it yet.
 * - `not-checked`: waiting here; the national system could not be asked.
 * - `closed-here`: staff closed it at this kiosk (issue 11); only this kiosk knows why.
 */
export const lookupBases = [
  'national-system',
  'kiosk-record',
  'not-yet-received',
  'not-checked',
  'closed-here',
] as const;
export const LookupBasis = z.enum(lookupBases);
export type LookupBasis = z.infer<typeof LookupBasis>;

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
    /** When a kiosk accepted it: the time printed on its slip, whoever answers the lookup. */
    acceptedAt: z.iso.datetime({ offset: true }).optional(),
    updatedAt: z.iso.datetime({ offset: true }).optional(),
    basis: LookupBasis,
    /**
     * Present only when whoever is at the kiosk now may have this request's slip (the receipt's
     * own rule, `RECEIPT_NOT_AVAILABLE` otherwise): the staff member who served it, or the
     * citizen who made it, in this session. The slip is printed by this id, as at first.
     */
    reprintChangeId: z.uuid().optional(),
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
