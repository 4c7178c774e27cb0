import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../electron/core/audit/auditEntry.js';
import { DEMO_DEVICE_IDS } from '../../../upstream/demo/demoAccounts.js';
import { journalRecords } from '../../support/storeFixtures.js';
import { testPolicy } from '../sync/syncRig.js';
import { DEMO, STAFF, startCoreRig, until } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const passcodeAn = { idNumber: DEMO.an.id, passcode: '123456' };
const oldPhone = { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 };

async function auditActions(dataDir: string): Promise<string[]> {
  const dir = join(dataDir, 'audit');
  const actions: string[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const text = await readFile(join(dir, name), 'utf8');
    for (const line of text.trimEnd().split('\n')) actions.push((JSON.parse(line) as AuditEntry).action);
  }
  return actions;
}

/** Counts the requests that reach the national system's `/v1` API, once the sync engine's first probe is in. */
async function countRequests(current: CoreRig): Promise<() => number> {
  await until(() => current.core.sync.connection === 'online', 2_000, 'the first probe');
  const { faults } = current.upstream;
  const plan = faults.planRequest.bind(faults);
  let count = 0;
  faults.planRequest = () => {
    count += 1;
    return plan();
  };
  return () => count;
}

describe('one tap on "Xác nhận": handler → queue → sync.sendNow → national system → receipt', () => {
  it('costs one request when the account was shown moments ago', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcodeAn);
    const requests = await countRequests(rig);
    const receipt = await rig.call('device.unlink', oldPhone);
    expect(receipt).toMatchObject({ state: 'applied', outcomeCode: 'DEVICE_UNLINKED' });
    expect(requests()).toBe(1);
    // The change may have altered the account: the next change reads it again first.
    await rig.call('device.unlinkAll', {});
    expect(requests()).toBe(3);
  });

  it('identify → device list costs two requests: the verification carries the account', async () => {
    rig = await startCoreRig();
    const requests = await countRequests(rig);
    await rig.call('session.verifyPasscode', passcodeAn);
    const account = await rig.call('account.read', {});
    expect(account.devices).toHaveLength(2);
    expect(requests()).toBe(2);
  });

  it('reads the account again before a change once the one shown is a minute old', async () => {
    let nowMs = Date.now();
    rig = await startCoreRig({ now: () => new Date(nowMs) });
    await rig.call('session.verifyPasscode', passcodeAn);
    nowMs += 61_000;
    const requests = await countRequests(rig);
    await rig.call('device.unlink', oldPhone);
    expect(requests()).toBe(2);
  });

  it('alone, national system unreachable before anything left the kiosk: OFFLINE, and the change is withdrawn', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcodeAn);
    await rig.running.close();
    const refusal = await rig.refusal('device.unlink', oldPhone);
    expect(refusal.code).toBe('OFFLINE');
    expect(rig.store.read().changes).toEqual([]);
    const records = (await journalRecords(rig.dataDir)) as { type: string }[];
    // Accepted, tried (each time the connection was refused) and put back, then withdrawn.
    // (The audit entries travel in the same journal; they are checked in the audit file below.)
    const types = records.map((record) => record.type).filter((type) => type !== 'audit.appended');
    expect(types[0]).toBe('change.accepted');
    expect(types.at(-1)).toBe('change.withdrawn');
    expect(new Set(types.slice(1, -1))).toEqual(new Set(['change.patched']));
    expect(await auditActions(rig.dataDir)).toEqual(
      expect.arrayContaining(['device.unlink', 'change.withdrawn']),
    );
    // A restart replays the journal: the change stays gone, and the national system never saw it.
    await rig.restart();
    expect(rig.store.read().changes).toEqual([]);
    rig.running = await rig.upstream.listen(rig.running.port);
    expect(rig.upstream.state.entries()).toEqual([]);
  });

  it('alone, while the national system asked the kiosk to wait (429, Retry-After): OFFLINE, and the change is withdrawn unsent', async () => {
    // The kiosk honours the whole Retry-After (the test policy would cut it to 40 ms, a race with the steps below).
    rig = await startCoreRig({ retryPolicy: { ...testPolicy, maxRetryAfterMs: 3_600_000 } });
    // A staff member queues a change for Bình; the national system answers 429 with a 10-minute wait.
    await rig.call('staff.signIn', STAFF);
    await rig.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' });
    rig.upstream.faults.update({ errorRate: 1, errorStatuses: [429], retryAfterSeconds: 600 });
    const held = await rig.call('device.unlinkAll', {});
    expect(held).toMatchObject({ state: 'pending' });
    rig.upstream.faults.update({ errorRate: 0 });
    await rig.call('staff.signOut', {});
    // An, alone, on an account he was shown moments ago: his change would wait behind the 429.
    await rig.call('session.verifyPasscode', passcodeAn);
    const refusal = await rig.refusal('device.unlink', oldPhone);
    expect(refusal.code).toBe('OFFLINE');
    expect(rig.store.read().changes.map((queued) => queued.change.changeId)).toEqual([held.changeId]);
    expect(rig.upstream.state.entries()).toEqual([]);
  });

  it('alone, the link drops after the request left: it stays queued, and the receipt says so', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', passcodeAn);
    rig.offline();
    const receipt = await rig.call('device.unlink', oldPhone);
    expect(receipt).toMatchObject({ kind: 'unlink-device', state: 'pending' });
    expect(rig.store.get(receipt.changeId)?.state).toBe('pending');
    rig.online();
    await until(() => rig?.store.get(receipt.changeId)?.state === 'applied', 5_000, 'the unlink to sync');
  });

  it('assisted, national system unreachable: the change stays queued for the sync engine', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    await rig.call('session.verifyPasscode', passcodeAn);
    const { port } = rig.running;
    await rig.running.close();
    const receipt = await rig.call('device.unlink', oldPhone);
    expect(receipt).toMatchObject({ state: 'pending' });
    rig.running = await rig.upstream.listen(port);
    await until(() => rig?.store.get(receipt.changeId)?.state === 'applied', 10_000, 'the unlink to sync');
  });

  it('unlock: checks the rules on the account shown, and the national system decides on its current lock', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' });
    const requests = await countRequests(rig);
    const receipt = await rig.call('unlock.request', {});
    expect(receipt).toMatchObject({ state: 'applied', outcomeCode: 'UNLOCKED' });
    expect(requests()).toBe(1);
    // The change may have altered the lock: the next request reads it again, and the rules see it.
    expect(await rig.refusal('unlock.request', {})).toMatchObject({
      code: 'UNLOCK_NOT_POSSIBLE',
      details: { reason: 'NOT_LOCKED' },
    });
    expect(requests()).toBe(2);
  });
});
