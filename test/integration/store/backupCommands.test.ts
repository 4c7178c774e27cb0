import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runBackupCommand, runRestoreCommand } from '../../../electron/core/store/backup/backupCommands.js';
import type { KioskCommandContext } from '../../../electron/core/store/backup/backupCommands.js';
import { KioskChanges } from '../../../electron/core/requests/KioskChanges.js';
import { commandContext, startBackupRig } from './backupRig.js';
import type { BackupRig } from './backupRig.js';

let rig: BackupRig;
let out: string[];
let err: string[];
beforeEach(async () => {
  rig = await startBackupRig();
  out = [];
  err = [];
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  await rig.remove();
  vi.restoreAllMocks();
});

function context(extra: Partial<KioskCommandContext> = {}): KioskCommandContext {
  return commandContext(rig, { out, err }, { ...extra });
}

describe('npm run backup and npm run restore', () => {
  it('backs up the stopped kiosk to a relative --to, and restores it after the data folder is lost', async () => {
    await rig.accept('applied');
    await rig.accept('pending');
    await rig.close();

    expect(await runBackupCommand(['--to', 'usb'], context())).toBe(0);
    const [folder] = await readdir(rig.usb);
    expect(folder).toBe('kiosk-backup-KIOSK-TEST-01-20261201-100405');
    const backup = join(rig.usb, folder ?? '');
    expect(out.join('\n')).toContain(`npm run restore -- --from "${backup}"`);

    await rm(rig.dataDir, { recursive: true, force: true });
    expect(await runRestoreCommand([`--from=${backup}`], context())).toBe(0);
    expect(err).toEqual([]);
    await rig.reopen();
    const changes = new KioskChanges(rig.store);
    for (const [changeId, state] of rig.acknowledged) {
      expect(await changes.byChangeId(changeId)).toMatchObject({ changeId, state });
    }
  });

  it('says the kiosk is running, and points to the staff backup, when the data folder is in use', async () => {
    await rig.accept('pending');
    // rig.store is open: this process holds the data folder, as a running kiosk would.
    expect(await runBackupCommand(['--to', rig.usb], context())).toBe(1);
    expect(err.join('\n')).toMatch(/kiosk is running.*store\.backup/s);
    expect(await readdir(rig.usb)).toEqual([]);
  });

  it("refuses the Electron kiosk's folder, whose key only the OS key store opens", async () => {
    await mkdir(join(rig.root, 'electron-data'));
    await writeFile(join(rig.root, 'electron-data', 'kiosk.key.safe'), 'wrapped');
    const code = await runBackupCommand(
      ['--to', rig.usb],
      context({ dataDir: join(rig.root, 'electron-data') }),
    );
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/operating system's key store.*store\.backup/s);
  });

  it('refuses another kiosk’s backup with a message naming both kiosks', async () => {
    await rig.accept('pending');
    await rig.close();
    expect(await runBackupCommand(['--to', rig.usb], context())).toBe(0);
    const [folder] = await readdir(rig.usb);
    const other = context({ kioskId: 'KIOSK-OTHER-02', dataDir: join(rig.root, 'other') });
    expect(await runRestoreCommand(['--from', join(rig.usb, folder ?? '')], other)).toBe(1);
    expect(err.join('\n')).toMatch(/OTHER_KIOSK.*KIOSK-TEST-01.*KIOSK-OTHER-02/s);
  });

  it.each([
    [[], /--to <folder> is required/],
    [['--to'], /--to needs a folder/],
    [['--to', 'usb', '--replace'], /unknown option: --replace/],
    [['usb'], /unexpected argument: usb/],
  ])('backup %j is a usage error', async (args, message) => {
    expect(await runBackupCommand(args, context())).toBe(2);
    expect(err.join('\n')).toMatch(message);
  });

  it.each([
    [[], /--from <backup folder> is required/],
    [['--from', 'x', '--replace', 'y'], /unexpected argument: y/],
    [['--from', 'x', '--force'], /unknown option: --force/],
  ])('restore %j is a usage error', async (args, message) => {
    expect(await runRestoreCommand(args, context())).toBe(2);
    expect(err.join('\n')).toMatch(message);
  });
});
