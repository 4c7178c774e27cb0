import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_DEVICE_IDS } from '../../../upstream/demo/demoAccounts.js';
import { DEMO, STAFF, startCoreRig, until } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const attestAn = { idNumber: DEMO.an.id, dateOfBirth: DEMO.an.dob, cardChecked: true as const };
const passcodeAn = { idNumber: DEMO.an.id, passcode: '123456' };

function ledgerDevices(current: CoreRig, idNumber: string): string[] {
  return current.upstream.state.account(idNumber)?.devices.map((device) => device.deviceId) ?? [];
}

describe('account.read', () => {
  it('shows the account with its devices, papers, biometrics and the masked phone', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcodeAn);
    const account = await rig.call('account.read', {});
    expect(account).toMatchObject({
      idNumberMasked: '0010****2345',
      registeredPhoneMasked: '091****678',
      biometrics: { portrait: true, fingerprints: true },
    });
    expect(account.devices.map((device) => device.deviceId).sort()).toEqual(
      [DEMO_DEVICE_IDS.anGalaxyA52, DEMO_DEVICE_IDS.anIphone15].sort(),
    );
    expect(account.papers?.map((paper) => paper.kind)).toContain('driving-licence');
    expect(JSON.stringify(account)).not.toContain(DEMO.an.id);
  });

  it('names each phone as its maker sells it, from the model code, or leaves the name out', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcodeAn);
    const { devices } = await rig.call('account.read', {});
    const byId = new Map(devices.map((device) => [device.deviceId, device]));
    expect(byId.get(DEMO_DEVICE_IDS.anGalaxyA52)).toMatchObject({
      model: 'SM-A525F',
      modelName: 'Samsung Galaxy A52',
    });
    // ios-device-list 1.1.37 stops at the iPhone 14 series: the screen shows the code, marked.
    expect(byId.get(DEMO_DEVICE_IDS.anIphone15)?.model).toBe('iPhone15,4');
    expect(byId.get(DEMO_DEVICE_IDS.anIphone15)).not.toHaveProperty('modelName');
  });

  it('says OFFLINE when the national system cannot be reached', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcodeAn);
    rig.offline();
    expect((await rig.refusal('account.read', {})).code).toBe('OFFLINE');
  });
});

describe('device.unlink', () => {
  it('online: unlinks a device the citizen was shown, with the national system answer', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcodeAn);
    await rig.call('account.read', {});
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    expect(receipt).toMatchObject({
      kind: 'unlink-device',
      state: 'applied',
      outcomeCode: 'DEVICE_UNLINKED',
    });
    expect(ledgerDevices(rig, DEMO.an.id)).toEqual([DEMO_DEVICE_IDS.anIphone15]);
  });

  it('unlinks the active device too (the screen warns first)', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcodeAn);
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anIphone15 });
    expect(receipt).toMatchObject({ state: 'applied', outcomeCode: 'DEVICE_UNLINKED' });
  });

  it('refuses a device that was not shown in this session, and queues nothing', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcodeAn);
    expect((await rig.refusal('device.unlink', { deviceId: DEMO_DEVICE_IDS.binhPhone })).code).toBe(
      'DEVICE_NOT_FOUND',
    );
    expect(rig.store.read().changes).toEqual([]);
  });

  it('offline, a citizen alone is told OFFLINE and nothing is queued', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcodeAn);
    rig.offline();
    // The kiosk has noticed: the account could not be read. (A link that drops unnoticed, right
    // after the account was shown, is in sendNow.test.ts.)
    expect((await rig.refusal('account.read', {})).code).toBe('OFFLINE');
    expect((await rig.refusal('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 })).code).toBe(
      'OFFLINE',
    );
    expect((await rig.refusal('device.unlinkAll', {})).code).toBe('OFFLINE');
    expect(rig.store.read().changes).toEqual([]);
  });

  it('offline, assisted: queues the unlink of a device shown earlier, and it syncs once the connection is back', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    await rig.call('session.verifyPasscode', passcodeAn);
    rig.offline();
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    expect(receipt.state).toBe('pending');
    expect(rig.store.get(receipt.changeId)?.change.evidence).toMatchObject({ method: 'passcode' });
    expect(ledgerDevices(rig, DEMO.an.id)).toHaveLength(2);
    rig.online();
    await until(() => rig?.store.get(receipt.changeId)?.state === 'applied', 5_000, 'the unlink to sync');
    expect(ledgerDevices(rig, DEMO.an.id)).toEqual([DEMO_DEVICE_IDS.anIphone15]);
    expect(rig.eventsOf('change.updated').at(-1)).toMatchObject({
      changeId: receipt.changeId,
      state: 'applied',
    });
  });
});

describe('device.unlinkAll', () => {
  it('online: unlinks every device', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcodeAn);
    const receipt = await rig.call('device.unlinkAll', {});
    expect(receipt).toMatchObject({
      kind: 'unlink-all-devices',
      state: 'applied',
      outcomeCode: 'ALL_DEVICES_UNLINKED',
    });
    expect(ledgerDevices(rig, DEMO.an.id)).toEqual([]);
  });

  it('offline: a staff attestation, an unlink-all queued under the staff ID, synced later', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    rig.offline();
    await rig.call('session.attestByStaff', attestAn);
    // The devices cannot be read, so no single device can be named.
    expect((await rig.refusal('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 })).code).toBe(
      'DEVICE_NOT_FOUND',
    );
    const receipt = await rig.call('device.unlinkAll', {});
    expect(receipt).toMatchObject({ kind: 'unlink-all-devices', state: 'pending' });
    expect(rig.store.get(receipt.changeId)?.change.evidence).toEqual({
      method: 'staff',
      staffId: 'CB01',
      dateOfBirth: DEMO.an.dob,
      verifiedAt: expect.any(String),
    });
    // Owed to the national system: pending, or caught in a send attempt that is failing.
    const status = await rig.call('sync.status', {});
    expect(status.connection).toBe('offline');
    expect(status.pending + status.sending).toBe(1);

    rig.online();
    await until(() => rig?.store.get(receipt.changeId)?.state === 'applied', 5_000, 'the unlink-all to sync');
    expect(rig.store.get(receipt.changeId)?.outcomeCode).toBe('ALL_DEVICES_UNLINKED');
    expect(ledgerDevices(rig, DEMO.an.id)).toEqual([]);
  });
});
