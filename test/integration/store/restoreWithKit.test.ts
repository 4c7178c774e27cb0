import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import { KioskChanges } from '../../../electron/core/requests/KioskChanges.js';
import { backupDataFolder } from '../../../electron/core/store/backup/backupDataFolder.js';
import { runRestoreCommand } from '../../../electron/core/store/backup/backupCommands.js';
import type { KioskCommandContext } from '../../../electron/core/store/backup/backupCommands.js';
import {
  restoreDataFolder,
  secretFromSettings,
} from '../../../electron/core/store/backup/restoreDataFolder.js';
import type { StagedRestore } from '../../../electron/core/store/backup/restoreDataFolder.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { writeRecoveryKit } from '../../../electron/core/store/recovery/recoveryKit.js';
import { generateRecoveryPassphrase } from '../../../electron/core/store/recovery/recoveryPassphrase.js';
import { commandContext, KIOSK, now, startBackupRig } from './backupRig.js';
import type { BackupRig } from './backupRig.js';

const cheap = { N: 2 ** 14, r: 8, p: 1 };

let rig: BackupRig;
let out: string[];
let err: string[];
let backup: string;
let kit: string;
const passphrase = generateRecoveryPassphrase();

/** A kiosk with history, its backup and its recovery kit on the stick; then the machine is lost. */
beforeEach(async () => {
  rig = await startBackupRig();
  out = [];
  err = [];
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  for (let i = 0; i < 3; i += 1) await rig.accept('applied');
  await rig.store.compact();
  await rig.accept('conflict');
  await rig.accept('pending');
  await rig.accept('sending');
  const key = await rig.keySource.load();
  kit = (
    await writeRecoveryKit({
      key,
      ...KIOSK,
      destination: rig.usb,
      passphrase,
      dataDir: rig.dataDir,
      now,
      cost: cheap,
    })
  ).file;
  backup = (
    await backupDataFolder(rig.store, {
      dataDir: rig.dataDir,
      to: rig.usb,
      ...KIOSK,
      keySource: rig.keySource,
      now,
    })
  ).folder;
  await rig.close();
  await rm(rig.dataDir, { recursive: true, force: true });
});
afterEach(async () => {
  await rig.remove();
  vi.restoreAllMocks();
});

function context(extra: Partial<KioskCommandContext> = {}): KioskCommandContext {
  return commandContext(
    rig,
    { out, err },
    { recoveryPassphrase: () => Promise.resolve(passphrase), ...extra },
  );
}

async function everything(): Promise<string[]> {
  return (await readdir(rig.root, { recursive: true })).sort();
}

/** Runs the restore and expects it refused with `message`, with not one file written anywhere. */
async function expectRefusedWritingNothing(
  args: string[],
  message: RegExp,
  extra: Partial<KioskCommandContext> = {},
) {
  const before = await everything();
  expect(await runRestoreCommand(args, context(extra))).toBe(1);
  expect(err.join('\n')).toMatch(message);
  expect(out).toEqual([]);
  expect(await everything()).toEqual(before);
}

