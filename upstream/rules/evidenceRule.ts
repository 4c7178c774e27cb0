import type { ChangeEvidence, VerificationMethod } from '../../shared/domain/change.js';

/** Queued changes reach the service long after the citizen verified, so evidence outlives the token. */
export const EVIDENCE_GRACE_MS = 24 * 60 * 60 * 1000;

/** The facts about an issued token that the evidence rule needs. */
export interface TokenFacts {
  idNumber: string;
  method: VerificationMethod;
  expiresAtMs: number;
}

export type EvidenceCheck = { valid: true } | { valid: false; message: string };

/**
 * Whether a change carries proof that the holder asked for it. A passcode or OTP change must
 * carry a token this service issued for the same ID and method; a staff change names the staff
 * member who checked the physical card.
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
    return evidence.staffId === undefined
      ? { valid: false, message: 'Staff evidence must name the staff member.' }
      : { valid: true };
  }
  if (evidence.token === undefined) {
    return { valid: false, message: `${evidence.method} evidence must carry a verification token.` };
  }
  if (token === undefined) return { valid: false, message: 'The verification token is unknown.' };
  if (token.idNumber !== idNumber) {
    return { valid: false, message: 'The verification token was issued for another account.' };
  }
  if (token.method !== evidence.method) {
    return { valid: false, message: 'The verification token was issued for another method.' };
  }
  if (nowMs > token.expiresAtMs + EVIDENCE_GRACE_MS) {
    return { valid: false, message: 'The verification token is too old to prove this change.' };
  }
  return { valid: true };
}
