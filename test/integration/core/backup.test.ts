import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreDataFolder } from '../../../electron/core/store/backup/restoreDataFolder.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { accepted, queuedChange } from '../../support/storeFixtures.js';
import { STAFF, startCoreRig } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

let rig: CoreRig | undefined;
let usb: string;
beforeEach(async () => {
  usb = await mkdtemp(join(tmpdir(), 'kiosk-usb-'));
});
afterEach(async () => {
  await rig?.close();
  rig = undefined;
  await rm(usb, { recursive: true, force: true });
});

describe('store.backup: "Sao lưu" from the running kiosk', () => {
  it('is for staff only', async () => {
    rig = await startCoreRig();
    expect(await rig.refusal('store.backup', { destination: usb })).toMatchObject({ code: 'STAFF_REQUIRED' });
    expect(await readdir(usb)).toEqual([]);
  });

  it.each(['usb', '', 'C:relative', 'a\0b'])(
    'refuses %j as a destination: not an absolute path',
    async (destination) => {
      rig = await startCoreRig();
      await rig.call('staff.signIn', STAFF);
      expect((await rig.refusal('store.backup', { destination })).code).toBe('BAD_ARGUMENTS');
    },
  );

  it('says why with a code when the folder does not exist', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    expect(await rig.refusal('store.backup', { destination: join(usb, 'not-plugged-in') })).toEqual({
      code: 'BACKUP_FAILED',
      message: expect.any(String) as string,
      details: { reason: 'DESTINATION_INVALID' },
    });
  });

  it('writes a backup that restores on this kiosk with every change and the staff enrolled', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    const change = queuedChange(rig.store.allocateSeq());
    await rig.store.commit([accepted(change)]);

    const written = await rig.call('store.backup', { destination: usb });
    expect(written.folder.startsWith(join(usb, `kiosk-backup-${DEMO_KIOSK.kioskId}-`))).toBe(true);
    expect(written.files).toBeGreaterThan(0);
    // The kiosk goes on as before.
    expect(await rig.call('staff.current', {})).toMatchObject({ signedIn: true, staffId: 'CB01' });

    const dataDir = join(usb, 'restored');
    await restoreDataFolder({ from: written.folder, dataDir, ...DEMO_KIOSK });
    const store = await openKioskStore({ dataDir, keySource: keyFileSource(join(dataDir, 'kiosk.key')) });
    try {
      expect(store.get(change.change.changeId)).toMatchObject({ state: 'pending' });
      expect(store.read().staff.map((member) => member.staffId)).toEqual(['CB01']);
    } finally {
      await store.close();
    }
  });
});
