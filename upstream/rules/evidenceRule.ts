import type { ChangeEvidence, VerificationMethod } from '../../shared/domain/change.js';
import { isStaffId } from '../../shared/rules/staffId.js';

/** Queued changes reach the service long after the citizen verified, so evidence outlives the token. */
export const EVIDENCE_GRACE_MS = 24 * 60 * 60 * 1000;

/** The facts about an issued token that the evidence rule needs. */
export interface TokenFacts {
  idNumber: string;
  method: VerificationMethod;
  expiresAtMs: number;
  staffId?: string | undefined;
}

export type EvidenceCheck = { valid: true } | { valid: false; message: string };

/**
 * Whether a change carries proof that the holder asked for it. A passcode or OTP change must
 * carry a token this service issued for the same ID and method. A staff change names the staff
 * member who checked the physical card; it may come without a token, because staff can serve a
 * citizen while the national system is unreachable, but a token it does carry must be that staff
 * member's attestation for that ID.
 *
 * @param token the token the evidence names, looked up by the caller; undefined if unknown.
 */
export function checkEvidence(
  evidence: ChangeEvidence,
  idNumber: string,
  token: TokenFacts | undefined,
  nowMs: number,
): EvidenceCheck {
  if (evidence.method === 'staff') {
    if (evidence.staffId === undefined) {
      return { valid: false, message: 'Staff evidence must name the staff member.' };
    }
    if (!isStaffId(evidence.staffId)) {
      return { valid: false, message: 'The staff ID is not in the form of a staff ID (e.g. CB01).' };
    }
    if (evidence.token === undefined) return { valid: true };
  } else if (evidence.token === undefined) {
    return { valid: false, message: `${evidence.method} evidence must carry a verification token.` };
  }
  if (token === undefined) return { valid: false, message: 'The verification token is unknown.' };
  if (token.idNumber !== idNumber) {
    return { valid: false, message: 'The verification token was issued for another account.' };
  }
  if (token.method !== evidence.method) {
    return { valid: false, message: 'The verification token was issued for another method.' };
  }
  if (evidence.method === 'staff' && token.staffId !== evidence.staffId) {
    return { valid: false, message: 'The staff attestation was made by another staff member.' };
  }
  if (nowMs > token.expiresAtMs + EVIDENCE_GRACE_MS) {
    return { valid: false, message: 'The verification token is too old to prove this change.' };
  }
  return { valid: true };
}
