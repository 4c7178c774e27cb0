import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { journalRecords } from '../../support/storeFixtures.js';
import { DEMO, STAFF, startCoreRig, until } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const bay = { staffId: 'CB07', displayName: 'Cán bộ Lê Thị Bảy', pin: '1357' } as const;
const attestAn = { idNumber: DEMO.an.id, dateOfBirth: DEMO.an.dob, cardChecked: true as const };

const registeredAt = (current: CoreRig, staffId: string) =>
  current.store.read().staff.find((member) => member.staffId === staffId)?.registeredAt;

async function recordsOfType(current: CoreRig, type: string): Promise<Record<string, unknown>[]> {
  return (await journalRecords(current.dataDir)).filter(
    (record): record is Record<string, unknown> => (record as { type: string }).type === type,
  );
}

describe('staff the national system knows', () => {
  it('enrolled while the national system is unreachable: signs in, cannot attest; registered once it is back, then attests', async () => {
    rig = await startCoreRig({ initialStaff: [bay], offlineAtStart: true });
    expect(await rig.call('staff.signIn', { staffId: bay.staffId, pin: bay.pin })).toEqual({
      staffId: 'CB07',
      displayName: bay.displayName,
      role: 'staff',
      pinChangeRequired: false,
    });

    const refusal = await rig.refusal('session.attestByStaff', attestAn);
    expect(refusal).toEqual({
      code: 'STAFF_NOT_REGISTERED',
      message: expect.any(String),
      details: { staffId: 'CB07' },
    });
    // Nothing changed: no session, nothing queued, nothing told to the national system.
    expect((await rig.refusal('account.read', {})).code).toBe('NO_SESSION');
    expect(rig.store.read().changes).toEqual([]);
    expect(rig.upstream.state.attestations.list()).toEqual([]);
    expect(rig.upstream.state.staff.isRegistered(DEMO_KIOSK.kioskId, 'CB07')).toBe(false);
    expect(registeredAt(rig, 'CB07')).toBeUndefined();

    rig.online();
    await until(
      () => rig !== undefined && registeredAt(rig, 'CB07') !== undefined,
      10_000,
      'CB07 to be registered',
    );
    expect(rig.upstream.state.staff.list()).toContainEqual(
      expect.objectContaining({ kioskId: DEMO_KIOSK.kioskId, staffId: 'CB07', role: 'staff' }),
    );
    expect(await rig.call('session.attestByStaff', attestAn)).toMatchObject({
      fullName: 'Nguyễn Văn An',
      verifiedBy: 'staff',
    });
    // One record, with its audit entry, made by the kiosk itself.
    expect(await recordsOfType(rig, 'staff.registered')).toEqual([
      { type: 'staff.registered', staffId: 'CB07', at: expect.any(String) },
    ]);
    const audited = (await recordsOfType(rig, 'audit.appended')).map((record) => record.entry);
    expect(audited).toContainEqual(
      expect.objectContaining({ action: 'staff.registered', actor: 'kiosk', staffId: 'CB07' }),
    );
  });

  it('keeps the registration across a restart: the member attests offline at once, with no second registration', async () => {
    rig = await startCoreRig({ initialStaff: [bay] });
    await until(
      () => rig !== undefined && registeredAt(rig, 'CB07') !== undefined,
      10_000,
      'CB07 to be registered',
    );
    const first = registeredAt(rig, 'CB07');

    rig.offline();
    await rig.restart();
    expect(registeredAt(rig, 'CB07')).toBe(first);
    await rig.call('staff.signIn', { staffId: bay.staffId, pin: bay.pin });
    expect(await rig.call('session.attestByStaff', attestAn)).toMatchObject({ verifiedBy: 'staff' });
    expect(await recordsOfType(rig, 'staff.registered')).toHaveLength(1);
  });

  it('enrols the demo staff member CB01 as registered from the start: offline attestation works at once', async () => {
    rig = await startCoreRig({ offlineAtStart: true });
    await rig.call('staff.signIn', STAFF);
    expect(registeredAt(rig, 'CB01')).toBeDefined();
    expect(await rig.call('session.attestByStaff', attestAn)).toEqual({
      idNumberMasked: '0010****2345',
      verifiedBy: 'staff',
      assisted: true,
    });
    // Enrolled and registered in one flush: never seen unregistered, never registered again.
    const records = (await journalRecords(rig.dataDir)) as { type: string }[];
    const enrolledAt = records.findIndex((record) => record.type === 'staff.enrolled');
    expect(records[enrolledAt + 1]).toMatchObject({ type: 'staff.registered', staffId: 'CB01' });
  });
});
