import { KioskError } from '../../../shared/ipc/errors.js';
import type { setupMethods } from '../../../shared/ipc/setupContract.js';
import type { HandlersFor } from './handlerTypes.js';
import type { KioskServices } from './kioskServices.js';

/**
 * The first run of a provisioned kiosk (issue 10): the first supervisor's PIN, then the recovery
 * kit. Until both are done every other method but `kiosk.describe` and `sync.status` answers
 * SETUP_REQUIRED (the gate sits in the handler table, see createKioskCore).
 */
export function createSetupHandlers(services: KioskServices): HandlersFor<typeof setupMethods> {
  const { firstRun } = services;

  /** A signed-in supervisor, or SUPERVISOR_REQUIRED (STAFF_REQUIRED when nobody is signed in). */
  const requireSupervisor = (): string => {
    const { staffId } = services.staff.require();
    if (services.staffDirectory.find(staffId)?.role !== 'supervisor')
      throw new KioskError('SUPERVISOR_REQUIRED', 'Only a supervisor may do this.');
    return staffId;
  };

  return {
    'setup.status': async () => {
      const provisioning = firstRun.provisioning();
      if (provisioning === undefined)
        throw new KioskError(
          'SETUP_NOT_AVAILABLE',
          'This kiosk is not provisioned (demo mode has no first run).',
        );
      const stage = firstRun.stage();
      // Once set up, who the first supervisor is is staff's business, not the next passer-by's.
      if (stage === 'complete') services.staff.require();
      return {
        stage,
        kioskId: provisioning.kioskId,
        communeName: provisioning.communeName,
        supervisor: { ...provisioning.firstSupervisor },
      };
    },
    'setup.setFirstPin': async ({ pin, pinAgain }) => ({ stage: await firstRun.setFirstPin(pin, pinAgain) }),
    'setup.writeRecoveryKit': async ({ destination }) => {
      const stage = firstRun.stage();
      if (stage === 'first-pin')
        throw new KioskError('SETUP_NOT_AVAILABLE', 'The recovery kit comes after the first PIN.');
      // At first run the supervisor who just set their PIN is at the screen; later, a signed-in one.
      const staffId =
        stage === 'recovery-kit' ? firstRun.provisioning()?.firstSupervisor.staffId : requireSupervisor();
      const written = await firstRun.writeRecoveryKit(destination, staffId);
      return { ...written, stage: firstRun.stage() };
    },
  };
}
