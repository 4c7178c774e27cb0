import type { storeMethods } from '../../../shared/ipc/storeContract.js';
import type { HandlersFor } from './handlerTypes.js';
import type { KioskServices } from './kioskServices.js';

/** The kiosk's data notices (issue 9): for the staff member signed in, never for a citizen. */
export function createStoreHandlers(services: KioskServices): HandlersFor<typeof storeMethods> {
  const { storeNotices } = services;
  const open = () => ({ notices: [...storeNotices.notices()] });
  return {
    'store.notices': async () => {
      services.staff.require();
      return open();
    },

    'store.acknowledgeNotice': async ({ noticeId }) => {
      const staff = services.staff.require();
      // The acknowledgement and its audit entry are one flush (the store writes both).
      await storeNotices.acknowledgeNotice(noticeId, staff.staffId);
      return open();
    },
  };
}
