import { KioskError } from '../../../shared/ipc/errors.js';
import type { staffMethods } from '../../../shared/ipc/staffContract.js';
import { isStaffId } from '../../../shared/rules/staffId.js';
import { normaliseStaffId } from '../staff/StaffDirectory.js';
import type { HandlersFor } from './handlerTypes.js';
import type { KioskServices } from './kioskServices.js';

type PinHandlers = Pick<HandlersFor<typeof staffMethods>, 'staff.changePin' | 'staff.setPinWithCode'>;

/**
 * Setting a PIN (issue 11): with a one-time setup code at first sign-in or after a reset, or a
 * member's own change (also the change a sign-in with an old PIN asks for). Both end signed in.
 */
export function createStaffPinHandlers(services: KioskServices): PinHandlers {
  const { staffAccounts, audit } = services;

  /** A failed try is on record like a failed sign-in; a lockout signs the member out. */
  const recordRefusal = async (error: unknown, staffId: string | undefined, outcome: string) => {
    if (!(error instanceof KioskError)) return;
    const who = staffId === undefined ? {} : { staffId };
    if (error.code === 'STAFF_LOCKED_OUT') {
      await audit.append({ action: 'staff.lockedOut', actor: 'staff', ...who, outcome });
      services.staff.signOut('signed-out');
    } else if (error.code !== 'PIN_TOO_WEAK' && error.code !== 'SETUP_PIN_MISMATCH') {
      await audit.append({ action: 'staff.signInFailed', actor: 'staff', ...who, outcome: error.code });
    }
  };

  return {
    'staff.setPinWithCode': async ({ staffId: typed, setupCode, newPin, newPinAgain }) => {
      await services.staffReady;
      const staffId = normaliseStaffId(typed);
      try {
        const who = await staffAccounts.setPinWithCode(staffId, setupCode, newPin, newPinAgain);
        services.staff.signIn(who);
        await audit.append({
          action: 'staff.signIn',
          actor: 'staff',
          staffId: who.staffId,
          outcome: 'setup-code',
        });
        return who;
      } catch (error) {
        await recordRefusal(error, isStaffId(staffId) ? staffId : undefined, 'setup-code');
        throw error;
      }
    },
    'staff.changePin': async ({ currentPin, newPin, newPinAgain }) => {
      const owner = services.staff.pinOwner();
      if (owner === undefined) throw new KioskError('STAFF_REQUIRED', 'A staff member must be signed in.');
      try {
        const who = await staffAccounts.changePin(owner.staffId, currentPin, newPin, newPinAgain);
        // The member who had to change their PIN is signed in now; one signed in stays so.
        if (services.staff.current()?.staffId !== who.staffId) {
          services.staff.signIn(who);
          await audit.append({
            action: 'staff.signIn',
            actor: 'staff',
            staffId: who.staffId,
            outcome: 'pin-changed',
          });
        }
        return who;
      } catch (error) {
        await recordRefusal(error, owner.staffId, 'change-pin');
        throw error;
      }
    },
  };
}
