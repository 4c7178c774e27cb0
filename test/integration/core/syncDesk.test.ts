import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../electron/core/audit/auditEntry.js';
import { DEMO_DEVICE_IDS } from '../../../upstream/demo/demoAccounts.js';
import { DEMO, STAFF, startCoreRig, until } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const attestAn = { idNumber: DEMO.an.id, dateOfBirth: DEMO.an.dob, cardChecked: true } as const;

/** Staff sign in and unlink An's Galaxy for a citizen at the counter; the receipt comes back. */
async function unlinkAtTheCounter(current: CoreRig, deviceId: string = DEMO_DEVICE_IDS.anGalaxyA52) {
  await current.call('staff.signIn', STAFF);
  await current.call('session.attestByStaff', attestAn);
  const receipt = await current.call('device.unlink', { deviceId });
  await current.call('session.end', {});
  return receipt;
}

async function auditEntries(dataDir: string): Promise<AuditEntry[]> {
  const dir = join(dataDir, 'audit');
  const entries: AuditEntry[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const text = await readFile(join(dir, name), 'utf8');
    for (const line of text.trimEnd().split('\n'))
      if (line !== '') entries.push(JSON.parse(line) as AuditEntry);
  }
  return entries;
}

describe('the sync desk (issue 11)', () => {
  it('refuses every desk method to a citizen, and changes nothing', async () => {
    rig = await startCoreRig();
    rig.upstream.faults.decisions.update({ conflictNextChanges: 1 });
    const receipt = await unlinkAtTheCounter(rig);
    expect(receipt.state).toBe('conflict');
    await rig.call('staff.signOut', {});
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    const before = structuredClone(rig.store.read().changes);
    for (const [method, args] of [
      ['desk.overview', {}],
      ['desk.resend', { changeId: receipt.changeId }],
      ['desk.close', { changeId: receipt.changeId, reason: 'other' }],
      ['desk.sendNow', {}],
    ] as const) {
      expect((await rig.refusal(method, args)).code, method).toBe('STAFF_REQUIRED');
    }
    expect(rig.store.read().changes).toEqual(before);
  });

  it('shows a conflict, will not resend it, and closes it with a reason that the lookup then tells', async () => {
    rig = await startCoreRig();
    rig.upstream.faults.decisions.update({ conflictNextChanges: 1 });
    const receipt = await unlinkAtTheCounter(rig);
    expect(receipt).toMatchObject({ state: 'conflict', outcomeCode: 'DEVICE_STATE_CHANGED' });
    const overview = await rig.call('desk.overview', {});
    expect(overview.counts.needsStaff).toBe(1);
    expect(overview.items).toEqual([
      expect.objectContaining({
        changeId: receipt.changeId,
        reference: receipt.reference,
        idNumberMasked: '0010****2345',
        why: 'conflict',
        outcomeCode: 'DEVICE_STATE_CHANGED',
        madeBy: { actor: 'staff', staffId: 'CB01' },
        resendable: false,
        closable: true,
      }),
    ]);
    expect(await rig.refusal('desk.resend', { changeId: receipt.changeId })).toMatchObject({
      code: 'CHANGE_NOT_RESENDABLE',
      details: { state: 'conflict' },
    });
    expect(
      (
        await rig.refusal('desk.close', {
          changeId: receipt.changeId,
          reason: 'other',
          note: 'x'.repeat(201),
        })
      ).code,
    ).toBe('BAD_ARGUMENTS');
    const after = await rig.call('desk.close', {
      changeId: receipt.changeId,
      reason: 'citizen-self-served',
      note: '  gỡ trên điện thoại  ',
    });
    expect(after.items).toEqual([]);
    expect(rig.store.get(receipt.changeId)).toMatchObject({
      state: 'closed',
      closed: { reason: 'citizen-self-served', note: 'gỡ trên điện thoại', staffId: 'CB01' },
    });
    // Closed is final: closing again is refused with where it stands.
    expect(await rig.refusal('desk.close', { changeId: receipt.changeId, reason: 'other' })).toMatchObject({
      code: 'CHANGE_NOT_CLOSABLE',
      details: { state: 'closed' },
    });
    expect(await auditEntries(rig.dataDir)).toContainEqual(
      expect.objectContaining({
        action: 'change.closed',
        actor: 'staff',
        staffId: 'CB01',
        changeId: receipt.changeId,
        outcome: 'citizen-self-served',
      }),
    );
    // The national system knows the reference (as a conflict); the kiosk's own record wins.
    await rig.call('staff.signOut', {});
    expect(await rig.call('request.lookup', { reference: receipt.reference })).toMatchObject({
      state: 'closed',
      closed: { reason: 'citizen-self-served', note: 'gỡ trên điện thoại' },
      basis: 'closed-here',
    });
  });

  it('holds the changes of a refused batch across a restart, and sends one again when staff resend it', async () => {
    rig = await startCoreRig();
    rig.upstream.faults.decisions.update({ refuseNextBatches: 1000, refuseStatus: 403 });
    const receipt = await unlinkAtTheCounter(rig);
    expect(receipt.state).toBe('pending');
    await until(() => rig?.store.read().heldForStaff.length === 1, 5_000, 'the change held for staff');
    await rig.restart();
    await rig.call('staff.signIn', STAFF);
    const overview = await rig.call('desk.overview', {});
    expect(overview.items).toEqual([
      expect.objectContaining({
        changeId: receipt.changeId,
        why: 'batch-refused',
        refusal: { status: 403, upstreamCode: 'BATCH_REFUSED' },
        resendable: true,
        closable: true,
      }),
    ]);
    expect(overview.counts.needsStaff).toBe(1);
    // Still held after the restart: nothing reached the national system's ledger.
    expect(rig.upstream.state.entry(receipt.changeId)).toBeUndefined();

    rig.upstream.faults.decisions.update({ refuseNextBatches: 0 });
    await rig.call('desk.resend', { changeId: receipt.changeId });
    await until(
      () => rig?.store.get(receipt.changeId)?.state === 'applied',
      5_000,
      'the resent change applied',
    );
    expect(rig.upstream.state.entry(receipt.changeId)).toBeDefined();
    expect((await rig.call('desk.overview', {})).items).toEqual([]);
    const actions = (await auditEntries(rig.dataDir)).filter((entry) => entry.staffId === 'CB01');
    expect(actions).toContainEqual(
      expect.objectContaining({
        action: 'change.resent',
        changeId: receipt.changeId,
        reference: receipt.reference,
      }),
    );
  });

  it('answers CHANGE_NOT_FOUND for a change it does not hold, and Gửi ngay always answers the overview', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await rig.refusal('desk.resend', { changeId: unknown })).code).toBe('CHANGE_NOT_FOUND');
    expect((await rig.refusal('desk.close', { changeId: unknown, reason: 'other' })).code).toBe(
      'CHANGE_NOT_FOUND',
    );
    expect(await rig.call('desk.sendNow', {})).toMatchObject({ items: [], ageing: { level: 'ok' } });
    expect(await auditEntries(rig.dataDir)).toContainEqual(
      expect.objectContaining({ action: 'sync.sendNow', actor: 'staff', staffId: 'CB01' }),
    );
  });
});
