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

export type EvidenceCheck =
  | { valid: true }
  | { valid: false; code: 'EVIDENCE_INVALID'; message: string }
  /** Well-formed staff evidence naming a staff member the sending kiosk never registered. */
  | { valid: false; code: 'STAFF_UNKNOWN'; staffId: string };

/**
 * Whether a change carries proof that the holder asked for it. A passcode or OTP change must
 * carry a token this service issued for the same ID and method. A staff change names the staff
 * member who checked the physical card; it may come without a token, because staff can serve a
 * citizen while the national system is unreachable, but a token it does carry must be that staff
 * member's attestation for that ID. The staff member must be one the sending kiosk registered:
 * a staff ID merely shaped like one proves nothing. `source` and `cardIssuedOn` (issue 13: the
 * staff member's facts were read from the card's unsigned QR code) are never read here: how the
 * data was typed proves nothing more.
 *
 * @param token the token the evidence names, looked up by the caller; undefined if unknown.
 * @param isRegisteredStaff whether the sending kiosk registered this staff ID.
 */
export function checkEvidence(
  evidence: ChangeEvidence,
  idNumber: string,
  token: TokenFacts | undefined,
  nowMs: number,
  isRegisteredStaff: (staffId: string) => boolean,
): EvidenceCheck {
  if (evidence.method === 'staff') {
    if (evidence.staffId === undefined) return invalid('Staff evidence must name the staff member.');
    if (!isStaffId(evidence.staffId)) {
      return invalid('The staff ID is not in the form of a staff ID (e.g. CB01).');
    }
    if (!isRegisteredStaff(evidence.staffId)) {
      return { valid: false, code: 'STAFF_UNKNOWN', staffId: evidence.staffId };
    }
    if (evidence.token === undefined) return { valid: true };
  } else if (evidence.dateOfBirth !== undefined) {
    // The date of birth is what a staff member read off the card; no one reads it for a passcode.
    return invalid('Only staff evidence carries a date of birth.');
  } else if (evidence.token === undefined) {
    return invalid(`${evidence.method} evidence must carry a verification token.`);
  }
  if (token === undefined) return invalid('The verification token is unknown.');
  if (token.idNumber !== idNumber) return invalid('The verification token was issued for another account.');
  if (token.method !== evidence.method)
    return invalid('The verification token was issued for another method.');
  if (evidence.method === 'staff' && token.staffId !== evidence.staffId) {
    return invalid('The staff attestation was made by another staff member.');
  }
  if (nowMs > token.expiresAtMs + EVIDENCE_GRACE_MS) {
    return invalid('The verification token is too old to prove this change.');
  }
  return { valid: true };
}

function invalid(message: string): EvidenceCheck {
  return { valid: false, code: 'EVIDENCE_INVALID', message };
}
