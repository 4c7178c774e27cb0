import type { Account } from '../domain/account.js';
import type { ChangeResultCode } from '../upstream/api.js';
import type { ChangeDecision } from './changeDecision.js';
import { lockFreezesAccount } from './lockRules.js';

export type UnlinkResultCode = Extract<
  ChangeResultCode,
  | 'HOLDER_DECEASED'
  | 'DEVICE_NOT_FOUND'
  | 'ALREADY_UNLINKED'
  | 'DEVICE_UNLINKED'
  | 'NO_LINKED_DEVICES'
  | 'ALL_DEVICES_UNLINKED'
>;

export interface UnlinkDecision extends ChangeDecision {
  code: UnlinkResultCode;
  /** True when the device(s) leave the account as part of this change. */
  unlinks: boolean;
  /** How many devices leave the account: 0 unless `unlinks`. */
  devicesUnlinked: number;
}

type UnlinkSubject = Pick<Account, 'status' | 'lock'>;

const frozen: UnlinkDecision = {
  outcome: 'rejected',
  code: 'HOLDER_DECEASED',
  unlinks: false,
  devicesUnlinked: 0,
};

/**
 * Unlinking one device: a device already unlinked is a benign `duplicate` (DESIGN §4), a device
 * the account never had is refused, and a frozen account (see lockFreezesAccount) changes nothing.
 *
 * @param device the device as the national system keeps it, unlinked ones included; undefined if never linked.
 */
export function decideUnlinkDevice(
  account: UnlinkSubject,
  device: { unlinkedAt?: string | undefined } | undefined,
): UnlinkDecision {
  if (lockFreezesAccount(account)) return frozen;
  if (device === undefined) {
    return {
      outcome: 'rejected',
      code: 'DEVICE_NOT_FOUND',
      unlinks: false,
      devicesUnlinked: 0,
    };
  }
  if (device.unlinkedAt !== undefined) {
    return {
      outcome: 'duplicate',
      code: 'ALREADY_UNLINKED',
      unlinks: false,
      devicesUnlinked: 0,
    };
  }
  return { outcome: 'applied', code: 'DEVICE_UNLINKED', unlinks: true, devicesUnlinked: 1 };
}

/** Unlinking every device: with none linked there is nothing to do, which is a benign `duplicate`. */
export function decideUnlinkAll(account: UnlinkSubject, linkedDevices: number): UnlinkDecision {
  if (lockFreezesAccount(account)) return frozen;
  if (linkedDevices === 0) {
    return {
      outcome: 'duplicate',
      code: 'NO_LINKED_DEVICES',
      unlinks: false,
      devicesUnlinked: 0,
    };
  }
  return {
    outcome: 'applied',
    code: 'ALL_DEVICES_UNLINKED',
    unlinks: true,
    devicesUnlinked: linkedDevices,
  };
}