describe('restoring on a new machine with the recovery kit', () => {
  it('the data folder and its key are lost; the backup and the kit bring back every change', async () => {
    const code = await runRestoreCommand(['--from', backup, '--recovery-kit', kit], context());
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(
      /Restored kiosk KIOSK-TEST-01's backup .* with its recovery kit; it opens/,
    );
    expect((await stat(join(rig.dataDir, 'kiosk.key'))).mode & 0o777).toBe(0o600);

    await rig.reopen();
    const changes = new KioskChanges(rig.store);
    for (const [changeId, state] of rig.acknowledged) {
      expect(await changes.byChangeId(changeId), changeId).toMatchObject({ changeId, state });
    }
    const finished = [...rig.acknowledged.values()].filter(
      (state) => state === 'applied' || state === 'conflict',
    );
    expect(await verifyAuditChain(rig.dataDir)).toEqual({
      ok: true,
      entries: rig.acknowledged.size + finished.length,
    });
    // The restored kiosk goes on from where it was.
    const next = await rig.accept('pending');
    expect(next.change.seq).toBe(rig.acknowledged.size);
  });

  it('takes relative paths from where the command was run', async () => {
    const relative = (path: string) => path.slice(rig.root.length + 1);
    expect(
      await runRestoreCommand([`--from=${relative(backup)}`, `--recovery-kit=${relative(kit)}`], context()),
    ).toBe(0);
  });

  it('a wrong passphrase is refused, and nothing is written', async () => {
    await expectRefusedWritingNothing(['--from', backup, '--recovery-kit', kit], /WRONG_PASSPHRASE/, {
      recoveryPassphrase: () => Promise.resolve(generateRecoveryPassphrase()),
    });
  });

  it('a damaged kit is refused as damaged, and nothing is written', async () => {
    const text = await readFile(kit, 'utf8');
    await writeFile(kit, text.slice(0, 200));
    await expectRefusedWritingNothing(
      ['--from', backup, '--recovery-kit', kit],
      /DAMAGED.*another copy of the kit/s,
    );
  });

  it('a file that is not a kit (the backup manifest) is refused, and nothing is written', async () => {
    await expectRefusedWritingNothing(
      ['--from', backup, '--recovery-kit', join(backup, 'manifest.json')],
      /NOT_A_KIT/,
    );
  });

  it("another kiosk's kit is refused, naming both kiosks, and nothing is written", async () => {
    const other = await writeRecoveryKit({
      key: randomBytes(32),
      kioskId: 'KIOSK-OTHER-02',
      destination: rig.usb,
      passphrase,
      cost: cheap,
    });
    await expectRefusedWritingNothing(
      ['--from', backup, '--recovery-kit', other.file],
      /OTHER_KIOSK.*KIOSK-OTHER-02.*KIOSK-TEST-01/s,
    );
    // Even where the settings do not decide the secret, the kit and the backup must be the same kiosk's.
    const before = await everything();
    await expect(
      restoreDataFolder({
        from: backup,
        dataDir: rig.dataDir,
        kioskId: 'KIOSK-OTHER-02',
        recoveredKey: randomBytes(32),
        secretFor: secretFromSettings(KIOSK.secret),
      }),
    ).rejects.toMatchObject({
      reason: 'OTHER_KIOSK',
      details: { backupKioskId: 'KIOSK-TEST-01', kioskId: 'KIOSK-OTHER-02' },
    });
    expect(await everything()).toEqual(before);
  });

  it('an older kit of the same kiosk, holding another key, is refused, and nothing is left', async () => {
    const older = await writeRecoveryKit({
      key: randomBytes(32),
      ...KIOSK,
      destination: rig.usb,
      passphrase,
      cost: cheap,
    });
    await expectRefusedWritingNothing(['--from', backup, '--recovery-kit', older.file], /OTHER_KEY/);
  });

  it('the manifest is still verified: a changed one is refused, and nothing is left', async () => {
    const manifest = join(backup, 'manifest.json');
    const changed = JSON.parse(await readFile(manifest, 'utf8')) as { storeSeq: number };
    await writeFile(manifest, JSON.stringify({ ...changed, storeSeq: changed.storeSeq + 1 }));
    await expectRefusedWritingNothing(['--from', backup, '--recovery-kit', kit], /NOT_SIGNED/);
  });

  it('a passphrase that cannot be asked is said plainly', async () => {
    const { PassphrasePromptError } =
      await import('../../../electron/core/store/recovery/passphrasePrompt.js');
    await expectRefusedWritingNothing(
      ['--from', backup, '--recovery-kit', kit],
      /set KIOSK_RECOVERY_PASSPHRASE/,
      {
        recoveryPassphrase: () =>
          Promise.reject(
            new PassphrasePromptError('NO_TERMINAL', 'No terminal: set KIOSK_RECOVERY_PASSPHRASE.'),
          ),
      },
    );
  });

  it('--recovery-kit without a file is a usage error', async () => {
    expect(await runRestoreCommand(['--from', backup, '--recovery-kit'], context())).toBe(2);
    expect(err.join('\n')).toMatch(/--recovery-kit needs a kit file/);
  });
});

describe('the secret that checks the manifest, found with the recovered key', () => {
  it('is asked for once the files are staged, in a folder that opens with the kit key', async () => {
    const seen: StagedRestore[] = [];
    const secretFor = async (staged: StagedRestore) => {
      seen.push(staged);
      // As a provisioned kiosk's reader does: open the restored data with the kit's key, read the secret there.
      const store = await openKioskStore({
        dataDir: staged.dataDir,
        keySource: keyFileSource(staged.keyFile),
      });
      expect(store.read().nextSeq).toBe(rig.acknowledged.size + 1);
      await store.close();
      return KIOSK.secret;
    };
    expect(
      await runRestoreCommand(
        ['--from', backup, '--recovery-kit', kit],
        context({ secretForKit: secretFor, kioskId: 'not-used' }),
      ),
    ).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      kioskId: 'KIOSK-TEST-01',
      key: await readFile(join(rig.dataDir, 'kiosk.key')),
    });
    expect(seen[0]?.dataDir).not.toBe(rig.dataDir);
    await expect(stat(seen[0]?.dataDir ?? '')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a secret that did not sign the manifest refuses the restore, and the staged folder is removed', async () => {
    await expectRefusedWritingNothing(['--from', backup, '--recovery-kit', kit], /NOT_SIGNED/, {
      secretForKit: secretFromSettings('another-secret-of-some-length'),
    });
  });
});
