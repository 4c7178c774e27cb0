import type { Account, Device } from '../../shared/domain/account.js';

/** A device as the ledger keeps it: unlinking hides it from the account but keeps the record. */
export interface StoredDevice {
  device: Device;
  unlinkedAt?: string | undefined;
  unlinkedByChange?: string | undefined;
}

export interface StoredAccount extends Omit<Account, 'devices'> {
  devices: StoredDevice[];
}

export function toStoredAccount(account: Account): StoredAccount {
  const copy = structuredClone(account);
  return { ...copy, devices: copy.devices.map((device) => ({ device })) };
}

export function linkedDevices(account: StoredAccount): Device[] {
  return account.devices.filter((stored) => stored.unlinkedAt === undefined).map((stored) => stored.device);
}

/** The account as the national system shows it: unlinked devices are left out. */
export function accountView(account: StoredAccount): Account {
  return structuredClone({ ...account, devices: linkedDevices(account) });
}
