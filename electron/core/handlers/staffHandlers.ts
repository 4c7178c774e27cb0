import { KioskError } from '../../../shared/ipc/errors.js';
import type { staffMethods } from '../../../shared/ipc/staffContract.js';
import { isAcceptablePin } from '../../../shared/rules/pinRules.js';
import { isStaffId } from '../../../shared/rules/staffId.js';
import { normaliseStaffId, paceOf } from '../staff/StaffDirectory.js';
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
      const wait = check.reason === 'wait' ? {} : paceOf(check);
      switch (check.reason) {
        case 'wait':
          // Nothing was checked or counted: the kiosk only asks the typist to wait.
          throw new KioskError(
            'STAFF_SIGN_IN_WAIT',
            `Too many wrong tries at this kiosk: the next is checked in ${check.retryAfterSeconds} s.`,
            { retryAfterSeconds: check.retryAfterSeconds },
          );
        case 'unknown-staff':
          await audit.append({
            action: 'staff.signInFailed',
            actor: 'staff',
            ...who,
            outcome: 'unknown-staff',
          });
          throw new KioskError('STAFF_PIN_WRONG', 'Wrong staff ID or PIN.', wait);
        case 'wrong-pin':
          await audit.append({
            action: 'staff.signInFailed',
            actor: 'staff',
            ...who,
            outcome: 'wrong-pin',
            detail: `${check.attemptsLeft} of ${STAFF_MAX_WRONG_PINS} attempts left`,
          });
          throw new KioskError(
            'STAFF_PIN_WRONG',
            `Wrong staff ID or PIN: ${check.attemptsLeft} attempts left before a 15-minute lockout.`,
            { attemptsLeft: check.attemptsLeft, ...wait },
          );
        case 'wrong-pin-locked':
          await audit.append({
            action: 'staff.lockedOut',
            actor: 'staff',
            ...who,
            detail: `until ${check.lockedUntil}`,
          });
          throw new KioskError(
            'STAFF_LOCKED_OUT',
            `Too many wrong PINs: locked out until ${check.lockedUntil}.`,
            { until: check.lockedUntil },
          );
        case 'disabled':
          await audit.append({ action: 'staff.signInFailed', actor: 'staff', ...who, outcome: 'disabled' });
          throw new KioskError('STAFF_DISABLED', 'This staff member is disabled.');
        case 'locked-out':
          await audit.append({ action: 'staff.signInFailed', actor: 'staff', ...who, outcome: 'locked-out' });
          throw new KioskError(
            'STAFF_LOCKED_OUT',
            `This staff member is locked out until ${check.lockedUntil}.`,
            { until: check.lockedUntil },
          );
      }
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
