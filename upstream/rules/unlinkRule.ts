import type { Lock } from '../../shared/domain/account.js';
import type { RuleDecision } from './outcomes.js';

export interface UnlinkDecision extends RuleDecision {
  /** True when the device(s) leave the account as part of this change. */
  unlinks: boolean;
}

/**
 * Nobody can prove to be a deceased holder, so no change on such an account is accepted: the
 * devices stay as they were when the death was recorded, for the record.
 */
function refuseIfDeceased(lock: Lock | undefined): UnlinkDecision | undefined {
  if (lock?.reason !== 'holder-deceased') return undefined;
  return {
    outcome: 'rejected',
    code: 'HOLDER_DECEASED',
    message: "Devices of a deceased holder's account are not changed.",
    unlinks: false,
  };
}

/** Other locks do not stop an unlink: a holder who locked the account after losing a phone needs exactly this. */
export function decideUnlinkDevice(
  account: { lock?: Lock },
  device: { unlinkedAt?: string } | undefined,
): UnlinkDecision {
  const refused = refuseIfDeceased(account.lock);
  if (refused) return refused;
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

export function decideUnlinkAll(account: { lock?: Lock }, linkedDevices: number): UnlinkDecision {
  const refused = refuseIfDeceased(account.lock);
  if (refused) return refused;
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
