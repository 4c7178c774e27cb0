import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogueFor } from '../../../shared/i18n/catalogues.js';
import { PlayedDisk } from '../../support/playedDisk.js';
import { auditFileName } from '../../../electron/core/audit/auditFiles.js';
import { DEMO, STAFF, startCoreRig } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

// Issue 9 through the handler table: a full disk is STORE_FULL with words for the screen,
// nothing is queued, staff cannot sign in while a wrong PIN could not be counted, and the kiosk
// takes changes again once space is freed, with no restart.
let rig: CoreRig | undefined;
let disk: PlayedDisk;
beforeEach(() => {
  disk = new PlayedDisk();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  await rig?.close();
  rig = undefined;
  vi.restoreAllMocks();
});

async function assisted(current: CoreRig): Promise<void> {
  await current.call('staff.signIn', STAFF);
  await current.call('session.attestByStaff', {
    idNumber: DEMO.an.id,
    dateOfBirth: DEMO.an.dob,
    cardChecked: true,
  });
}

describe('a kiosk whose disk is full', () => {
  it('refuses a change with STORE_FULL, queues nothing, and takes the next one once space is freed', async () => {
    const current = (rig = await startCoreRig({ appendFiles: disk.open }));
    await assisted(current);
    current.offline();
    disk.full();
    const refusal = await current.refusal('device.unlinkAll', {});
    expect(refusal.code).toBe('STORE_FULL');
    expect(catalogueFor('vi').errors[refusal.code]).toBe('Máy đang hết chỗ lưu, xin báo cán bộ.');
    expect(current.store.read().changes).toEqual([]);

    disk.free();
    const receipt = await current.call('device.unlinkAll', {});
    expect(receipt.state).toBe('pending');
    await current.restart({ appendFiles: disk.open });
    expect(current.store.read().changes.map((entry) => entry.change.changeId)).toEqual([receipt.changeId]);
  });

  it('refuses staff sign-in before checking the PIN while a write has failed, and lets them in once it can write', async () => {
    const current = (rig = await startCoreRig({ appendFiles: disk.open }));
    // The first start enrols the demo staff member; sign-in works on a healthy disk.
    await current.call('staff.signIn', STAFF);
    await current.call('staff.signOut', {});

    disk.full();
    // A wrong PIN whose count cannot be saved is refused, not counted as nothing.
    expect((await current.refusal('staff.signIn', { staffId: 'CB01', pin: '0000' })).code).toBe('STORE_FULL');
    // From now on every attempt is refused before its PIN is looked at, the right one too.
    expect((await current.refusal('staff.signIn', STAFF)).code).toBe('STORE_FULL');
    expect((await current.refusal('staff.signIn', { staffId: 'CB01', pin: '1111' })).code).toBe('STORE_FULL');
    expect(await current.call('staff.current', {})).toEqual({ signedIn: false });
    expect(current.store.read().staff.find((member) => member.staffId === 'CB01')?.failedAttempts).toBe(0);

    disk.free();
    expect(await current.call('staff.signIn', STAFF)).toMatchObject({ staffId: 'CB01' });
  });

  it('answers STORE_FAILED for a write that fails otherwise', async () => {
    const current = (rig = await startCoreRig({ appendFiles: disk.open }));
    await current.call('staff.signIn', STAFF);
    await current.call('staff.signOut', {});
    // The sign-out's audit entry is written in the background; the played errors are for the sign-in.
    const auditFile = join(current.dataDir, 'audit', auditFileName(new Date()));
    for (let tries = 0; !(await readFile(auditFile, 'utf8')).includes('staff.signOut'); tries++) {
      if (tries > 500) throw new Error('the sign-out was never audited');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    disk.writeErrors.push('EIO', 'EIO');
    expect((await current.refusal('staff.signIn', { staffId: 'CB01', pin: '0000' })).code).toBe(
      'STORE_FAILED',
    );
    expect((await current.refusal('staff.signIn', STAFF)).code).toBe('STORE_FAILED');
    expect(await current.call('staff.signIn', STAFF)).toMatchObject({ staffId: 'CB01' });
  });
});
