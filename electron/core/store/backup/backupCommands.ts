import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { KioskError } from '../../../../shared/ipc/errors.js';
import { DataDirBusyError, LOCK_FILE } from '../dataDirLock.js';
import { keyFileSource } from '../keys/dataKey.js';
import { openKioskStore } from '../openKioskStore.js';
import { backupDataFolder } from './backupDataFolder.js';
import { openRecoveryKit } from '../recovery/recoveryKit.js';
import type { OpenedRecoveryKit } from '../recovery/recoveryKit.js';
import { RecoveryKitError } from '../recovery/RecoveryKitError.js';
import { PassphrasePromptError } from '../recovery/passphrasePrompt.js';
import { restoreDataFolder, secretFromSettings } from './restoreDataFolder.js';
import type { ManifestSecretFor, RestoreOptions } from './restoreDataFolder.js';
import { RestoreRefusedError } from './RestoreRefusedError.js';

/** What `npm run backup` and `npm run restore` know of the kiosk: the same settings it starts with. */
export interface KioskCommandContext {
  kioskId: string;
  secret: string;
  dataDir: string;
  /** KIOSK_KEY_FILE, when the web host is told to keep its key elsewhere. */
  keyFile?: string;
  /** Relative paths on the command line are taken from here. */
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  now?: () => Date;
  /** `--recovery-kit`: the kit's passphrase, from KIOSK_RECOVERY_PASSPHRASE or asked hidden on the terminal. */
  recoveryPassphrase?: () => Promise<string>;
  /**
   * `--recovery-kit`: the secret that signed the backup, found with the kit's key. By default the
   * settings' (`secret`, for `kioskId` only); a provisioned kiosk's is sealed in the restored data.
   */
  secretForKit?: ManifestSecretFor;
}

/** The Electron kiosk's key, wrapped by the OS key store (electron/main/osKeyStore.ts). */
const OS_WRAPPED_KEY_FILE = 'kiosk.key.safe';
/** As the data folder's lock counts a heartbeat as fresh (dataDirLock.ts). */
const LOCK_FRESH_MS = 10_000;

class UsageError extends Error {}

function optionValue(args: readonly string[], name: string, what = 'a folder'): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === name) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs ${what}`);
      return value;
    }
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** Refuses anything but the options named: `valued` ones take a value, `flags` take nothing. */
function checkKnown(args: readonly string[], valued: readonly string[], flags: readonly string[] = []): void {
  for (const [i, arg] of args.entries()) {
    if (!arg.startsWith('--')) {
      if (i > 0 && valued.includes(args[i - 1] ?? '')) continue;
      throw new UsageError(`unexpected argument: ${arg}`);
    }
    if (flags.includes(arg)) continue;
    if (!valued.some((name) => arg === name || arg.startsWith(`${name}=`)))
      throw new UsageError(`unknown option: ${arg}`);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The pid of a kiosk holding the data folder now (its lock's heartbeat is fresh), if any. */
async function runningKiosk(dataDir: string): Promise<number | undefined> {
  const path = join(dataDir, LOCK_FILE);
  const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
  return age < LOCK_FRESH_MS ? pid : undefined;
}

function kioskRunningMessage(dataDir: string, pid?: number): string {
  return (
    `The kiosk is running${pid === undefined ? '' : ` (pid ${pid})`} on ${dataDir}. ` +
    'Stop it first (npm run backup takes the data folder for itself), or make the backup from the ' +
    'running kiosk: a signed-in staff member’s “Sao lưu” (contract method store.backup).'
  );
}

/** `npm run backup -- --to <folder>`: 0 on success, 1 when refused or failed, 2 for a usage error. */
export async function runBackupCommand(
  args: readonly string[],
  context: KioskCommandContext,
): Promise<number> {
  let to: string;
  try {
    checkKnown(args, ['--to']);
    const given = optionValue(args, '--to');
    if (given === undefined) throw new UsageError('--to <folder> is required');
    to = resolve(context.cwd, given);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    context.err(`npm run backup: ${error.message}. Usage: npm run backup -- --to <folder>`);
    return 2;
  }
  const { dataDir } = context;
  const keyFile = context.keyFile ?? join(dataDir, 'kiosk.key');
  if (!(await exists(keyFile))) {
    context.err(
      (await exists(join(dataDir, OS_WRAPPED_KEY_FILE)))
        ? `The data folder ${dataDir} belongs to the Electron kiosk: its key is kept by the operating system's key store and cannot be read here. Make the backup from the running kiosk (a signed-in staff member's “Sao lưu”, contract method store.backup).`
        : `There is no kiosk data to back up in ${dataDir} (no key file ${keyFile}). Check KIOSK_DATA_DIR.`,
    );
    return 1;
  }
  const pid = await runningKiosk(dataDir);
  if (pid !== undefined) {
    context.err(kioskRunningMessage(dataDir, pid));
    return 1;
  }
  let store;
  try {
    store = await openKioskStore({ dataDir, keySource: keyFileSource(keyFile) });
  } catch (error) {
    context.err(
      error instanceof DataDirBusyError
        ? kioskRunningMessage(dataDir)
        : `Cannot open the kiosk data in ${dataDir}: ${(error as Error).message}`,
    );
    return 1;
  }
  try {
    const result = await backupDataFolder(store, {
      dataDir,
      to,
      kioskId: context.kioskId,
      secret: context.secret,
      keySource: keyFileSource(keyFile),
      ...(context.now === undefined ? {} : { now: context.now }),
    });
    context.out(`Backup of kiosk ${context.kioskId} written: ${result.folder}`);
    context.out(`Taken at ${result.createdAt}: ${result.files} file(s), ${result.bytes} bytes.`);
    context.out(`To restore it on this kiosk: npm run restore -- --from "${result.folder}"`);
    return 0;
  } catch (error) {
    if (!(error instanceof KioskError)) throw error;
    context.err(`The backup failed (${error.code}): ${error.message}`);
    return 1;
  } finally {
    await store.close();
  }
}

const RESTORE_USAGE = 'npm run restore -- --from <backup folder> [--replace] [--recovery-kit <kit file>]';

/** The kit's kiosk ID and key, or the line that says why not (printed, exit code 1). */
async function openKitFor(
  file: string,
  context: KioskCommandContext,
): Promise<OpenedRecoveryKit | { refused: string }> {
  if (context.recoveryPassphrase === undefined)
    return { refused: 'This command cannot ask for a passphrase.' };
  try {
    const kit = await openRecoveryKit(file, await context.recoveryPassphrase());
    // The settings' secret is only the kit's kiosk's secret if the settings are that kiosk's.
    if (context.secretForKit === undefined && kit.kioskId !== context.kioskId) {
      return {
        refused: `The restore was refused (OTHER_KIOSK): the recovery kit is kiosk ${kit.kioskId}'s, but this kiosk's settings are kiosk ${context.kioskId}'s.`,
      };
    }
    return kit;
  } catch (error) {
    if (error instanceof RecoveryKitError)
      return { refused: `The recovery kit was refused (${error.reason}): ${error.message}` };
    if (error instanceof PassphrasePromptError) return { refused: `npm run restore: ${error.message}` };
    throw error;
  }
}

