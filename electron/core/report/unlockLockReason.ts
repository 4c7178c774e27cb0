import { LockReason } from '../../../shared/domain/account.js';
import type { ReportLockReason } from '../../../shared/ipc/reportContract.js';
import type { UnlockReasonCode } from '../../../shared/rules/unlockEligibility.js';
import type { AuditEntry } from '../audit/auditEntry.js';

/**
 * An accepted unlock request's audit entry names the lock's ground in its `detail`, in this one
 * form (written by acceptChange, read here): the change itself does not keep it, and the day
 * report counts unlock requests by it.
 */
const PREFIX = 'lockReason=';

export function lockReasonDetail(reason: LockReason | undefined): string | undefined {
  return reason === undefined ? undefined : `${PREFIX}${reason}`;
}

/** A refusal at the kiosk records its eligibility reason, which names the ground where there is one. */
const groundOfRefusal: Readonly<Record<UnlockReasonCode, ReportLockReason>> = {
  NOT_LOCKED: 'not-locked',
  HOLDER_REQUEST: 'holder-request',
  LOCK_ENDED: 'unknown',
  TERMS_VIOLATION_ONGOING: 'terms-violation',
  ID_CARD_REVOKED: 'id-card-revoked',
  COMPETENT_AUTHORITY: 'competent-authority',
  HOLDER_DECEASED: 'holder-deceased',
  LOCK_NEEDS_CHECKING: 'unknown',
};

/** The lock ground an `unlock.request` or `unlock.refused` entry is about. */
export function reportLockReasonOf(
  entry: Pick<AuditEntry, 'action' | 'outcome' | 'detail'>,
): ReportLockReason {
  if (entry.detail?.startsWith(PREFIX) === true) {
    const named = LockReason.safeParse(entry.detail.slice(PREFIX.length));
    if (named.success) return named.data;
  }
  if (
    entry.action === 'unlock.refused' &&
    entry.outcome !== undefined &&
    Object.hasOwn(groundOfRefusal, entry.outcome)
  ) {
    return groundOfRefusal[entry.outcome as UnlockReasonCode];
  }
  return 'unknown';
}
