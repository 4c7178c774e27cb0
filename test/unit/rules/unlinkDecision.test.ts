import { describe, expect, it } from 'vitest';
import type { Lock, LockReason } from '../../../shared/domain/account.js';
import { lockReasons } from '../../../shared/domain/account.js';
import { decideUnlinkAll, decideUnlinkDevice } from '../../../shared/rules/unlinkDecision.js';

const lock = (reason: LockReason): Lock => ({
  reason,
  since: '2026-03-01T00:00:00.000Z',
  requestedBy: 'test',
});
const active = { status: 'active' as const };
const linked = {};
const unlinked = { unlinkedAt: '2026-03-02T00:00:00.000Z' };

describe('decideUnlinkDevice', () => {
  it('unlinks a linked device', () => {
    expect(decideUnlinkDevice(active, linked)).toMatchObject({
      outcome: 'applied',
      code: 'DEVICE_UNLINKED',
      unlinks: true,
    });
  });

  it('answers a device already unlinked with a benign duplicate', () => {
    expect(decideUnlinkDevice(active, unlinked)).toMatchObject({
      outcome: 'duplicate',
      code: 'ALREADY_UNLINKED',
      unlinks: false,
    });
  });

  it('refuses a device the account never had', () => {
    expect(decideUnlinkDevice(active, undefined)).toMatchObject({
      outcome: 'rejected',
      code: 'DEVICE_NOT_FOUND',
      unlinks: false,
    });
  });

  it.each(lockReasons.filter((reason) => reason !== 'holder-deceased'))(
    'unlinks on an account locked for %s: a holder who lost a phone needs exactly that',
    (reason) => {
      expect(decideUnlinkDevice({ status: 'locked', lock: lock(reason) }, linked).code).toBe(
        'DEVICE_UNLINKED',
      );
    },
  );

  it('changes nothing on a deceased holder’s account, before looking at the device', () => {
    const deceased = { status: 'locked' as const, lock: lock('holder-deceased') };
    for (const device of [linked, unlinked, undefined]) {
      expect(decideUnlinkDevice(deceased, device)).toMatchObject({
        outcome: 'rejected',
        code: 'HOLDER_DECEASED',
        unlinks: false,
      });
    }
  });
});

describe('decideUnlinkAll', () => {
  it('unlinks every linked device, and says how many', () => {
    const decision = decideUnlinkAll(active, 2);
    expect(decision).toMatchObject({
      outcome: 'applied',
      code: 'ALL_DEVICES_UNLINKED',
      unlinks: true,
      devicesUnlinked: 2,
    });
  });

  it('answers an account without linked devices with a benign duplicate', () => {
    expect(decideUnlinkAll(active, 0)).toMatchObject({ outcome: 'duplicate', code: 'NO_LINKED_DEVICES' });
  });

  it('refuses on a deceased holder’s account', () => {
    expect(decideUnlinkAll({ status: 'locked', lock: lock('holder-deceased') }, 1)).toMatchObject({
      outcome: 'rejected',
      code: 'HOLDER_DECEASED',
    });
  });
});