/**
 * `npm run restore -- --from <backup folder> [--replace] [--recovery-kit <kit file>]`: 0 on
 * success, 1 when refused, 2 for a usage error. With a recovery kit (a new machine), the key
 * comes from the kit, opened with its passphrase, instead of from the backup and the secret.
 */
export async function runRestoreCommand(
  args: readonly string[],
  context: KioskCommandContext,
): Promise<number> {
  let from: string;
  let kitFile: string | undefined;
  try {
    checkKnown(args, ['--from', '--recovery-kit'], ['--replace']);
    const given = optionValue(args, '--from');
    if (given === undefined) throw new UsageError('--from <backup folder> is required');
    from = resolve(context.cwd, given);
    const kit = optionValue(args, '--recovery-kit', 'a kit file');
    kitFile = kit === undefined ? undefined : resolve(context.cwd, kit);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    context.err(`npm run restore: ${error.message}. Usage: ${RESTORE_USAGE}`);
    return 2;
  }
  const target = {
    from,
    dataDir: context.dataDir,
    replace: args.includes('--replace'),
    ...(context.keyFile === undefined ? {} : { keyFile: context.keyFile }),
    ...(context.now === undefined ? {} : { now: context.now }),
  };
  let options: RestoreOptions = { ...target, kioskId: context.kioskId, secret: context.secret };
  if (kitFile !== undefined) {
    const kit = await openKitFor(kitFile, context);
    if ('refused' in kit) {
      context.err(kit.refused);
      return 1;
    }
    options = {
      ...target,
      kioskId: kit.kioskId,
      recoveredKey: kit.key,
      secretFor: context.secretForKit ?? secretFromSettings(context.secret),
    };
  }
  try {
    const result = await restoreDataFolder(options);
    if (result.movedAside !== undefined)
      context.out(`The data folder that was there is kept at ${result.movedAside}.`);
    context.out(
      `Restored kiosk ${options.kioskId}'s backup of ${result.backupCreatedAt} into ${result.dataDir} (${result.files} file(s))${kitFile === undefined ? '' : ' with its recovery kit'}; it opens. Start the kiosk as usual.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof RestoreRefusedError)) throw error;
    context.err(`The restore was refused (${error.reason}): ${error.message}`);
    return 1;
  }
}
