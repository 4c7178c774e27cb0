import type { staffMethods } from '../../../shared/ipc/staffContract.js';
import { isAcceptablePin } from '../../../shared/rules/pinRules.js';
import { isStaffId } from '../../../shared/rules/staffId.js';
import { refusalOf } from '../staff/StaffAccounts.js';
import { normaliseStaffId } from '../staff/StaffDirectory.js';
import { STAFF_MAX_WRONG_PINS } from '../staff/staffLockout.js';
import type { HandlersFor } from './handlerTypes.js';
import { createStaffPinHandlers } from './staffPinHandlers.js';
import type { KioskServices } from './kioskServices.js';

/** Staff sign-in for assisted mode (DESIGN §2): a personal PIN, a lockout, an idle sign-out. */
export function createStaffHandlers(services: KioskServices): HandlersFor<typeof staffMethods> {
  const { staffDirectory, audit } = services;
  return {
    'staff.signIn': async ({ staffId: typed, pin }) => {
      await services.staffReady;
      const check = await staffDirectory.checkPin(typed, pin);
      const staffId = normaliseStaffId(typed);
      // Only a well-formed ID goes into the log: whatever else was typed is not worth keeping.
      const who = isStaffId(staffId) ? { staffId } : {};
      if (check.ok) {
        const identity = { staffId: check.staffId, displayName: check.displayName, role: check.role };
        // A PIN from before the rules of issue 11 still signs in, but must change first; demo
        // mode keeps its public demo PIN. Decided from the PIN typed, so nothing is stored.
        const pinChangeRequired = services.info.mode !== 'demo' && !isAcceptablePin(pin);
        if (pinChangeRequired) {
          services.staff.awaitPinChange(identity);
          await audit.append({
            action: 'staff.signIn',
            actor: 'staff',
            staffId: check.staffId,
            outcome: 'pin-change-required',
          });
        } else {
          services.staff.signIn(identity);
          await audit.append({ action: 'staff.signIn', actor: 'staff', staffId: check.staffId });
        }
        return { ...identity, pinChangeRequired };
      }
      // The refusal is the one every staff check answers (`refusalOf`); sign-in adds only its log.
      // A try during the kiosk's wait was neither checked nor counted: not a failed sign-in.
      if (check.reason === 'wait') throw refusalOf(check, 'pin');
      if (check.reason === 'wrong-pin-locked') {
        await audit.append({
          action: 'staff.lockedOut',
          actor: 'staff',
          ...who,
          detail: `until ${check.lockedUntil}`,
        });
      } else {
        await audit.append({
          action: 'staff.signInFailed',
          actor: 'staff',
          ...who,
          outcome: check.reason,
          ...(check.reason === 'wrong-pin'
            ? { detail: `${check.attemptsLeft} of ${STAFF_MAX_WRONG_PINS} attempts left` }
            : {}),
        });
      }
      throw refusalOf(check, 'pin');
    },

    'staff.signOut': async () => {
      services.staff.signOut('signed-out');
      return { signedOut: true };
    },

    ...createStaffPinHandlers(services),

    'staff.current': async () => {
      const staff = services.staff.current();
      return staff === undefined
        ? { signedIn: false }
        : { signedIn: true, staffId: staff.staffId, displayName: staff.displayName, role: staff.role };
    },
  };
}
