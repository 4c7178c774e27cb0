import type { Account } from '../../../shared/domain/account.js';
import { maskIdNumber } from '../../../shared/domain/masking.js';
import type { AccountView } from '../../../shared/ipc/accountContract.js';
import type { accountMethods } from '../../../shared/ipc/accountContract.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import { withModelName } from '../devices/deviceModelNames.js';
import { acceptChange, accountForChange, readFreshAccount } from './citizenAccess.js';
import type { HandlersFor } from './handlerTypes.js';
import type { KioskServices } from './kioskServices.js';

export function accountView(account: Account): AccountView {
  return {
    idNumberMasked: maskIdNumber(account.idNumber),
    fullName: account.fullName,
    dateOfBirth: account.dateOfBirth,
    gender: account.gender,
    level: account.level,
    status: account.status,
    ...(account.lock === undefined ? {} : { lock: account.lock }),
    devices: account.devices.map(withModelName),
    ...(account.registeredPhoneMasked === undefined
      ? {}
      : { registeredPhoneMasked: account.registeredPhoneMasked }),
    ...(account.papers === undefined ? {} : { papers: account.papers }),
    ...(account.biometrics === undefined ? {} : { biometrics: account.biometrics }),
  };
}

/** The citizen's account and its devices ("Quản lý thiết bị"). */
export function createAccountHandlers(
  services: KioskServices,
): Omit<HandlersFor<typeof accountMethods>, 'unlock.request'> {
  const { session } = services;
  return {
    'account.read': async () => accountView(await readFreshAccount(services, session.require())),

    'device.unlink': async ({ deviceId }) => {
      const citizen = session.require();
      // Checked before anything is asked: a change may only name a device the citizen was shown.
      if (!citizen.shownDevices.has(deviceId)) {
        throw new KioskError('DEVICE_NOT_FOUND', 'That device was not shown in this session.');
      }
      const fresh = await accountForChange(services, citizen);
      return acceptChange(services, citizen, {
        kind: 'unlink-device',
        deviceId,
        online: fresh !== 'offline',
      });
    },

    'device.unlinkAll': async () => {
      const citizen = session.require();
      const fresh = await accountForChange(services, citizen);
      return acceptChange(services, citizen, { kind: 'unlink-all-devices', online: fresh !== 'offline' });
    },
  };
}
