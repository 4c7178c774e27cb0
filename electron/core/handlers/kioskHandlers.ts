import { KioskError } from '../../../shared/ipc/errors.js';
import { withActivity } from './activity.js';
import { createAccountHandlers } from './accountHandlers.js';
import { createBackupHandlers } from './backupHandlers.js';
import type { KioskHandlers } from './handlerTable.js';
import type { KioskServices } from './kioskServices.js';
import { createReceiptHandlers } from './receiptHandlers.js';
import { createRequestHandlers } from './requestHandlers.js';
import { createSessionHandlers } from './sessionHandlers.js';
import { createStaffHandlers } from './staffHandlers.js';
import { createStoreHandlers } from './storeHandlers.js';
import { createUnlockHandlers } from './unlockHandlers.js';

export type { KioskServices } from './kioskServices.js';

// Stand-in until part A's setup handlers land: this core is always set up (demo).
const setupNotAvailable = {
  'setup.status': notAvailable,
  'setup.setFirstPin': notAvailable,
  'setup.writeRecoveryKit': notAvailable,
} as const;
function notAvailable(): Promise<never> {
  return Promise.reject(new KioskError('SETUP_NOT_AVAILABLE', 'Setup is complete on this kiosk.'));
}

/** Every method of the contract, each domain from its own file; calls count as activity. */
export function createKioskHandlers(services: KioskServices): KioskHandlers {
  return withActivity(services, {
    // Stand-in until part A's modes and setup handlers land (the lead takes theirs).
    'kiosk.describe': async () => ({ ...services.info, mode: 'demo', setup: 'complete' }),
    ...createSessionHandlers(services),
    ...createAccountHandlers(services),
    ...createUnlockHandlers(services),
    ...createRequestHandlers(services),
    ...createReceiptHandlers(services),
    ...createStaffHandlers(services),
    ...createBackupHandlers(services),
    ...createStoreHandlers(services),
    'sync.status': async () => services.sync.status(),
    ...setupNotAvailable,
  });
}
