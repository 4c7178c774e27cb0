import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, STAFF, startCoreRig, until } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const passcode = (idNumber: string) => ({ idNumber, passcode: '123456' });

describe('unlock.request', () => {
  it.each([
    ['Cường, deceased', DEMO.cuong.id, 'HOLDER_DECEASED'],
    ['Dung, locked by a court', DEMO.dung.id, 'COMPETENT_AUTHORITY'],
    ['Giang, card revoked', DEMO.giang.id, 'ID_CARD_REVOKED'],
    ['An, not locked', DEMO.an.id, 'NOT_LOCKED'],
  ])('refuses for %s with the reason, and sends nothing', async (_who, idNumber, reason) => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcode(idNumber));
    const refusal = await rig.refusal('unlock.request', {});
    expect(refusal).toMatchObject({ code: 'UNLOCK_NOT_POSSIBLE', details: { reason } });
    expect(rig.store.read().changes).toEqual([]);
    expect(rig.upstream.state.account(idNumber)?.status).toBe(idNumber === DEMO.an.id ? 'active' : 'locked');
  });

  it.each([
    ['Bình, locked at her own request', DEMO.binh.id],
    ['Em, whose terms-violation lock ended yesterday', DEMO.em.id],
  ])('unlocks %s at once', async (_who, idNumber) => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcode(idNumber));
    const receipt = await rig.call('unlock.request', {});
    expect(receipt).toMatchObject({ kind: 'unlock-request', state: 'applied', outcomeCode: 'UNLOCKED' });
    expect(rig.upstream.state.account(idNumber)?.status).toBe('active');
    await expect(rig.call('account.read', {})).resolves.toMatchObject({ status: 'active' });
  });

  it('offline, a citizen alone is told OFFLINE', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcode(DEMO.binh.id));
    rig.offline();
    // The kiosk has noticed: the account could not be read.
    expect((await rig.refusal('account.read', {})).code).toBe('OFFLINE');
    expect((await rig.refusal('unlock.request', {})).code).toBe('OFFLINE');
    expect(rig.store.read().changes).toEqual([]);
  });

  it('offline, assisted, with no account known: queued for the national system to decide', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    rig.offline();
    await rig.call('session.attestByStaff', {
      idNumber: DEMO.binh.id,
      dateOfBirth: DEMO.binh.dob,
      cardChecked: true,
    });
    const receipt = await rig.call('unlock.request', {});
    expect(receipt).toMatchObject({ kind: 'unlock-request', state: 'pending' });
    rig.online();
    await until(() => rig?.store.get(receipt.changeId)?.state === 'applied', 5_000, 'the unlock to sync');
    expect(rig.store.get(receipt.changeId)?.outcomeCode).toBe('UNLOCKED');
    expect(rig.upstream.state.account(DEMO.binh.id)?.status).toBe('active');
  });

  it('offline, assisted, with the account read earlier: still refuses what the kiosk cannot help with', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    await rig.call('session.attestByStaff', {
      idNumber: DEMO.cuong.id,
      dateOfBirth: DEMO.cuong.dob,
      cardChecked: true,
    });
    rig.offline();
    expect(await rig.refusal('unlock.request', {})).toMatchObject({
      code: 'UNLOCK_NOT_POSSIBLE',
      details: { reason: 'HOLDER_DECEASED' },
    });
    expect(rig.store.read().changes).toEqual([]);
  });
});
