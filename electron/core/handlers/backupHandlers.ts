import type { backupMethods } from '../../../shared/ipc/backupContract.js';
import type { HandlersFor } from './handlerTypes.js';
import type { KioskServices } from './kioskServices.js';

/** "Sao lưu" from the running kiosk: staff only, since the copy holds every citizen's record. */
export function createBackupHandlers(services: KioskServices): HandlersFor<typeof backupMethods> {
  return {
    'store.backup': async ({ destination }) => {
      services.staff.require();
      return services.backup(destination);
    },
  };
}
