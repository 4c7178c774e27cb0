import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_DEVICE_IDS } from '../../../upstream/demo/demoAccounts.js';
import { DEMO, STAFF, startCoreRig } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('request.lookup', () => {
  it('online: answers from the national system, with no session and no personal data', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' });
    const receipt = await rig.call('unlock.request', {});
    await rig.call('session.end', {});
    // Typed the way people type it: lower case, spaces instead of the dash.
    const typed = receipt.reference.toLowerCase().replace('-', ' ');
    const found = await rig.call('request.lookup', { reference: typed });
    expect(found).toEqual({
      reference: receipt.reference,
      kind: 'unlock-request',
      state: 'applied',
      outcomeCode: 'UNLOCKED',
      requestStatus: 'approved',
      acceptedAt: expect.any(String),
      updatedAt: expect.any(String),
      source: 'national-system',
    });
    expect(JSON.stringify(found)).not.toMatch(/0421|Bình/);
  });

  it('answers a change not sent yet from this kiosk, while the national system does not know it', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    rig.offline();
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    await rig.call('staff.signOut', {});
    // Held here, so the change stays unsent for the rest of the test.
    await rig.core.sync.stop();
    // Offline: only this kiosk can answer.
    await expect(rig.call('request.lookup', { reference: receipt.reference })).resolves.toMatchObject({
      reference: receipt.reference,
      kind: 'unlink-device',
      state: 'pending',
      source: 'this-kiosk',
    });
    // Online, but the change has not reached the national system: still this kiosk's answer.
    rig.online();
    await expect(rig.call('request.lookup', { reference: receipt.reference })).resolves.toMatchObject({
      state: 'pending',
      source: 'this-kiosk',
    });
  });

  it('offline: finds a finished change in the archive', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    expect(receipt.state).toBe('applied');
    await rig.store.compact();
    expect(rig.store.get(receipt.changeId)).toBeUndefined();
    rig.offline();
    await expect(rig.call('request.lookup', { reference: receipt.reference })).resolves.toMatchObject({
      state: 'applied',
      outcomeCode: 'DEVICE_UNLINKED',
      source: 'this-kiosk',
    });
  });

  it('refuses a malformed reference, and says when none matches anywhere', async () => {
    rig = await startCoreRig();
    expect((await rig.refusal('request.lookup', { reference: 'XYZ' })).code).toBe('BAD_REFERENCE');
    expect((await rig.refusal('request.lookup', { reference: '12345-6789G' })).code).toBe('BAD_REFERENCE');
    expect((await rig.refusal('request.lookup', { reference: 'ABCDE-12345' })).code).toBe(
      'REQUEST_NOT_FOUND',
    );
    rig.offline();
    expect((await rig.refusal('request.lookup', { reference: 'ABCDE-12345' })).code).toBe(
      'REQUEST_NOT_FOUND',
    );
  });
});
