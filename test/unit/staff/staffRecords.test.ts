import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StaffDirectory } from '../../../electron/core/staff/StaffDirectory.js';
import { KioskDocument } from '../../../electron/core/store/kioskDocument.js';
import type { PinHash } from '../../../electron/core/store/kioskDocument.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { applyStoreRecord, indexChanges, StoreRecord } from '../../../electron/core/store/storeRecords.js';

let dir: string;
let store: KioskStore | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-staff-'));
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  await rm(dir, { recursive: true, force: true });
});

const open = () => openKioskStore({ dataDir: dir, keySource: keyFileSource(join(dir, 'kiosk.key')) });

const pinHash: PinHash = {
  algorithm: 'scrypt',
  N: 16_384,
  r: 8,
  p: 1,
  salt: Buffer.alloc(16, 1).toString('base64'),
  hash: Buffer.alloc(32, 2).toString('base64'),
};
const at = '2026-11-23T08:00:00.000Z';

describe('staff in the store', () => {
  it('reads a document written before staff were kept, as having none', () => {
    expect(KioskDocument.parse({ version: 1, nextSeq: 1, changes: [] }).staff).toEqual([]);
  });

  it('applies enrolment and PIN counts as facts, and replaying them twice changes nothing', () => {
    const doc = KioskDocument.parse({ version: 1, nextSeq: 1, changes: [] });
    const index = indexChanges(doc);
    const records: StoreRecord[] = [
      { type: 'staff.enrolled', staffId: 'CB01', displayName: 'Hoa', pinHash, at },
      {
        type: 'staff.pinState',
        staffId: 'CB01',
        failedAttempts: 0,
        lockedUntil: '2026-11-23T08:19:00.000Z',
        at,
      },
      { type: 'staff.pinState', staffId: 'CB99', failedAttempts: 3, lockedUntil: null, at },
    ];
    for (const record of [...records, ...records]) applyStoreRecord(doc, index, record);
    expect(doc.staff).toEqual([
      {
        staffId: 'CB01',
        displayName: 'Hoa',
        // An enrolment from before roles, alone on the kiosk: a supervisor by the rule.
        role: 'supervisor',
        pinHash,
        enrolledAt: at,
        failedAttempts: 0,
        lockedUntil: '2026-11-23T08:19:00.000Z',
      },
    ]);
  });

  it('records a registration once, ignores one for nobody, and a new enrolment needs another', () => {
    const doc = KioskDocument.parse({ version: 1, nextSeq: 1, changes: [] });
    const index = indexChanges(doc);
    const later = '2026-11-23T09:00:00.000Z';
    const records: StoreRecord[] = [
      { type: 'staff.enrolled', staffId: 'CB07', displayName: 'Bảy', pinHash, at },
      { type: 'staff.registered', staffId: 'CB07', at },
      { type: 'staff.registered', staffId: 'CB07', at: later },
      { type: 'staff.registered', staffId: 'CB99', at },
    ];
    for (const record of [...records, ...records]) applyStoreRecord(doc, index, record);
    expect(doc.staff).toEqual([expect.objectContaining({ staffId: 'CB07', registeredAt: at })]);
    // Enrolled again (a new PIN, a new name): the national system is told again.
    applyStoreRecord(doc, index, {
      type: 'staff.enrolled',
      staffId: 'CB07',
      displayName: 'Bảy',
      pinHash,
      at: later,
    });
    expect(doc.staff[0]?.registeredAt).toBeUndefined();
    expect(StoreRecord.safeParse({ type: 'staff.registered', staffId: 'nobody', at }).success).toBe(false);
  });

  it('refuses a malformed staff record', () => {
    expect(
      StoreRecord.safeParse({ type: 'staff.enrolled', staffId: 'nobody', displayName: 'x', pinHash, at })
        .success,
    ).toBe(false);
    expect(
      StoreRecord.safeParse({
        type: 'staff.enrolled',
        staffId: 'CB01',
        displayName: 'x',
        pinHash: { ...pinHash, N: 1024 },
        at,
      }).success,
    ).toBe(false);
  });

  it('keeps enrolment and lockout through the journal and through a fold into the snapshot', async () => {
    store = await open();
    let nowMs = Date.parse(at);
    const directory = new StaffDirectory(store, () => new Date(nowMs));
    await directory.enrolIfEmpty([{ staffId: 'cb01', displayName: 'Hoa', pin: '2468' }]);
    // A minute apart, past the kiosk-wide wait between wrong tries: the fifth is at 08:04.
    for (let i = 0; i < 5; i++) {
      if (i > 0) nowMs += 60_000;
      await directory.checkPin('CB01', '0000');
    }
    await store.close();

    store = await open();
    expect(store.read().staff).toEqual([
      expect.objectContaining({
        staffId: 'CB01',
        failedAttempts: 0,
        lockedUntil: '2026-11-23T08:19:00.000Z',
      }),
    ]);
    await store.compact();
    await store.close();

    store = await open();
    const again = new StaffDirectory(store, () => new Date(at));
    // Not enrolled a second time: the kiosk already has staff.
    await again.enrolIfEmpty([{ staffId: 'CB02', displayName: 'Other', pin: '1111' }]);
    expect(store.read().staff.map((member) => member.staffId)).toEqual(['CB01']);
    expect(await again.checkPin('CB01', '2468')).toEqual({
      ok: false,
      reason: 'locked-out',
      lockedUntil: '2026-11-23T08:19:00.000Z',
    });
  });
});
