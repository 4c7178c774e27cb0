import type { UnlinkDecision } from '../../shared/rules/unlinkDecision.js';
import type { UnlockDecision } from '../../shared/rules/unlockDecision.js';

/*
 * The `message` of a change result: the national system's own plain English, for logs and
 * people reading the API. The shared rules answer with codes only; kiosks word their screens
 * and slips from shared/i18n by `code`, never from this text.
 */

export function unlinkDecisionMessage(decision: UnlinkDecision): string {
  switch (decision.code) {
    case 'HOLDER_DECEASED':
      return "Devices of a deceased holder's account are not changed.";
    case 'DEVICE_NOT_FOUND':
      return 'No such device was ever linked to this account.';
    case 'ALREADY_UNLINKED':
      return 'The device was already unlinked.';
    case 'DEVICE_UNLINKED':
      return 'The device was unlinked.';
    case 'NO_LINKED_DEVICES':
      return 'The account has no linked devices.';
    case 'ALL_DEVICES_UNLINKED':
      return `All ${decision.devicesUnlinked} linked devices were unlinked.`;
  }
}

export function unlockDecisionMessage(decision: UnlockDecision): string {
  switch (decision.eligibility.reason) {
    case 'NOT_LOCKED':
      return 'The account is not locked.';
    case 'HOLDER_REQUEST':
      return "The holder's own lock is lifted at the holder's request.";
    case 'LOCK_ENDED':
      return 'The term of the lock has ended; the account is unlocked.';
    case 'TERMS_VIOLATION_ONGOING':
      return decision.code === 'REVIEW_ALREADY_PENDING'
        ? 'An earlier unlock request for this account is still waiting for review.'
        : 'The terms-violation lock has not ended; the request waits for review.';
    case 'ID_CARD_REVOKED':
      return 'The ID card was revoked; the account unlocks when a new card is issued.';
    case 'COMPETENT_AUTHORITY':
      return 'The lock was ordered by a competent authority; only the commune police can lift it.';
    case 'HOLDER_DECEASED':
      return "A deceased holder's account is never unlocked.";
    case 'LOCK_NEEDS_CHECKING':
      return 'The lock has no recorded ground, or one the decree does not allow at this level; the police must check it.';
  }
}

export function staffUnknownMessage(staffId: string): string {
  return `Staff member ${staffId} is not registered for this kiosk; the change is not applied.`;
}

export function dateOfBirthMismatchMessage(): string {
  return 'The date of birth read from the card is not the one on record for this ID number; the change is not applied.';
}
