import type { Account } from '../domain/account.js';
import type { ChangeDecision } from './changeDecision.js';
import { lockFreezesAccount } from './lockRules.js';

export interface UnlinkDecision extends ChangeDecision {
  /** True when the device(s) leave the account as part of this change. */
  unlinks: boolean;
}

type UnlinkSubject = Pick<Account, 'status' | 'lock'>;

const frozen: UnlinkDecision = {
  outcome: 'rejected',
  code: 'HOLDER_DECEASED',
  message: "Devices of a deceased holder's account are not changed.",
  unlinks: false,
};

/**
 * Unlinking one device: a device already unlinked is a benign `duplicate` (DESIGN §4), a device
 * the account never had is refused, and a frozen account (see lockFreezesAccount) changes nothing.
 *
 * @param device the device as the national system keeps it, unlinked ones included; undefined if never linked.
 */
export function decideUnlinkDevice(
  account: UnlinkSubject,
  device: { unlinkedAt?: string } | undefined,
): UnlinkDecision {
  if (lockFreezesAccount(account)) return frozen;
  if (device === undefined) {
    return {
      outcome: 'rejected',
      code: 'DEVICE_NOT_FOUND',
      message: 'No such device was ever linked to this account.',
      unlinks: false,
    };
  }
  if (device.unlinkedAt !== undefined) {
    return {
      outcome: 'duplicate',
      code: 'ALREADY_UNLINKED',
      message: 'The device was already unlinked.',
      unlinks: false,
    };
  }
  return { outcome: 'applied', code: 'DEVICE_UNLINKED', message: 'The device was unlinked.', unlinks: true };
}

/** Unlinking every device: with none linked there is nothing to do, which is a benign `duplicate`. */
export function decideUnlinkAll(account: UnlinkSubject, linkedDevices: number): UnlinkDecision {
  if (lockFreezesAccount(account)) return frozen;
  if (linkedDevices === 0) {
    return {
      outcome: 'duplicate',
      code: 'NO_LINKED_DEVICES',
      message: 'The account has no linked devices.',
      unlinks: false,
    };
  }
  return {
    outcome: 'applied',
    code: 'ALL_DEVICES_UNLINKED',
    message: `All ${linkedDevices} linked devices were unlinked.`,
    unlinks: true,
  };
}
