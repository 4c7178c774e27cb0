import { withActivity } from './activity.js';
import { createAccountHandlers } from './accountHandlers.js';
import { createAuditHandlers } from './auditHandlers.js';
import { createBackupHandlers } from './backupHandlers.js';
import type { KioskHandlers } from './handlerTable.js';
import type { KioskServices } from './kioskServices.js';
import { createReceiptHandlers } from './receiptHandlers.js';
import { createReportHandlers } from './reportHandlers.js';
import { createRequestHandlers } from './requestHandlers.js';
import { createSessionHandlers } from './sessionHandlers.js';
import { createDeskHandlers } from './deskHandlers.js';
import { createSetupHandlers } from './setupHandlers.js';
import { createStaffAdminHandlers } from './staffAdminHandlers.js';
import { createStaffHandlers } from './staffHandlers.js';
import { createStoreHandlers } from './storeHandlers.js';
import { createUnlockHandlers } from './unlockHandlers.js';

export type { KioskServices } from './kioskServices.js';

/** Every method of the contract, each domain from its own file; calls count as activity. */
export function createKioskHandlers(services: KioskServices): KioskHandlers {
  return withActivity(services, {
    'kiosk.describe': async () => ({ ...services.info, setup: services.firstRun.stage() }),
    ...createSessionHandlers(services),
    ...createAccountHandlers(services),
    ...createUnlockHandlers(services),
    ...createRequestHandlers(services),
    ...createReceiptHandlers(services),
    ...createStaffHandlers(services),
    ...createBackupHandlers(services),
    ...createStoreHandlers(services),
    ...createSetupHandlers(services),
    ...createReportHandlers(services),
    ...createAuditHandlers(services),
    ...createDeskHandlers(services),
    ...createStaffAdminHandlers(services),
    'sync.status': async () => services.sync.status(),
  });
}
