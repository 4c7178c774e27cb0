import { z } from 'zod';

export const changeKinds = ['unlink-device', 'unlink-all-devices', 'unlock-request'] as const;
export const ChangeKind = z.enum(changeKinds);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** What the national system decided about one change. */
export const ChangeOutcome = z.enum(['applied', 'duplicate', 'conflict', 'rejected']);
export type ChangeOutcome = z.infer<typeof ChangeOutcome>;

/**
 * Where a change is in the kiosk's queue; the last five are final. `closed` is the kiosk's own
 * final state (issue 11): staff closed a change that waited for them, with a reason.
 */
export const ChangeState = z.enum([
  'pending',
  'sending',
  'blocked',
  'applied',
  'duplicate',
  'conflict',
  'rejected',
  'closed',
]);
export type ChangeState = z.infer<typeof ChangeState>;

export const VerificationMethod = z.enum(['passcode', 'otp', 'staff']);
export type VerificationMethod = z.infer<typeof VerificationMethod>;

/** How the citizen was proven to be the holder when the change was accepted. */
export const ChangeEvidence = z
  .object({
    method: VerificationMethod,
    verifiedAt: z.iso.datetime({ offset: true }),
    /** The upstream verification token, for passcode and OTP. */
    token: z.string().min(1).max(256).optional(),
    /** The staff member who checked the physical card, for staff attestation. */
    staffId: z.string().min(1).max(32).optional(),
    /**
     * The full date of birth printed on the card, YYYY-MM-DD, for staff attestation only: the
     * kiosk checks just its year against the ID number, and the national system compares the
     * whole date with its record when the change arrives (`DATE_OF_BIRTH_MISMATCH`).
     */
    dateOfBirth: z.iso.date().optional(),
    /**
     * Issue 13: the staff member's facts were read from the card's QR code, not typed. A record of
     * how the data was entered, never extra proof: the QR code is not signed.
     */
    source: z.literal('card-qr').optional(),
    /** The card's issue date from its QR code, YYYY-MM-DD; only with `source`. */
    cardIssuedOn: z.iso.date().optional(),
  })
  .strict()
  .refine((evidence) => evidence.cardIssuedOn === undefined || evidence.source !== undefined, {
    message: 'cardIssuedOn comes only with source',
    path: ['cardIssuedOn'],
  })
  .refine(
    (evidence) =>
      evidence.method === 'staff' || (evidence.source === undefined && evidence.cardIssuedOn === undefined),
    { message: 'source and cardIssuedOn come only with a staff attestation', path: ['source'] },
  );
export type ChangeEvidence = z.infer<typeof ChangeEvidence>;

export function isFinalState(state: ChangeState): boolean {
  return (
    state === 'applied' ||
    state === 'duplicate' ||
    state === 'conflict' ||
    state === 'rejected' ||
    state === 'closed'
  );
}
