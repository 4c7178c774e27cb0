import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDataFolderMarker } from '../../../electron/core/bootstrap/dataFolder.js';
import {
  productionCommandCredentials,
  ProductionRestoreNeedsKitError,
  readProvisionedCredentials,
} from '../../../electron/core/provisioning/provisionedCredentials.js';
import { runProvisionCommand } from '../../../electron/core/provisioning/provisionCommand.js';
import { runBackupCommand, runRestoreCommand } from '../../../electron/core/store/backup/backupCommands.js';
import type { KioskCommandContext } from '../../../electron/core/store/backup/backupCommands.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { provisioningFileFor, writeProvisioningFile } from './provisioningFiles.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-production-backup-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const content = provisioningFileFor('https://127.0.0.1:9');

/** Provisions `dataDir` as `npm run provision` does; answers the kit file and its passphrase. */
async function provision(dataDir: string): Promise<{ kit: string; passphrase: string }> {
  const file = await writeProvisioningFile(content);
  const stick = await mkdtemp(join(root, 'kit-'));
  const out: string[] = [];
  const code = await runProvisionCommand(['--file', file.file, '--recovery-kit', stick], {
    env: { KIOSK_DATA_DIR: dataDir, KIOSK_PROVISION_PIN: '480715' },
    terminal: { input: new PassThrough(), output: new PassThrough() },
    cwd: root,
    out: (line) => out.push(line),
    err: (line) => out.push(line),
  });
  await file.remove();
  expect(code).toBe(0);
  const passphrase = out[out.findIndex((line) => line.startsWith('Recovery passphrase')) + 1]?.trim() ?? '';
  const [kitName] = await readdir(stick);
  return { kit: join(stick, kitName ?? 'missing'), passphrase };
}

/** The context scripts/kioskCommand.mjs builds in production mode. */
async function productionContext(
  command: 'backup' | 'restore',
  argv: string[],
  dataDir: string,
  passphrase = '',
): Promise<KioskCommandContext> {
  const credentials = await productionCommandCredentials(command, argv, dataDir, join(dataDir, 'kiosk.key'));
  return {
    ...credentials,
    dataDir,
    cwd: root,
    out: () => undefined,
    err: () => undefined,
    recoveryPassphrase: () => Promise.resolve(passphrase),
  };
}

describe('a provisioned kiosk backed up and restored on a new machine with its recovery kit', () => {
  it('comes back with its kiosk ID, its sealed secret, its marker and its first supervisor', async () => {
    const dataDir = join(root, 'data');
    const { kit, passphrase } = await provision(dataDir);
    const usb = await mkdtemp(join(root, 'usb-'));
    const backupArgs = ['--to', usb];
    expect(await runBackupCommand(backupArgs, await productionContext('backup', backupArgs, dataDir))).toBe(
      0,
    );
    const [backupName] = await readdir(usb);
    // The machine is lost: the data folder and its key with it.
    await rm(dataDir, { recursive: true, force: true });

    const fresh = join(root, 'new-machine-data');
    const restoreArgs = ['--from', join(usb, backupName ?? 'missing'), '--recovery-kit', kit];
    const context = await productionContext('restore', restoreArgs, fresh, passphrase);
    expect(await runRestoreCommand(restoreArgs, context)).toBe(0);

    expect(await readDataFolderMarker(fresh)).toMatchObject({ mode: 'production', kioskId: content.kioskId });
    const keySource = keyFileSource(join(fresh, 'kiosk.key'));
    expect(await readProvisionedCredentials(fresh, keySource)).toEqual({
      kioskId: content.kioskId,
      secret: content.kioskSecret,
    });
    const store = await openKioskStore({ dataDir: fresh, keySource });
    try {
      expect(store.read().staff.map(({ staffId, role }) => ({ staffId, role }))).toEqual([
        { staffId: 'CB07', role: 'supervisor' },
      ]);
    } finally {
      await store.close();
    }
  });

  it('refuses a production restore without the kit, and a wrong passphrase, writing nothing', async () => {
    const dataDir = join(root, 'data');
    const { kit } = await provision(dataDir);
    const usb = await mkdtemp(join(root, 'usb-'));
    const backupArgs = ['--to', usb];
    expect(await runBackupCommand(backupArgs, await productionContext('backup', backupArgs, dataDir))).toBe(
      0,
    );
    const [backupName] = await readdir(usb);
    const fresh = join(root, 'new-machine-data');
    const withoutKit = ['--from', join(usb, backupName ?? 'missing')];
    await expect(productionContext('restore', withoutKit, fresh)).rejects.toBeInstanceOf(
      ProductionRestoreNeedsKitError,
    );
    const withKit = [...withoutKit, '--recovery-kit', kit];
    const wrong = await productionContext('restore', withKit, fresh, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF');
    expect(await runRestoreCommand(withKit, wrong)).toBe(1);
    await expect(readdir(fresh)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
