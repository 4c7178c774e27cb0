import type { accountMethods } from '../../../shared/ipc/accountContract.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import { unlockEligibility } from '../../../shared/rules/unlockEligibility.js';
import type { UnlockReasonCode } from '../../../shared/rules/unlockEligibility.js';
import { acceptChange, accountForChange, auditActor, isAssisted } from './citizenAccess.js';
import type { HandlersFor } from './handlerTypes.js';
import { lockReasonDetail } from '../report/unlockLockReason.js';
import type { KioskServices } from './kioskServices.js';

/** Outcomes a request from the kiosk cannot change: sending one would only earn a refusal. */
const kioskCannotHelp = new Set(['go-to-commune-police', 'cannot-unlock', 'not-locked']);

/** For logs and staff; the renderer explains the reason code in Vietnamese. */
const reasonsForLogs: Readonly<Record<UnlockReasonCode, string>> = {
  NOT_LOCKED: 'the account is not locked.',
  HOLDER_REQUEST: "the holder's own lock is lifted on request.",
  LOCK_ENDED: 'the term of the lock has ended.',
  TERMS_VIOLATION_ONGOING: 'the terms-violation lock is still in its term; it needs review.',
  ID_CARD_REVOKED: 'the ID card was revoked; the account unlocks when a new card is issued.',
  COMPETENT_AUTHORITY: 'a competent authority ordered the lock; only the commune police can lift it.',
  HOLDER_DECEASED: "a deceased holder's account is never unlocked.",
  LOCK_NEEDS_CHECKING: 'the lock must be checked by the commune police.',
};

function detailOf(detail: string | undefined): { detail?: string } {
  return detail === undefined ? {} : { detail };
}

export function createUnlockHandlers(
  services: KioskServices,
): Pick<HandlersFor<typeof accountMethods>, 'unlock.request'> {
  return {
    'unlock.request': async () => {
      const citizen = services.session.require();
      const fresh = await accountForChange(services, citizen);
      // Offline, the last account read in this session still tells; with none (an offline
      // attestation) the request is queued and the national system decides.
      const account = fresh === 'offline' ? citizen.account : fresh;
      const lockReason = account?.lock?.reason;
      if (account !== undefined) {
        const eligibility = unlockEligibility(account, services.now());
        if (kioskCannotHelp.has(eligibility.outcome)) {
          await services.audit.append({
            action: 'unlock.refused',
            ...auditActor(services),
            idNumber: citizen.idNumber,
            verifiedBy: citizen.method,
            assisted: isAssisted(services),
            outcome: eligibility.reason,
            ...detailOf(lockReasonDetail(lockReason)),
          });
          throw new KioskError(
            'UNLOCK_NOT_POSSIBLE',
            `${eligibility.reason}: ${reasonsForLogs[eligibility.reason]}`,
            { reason: eligibility.reason },
          );
        }
      }
      return acceptChange(services, citizen, {
        kind: 'unlock-request',
        online: fresh !== 'offline',
        ...(lockReason === undefined ? {} : { lockReason }),
      });
    },
  };
}
