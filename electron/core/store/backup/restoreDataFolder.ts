import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, rmdir, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { nodeDurableFileSystem } from '../../../../storage/durableFileAdapter.js';
import { UnsealError } from '../crypto/sealedBox.js';
import { LOCK_FILE, lockDataDir, DataDirBusyError } from '../dataDirLock.js';
import { keyFileSource } from '../keys/dataKey.js';
import { openKioskStore } from '../openKioskStore.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupManifest,
  MANIFEST_FILE,
  ManifestHeader,
  manifestSignedBy,
  unwrapDataKey,
} from './backupManifest.js';
import { RestoreRefusedError } from './RestoreRefusedError.js';
import { WholeFileCopy } from './wholeFileCopy.js';

interface RestoreTarget {
  /** The backup's own folder (`kiosk-backup-<kioskId>-<stamp>`). */
  from: string;
  dataDir: string;
  /** Whose backup this must be: a backup is restored only on the kiosk that made it. */
  kioskId: string;
  /** Move a data folder that holds data aside to `<dataDir>.before-restore-<stamp>`; never delete it. */
  replace?: boolean;
  /** Where the kiosk reads its key file (KIOSK_KEY_FILE); `<dataDir>/kiosk.key` by default. */
  keyFile?: string;
  now?: () => Date;
}

/** On the kiosk that made the backup: its secret checks the manifest and unwraps the key. */
export interface RestoreWithSecret extends RestoreTarget {
  secret: string;
}

/** The restored files and key, in the folder beside the data folder, before it is put in place. */
export interface StagedRestore {
  kioskId: string;
  key: Buffer;
  /** The staged data folder: the backup's files, checked against the (not yet verified) manifest. */
  dataDir: string;
  /** The key file the staged folder opens with. */
  keyFile: string;
}

/**
 * The kiosk secret that signed the manifest, found with the recovered key: from the settings
 * (demo, tests: `secretFromSettings`), or from the restored data, where a provisioned kiosk
 * keeps it sealed with the data key. Called once the files are staged; throwing refuses the
 * restore, and the staged folder is removed.
 */
export type ManifestSecretFor = (staged: StagedRestore) => Promise<string>;

/** On a new machine: the key comes from the recovery kit, and `secretFor` checks the manifest. */
export interface RestoreWithRecoveredKey extends RestoreTarget {
  /** The data key from the kit (`openRecoveryKit`), whose kiosk ID is `kioskId`. */
  recoveredKey: Buffer;
  secretFor: ManifestSecretFor;
}

export type RestoreOptions = RestoreWithSecret | RestoreWithRecoveredKey;

/** The secret of the kiosk's settings: `KIOSK_SECRET`, or the demo kiosk's. */
export function secretFromSettings(secret: string): ManifestSecretFor {
  return () => Promise.resolve(secret);
}

export interface RestoreResult {
  dataDir: string;
  /** Where the data folder that was there before went, when `replace` moved it. */
  movedAside?: string;
  files: number;
  backupCreatedAt: string;
  storeSeq: number;
}

function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
}

async function readManifest(from: string): Promise<BackupManifest> {
  const text = await readFile(join(from, MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) {
    throw new RestoreRefusedError(
      'NOT_A_BACKUP',
      `${from} has no ${MANIFEST_FILE}: it is not a kiosk backup, or a backup that did not finish.`,
      { path: from },
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new RestoreRefusedError('NOT_A_BACKUP', `${MANIFEST_FILE} in ${from} is damaged (not JSON).`, {
      path: from,
    });
  }
  const header = ManifestHeader.safeParse(raw);
  if (!header.success || header.data.format !== BACKUP_FORMAT) {
    throw new RestoreRefusedError('NOT_A_BACKUP', `${from} is not a kiosk backup.`, { path: from });
  }
  if (header.data.version > BACKUP_VERSION) {
    throw new RestoreRefusedError(
      'NEWER_VERSION',
      `This backup was written by a newer kiosk version (backup format ${header.data.version}; this version reads up to ${BACKUP_VERSION}). Update the kiosk first.`,
      { version: header.data.version },
    );
  }
  const manifest = BackupManifest.safeParse(raw);
  if (!manifest.success) {
    throw new RestoreRefusedError('NOT_A_BACKUP', `${MANIFEST_FILE} in ${from} is damaged.`, { path: from });
  }
  return manifest.data;
}

/** Every file of the backup, checked against the manifest before anything is written. */
async function readCheckedFiles(from: string, manifest: BackupManifest): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const file of manifest.files) {
    const contents = await readFile(join(from, ...file.path.split('/'))).catch(() => undefined);
    const sha256 = contents && createHash('sha256').update(contents).digest('hex');
    if (contents === undefined || contents.length !== file.bytes || sha256 !== file.sha256) {
      throw new RestoreRefusedError(
        'FILE_MISMATCH',
        `The backup's file ${file.path} is ${contents === undefined ? 'missing' : 'not the one the backup wrote (size or SHA-256 differs)'}: the backup is damaged or was changed.`,
        { file: file.path },
      );
    }
    files.set(file.path, contents);
  }
  return files;
}

function checkKiosk(manifest: BackupManifest, kioskId: string, recovered: boolean): void {
  if (manifest.kioskId === kioskId) return;
  throw new RestoreRefusedError(
    'OTHER_KIOSK',
    recovered
      ? `This backup belongs to kiosk ${manifest.kioskId}, but the recovery kit is kiosk ${kioskId}'s: restore with the kit written for kiosk ${manifest.kioskId}.`
      : `This backup belongs to kiosk ${manifest.kioskId}, but this is kiosk ${kioskId}: a backup is restored only on the kiosk that made it.`,
    { backupKioskId: manifest.kioskId, kioskId },
  );
}

function notSigned(kioskId: string, recovered: boolean): RestoreRefusedError {
  return new RestoreRefusedError(
    'NOT_SIGNED',
    recovered
      ? `The backup's manifest does not match kiosk ${kioskId}'s secret: it was changed after it was written.`
      : `The backup's manifest does not match this kiosk's secret: it was changed after it was written, or KIOSK_SECRET is not the one kiosk ${kioskId} had.`,
    { kioskId },
  );
}

/** The data key, unwrapped with the secret once the manifest is proved signed with it. */
function keySignedFor(manifest: BackupManifest, secret: string, recovered: boolean): Buffer {
  if (!manifestSignedBy(manifest, secret)) throw notSigned(manifest.kioskId, recovered);
  try {
    return unwrapDataKey(manifest.wrappedDataKey, secret, manifest.kioskId);
  } catch (error) {
    if (error instanceof UnsealError) throw notSigned(manifest.kioskId, recovered);
    throw error;
  }
}

/** The manifest is signed with the secret found with the kit's key, and seals that same key. */
async function checkRecoveredKey(
  manifest: BackupManifest,
  options: RestoreWithRecoveredKey,
  staged: StagedRestore,
): Promise<void> {
  const backupKey = keySignedFor(manifest, await options.secretFor(staged), true);
  if (!backupKey.equals(options.recoveredKey)) {
    throw new RestoreRefusedError(
      'OTHER_KEY',
      `The recovery kit is kiosk ${manifest.kioskId}'s, but it holds another key than this backup's: it was written before the kiosk was set up again. Use the kit written last.`,
      { kioskId: manifest.kioskId },
    );
  }
}

async function entriesOf(dir: string): Promise<string[] | undefined> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Moves a data folder that holds data aside (never deletes it); refuses while a kiosk uses it. */
async function clearDataDir(dataDir: string, replace: boolean, stamp: string): Promise<string | undefined> {
  const entries = await entriesOf(dataDir);
  if (entries === undefined) return undefined;
  if (entries.length === 0) {
    await rmdir(dataDir);
    return undefined;
  }
  const aside = `${dataDir}.before-restore-${stamp}`;
  if (!replace) {
    throw new RestoreRefusedError(
      'DATA_FOLDER_NOT_EMPTY',
      `The data folder ${dataDir} holds data. Nothing was changed. To restore over it, run again with --replace: the folder is then moved aside to ${aside} (never deleted).`,
      { path: dataDir },
    );
  }
  let unlock: () => Promise<void>;
  try {
    unlock = await lockDataDir(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirBusyError)) throw error;
    throw new RestoreRefusedError(
      'KIOSK_RUNNING',
      `A kiosk is using ${dataDir}: stop it before restoring. Nothing was changed.`,
      { path: dataDir },
    );
  }
  try {
    await rename(dataDir, aside);
    await unlink(join(aside, LOCK_FILE)).catch(() => undefined);
  } finally {
    await unlock();
  }
  return aside;
}

/**
 * Restores a backup into the data folder: checks the manifest (its version, that it is this
 * kiosk's and signed with its secret) and every file, then writes them with the key file into a
 * folder beside the data folder, opens the store there once to prove it opens, and only then
 * renames it into place. A refusal or a failure leaves the data folder as it was.
 *
 * With a recovery kit's key (a new machine), the kit's kiosk must be the backup's; the manifest
 * is checked once the files are staged, with the secret `secretFor` finds (a provisioned
 * kiosk's is sealed inside the restored data), and must seal the kit's own key.
 */
export async function restoreDataFolder(options: RestoreOptions): Promise<RestoreResult> {
  const now = options.now ?? (() => new Date());
  const dataDir = resolve(options.dataDir);
  const manifest = await readManifest(options.from);
  const recovered = 'recoveredKey' in options;
  checkKiosk(manifest, options.kioskId, recovered);
  const dataKey = recovered ? options.recoveredKey : keySignedFor(manifest, options.secret, false);
  const files = await readCheckedFiles(options.from, manifest);
  const stamp = stampOf(now());
  const replace = options.replace === true;
  // Refused before anything is written; checked again when the folder is moved aside.
  if (!replace && ((await entriesOf(dataDir))?.length ?? 0) > 0) await clearDataDir(dataDir, false, stamp);

  const keyFile = resolve(options.keyFile ?? join(dataDir, 'kiosk.key'));
  const keyInside = relative(dataDir, keyFile);
  const keyOutside = keyInside === '' || keyInside.startsWith('..') || isAbsolute(keyInside);
  if (keyOutside) {
    const existing = await readFile(keyFile).catch(() => undefined);
    if (existing !== undefined && !existing.equals(dataKey)) {
      throw new RestoreRefusedError(
        'KEY_FILE_EXISTS',
        `The key file ${keyFile} holds another key; it is never overwritten. Move it away, then restore again.`,
        { path: keyFile },
      );
    }
  }

  await mkdir(dirname(dataDir), { recursive: true });
  const staging = `${dataDir}.restoring-${stamp}`;
  await mkdir(staging, { mode: 0o700 });
  let movedAside: string | undefined;
  let wroteOutsideKey = false;
  try {
    const copy = new WholeFileCopy(staging);
    for (const [path, contents] of files) await copy.write(path, contents);
    if (!keyOutside) await copy.write(keyInside.split(/[\\/]/).join('/'), dataKey);
    else if ((await readFile(keyFile).catch(() => undefined)) === undefined) {
      await new WholeFileCopy(dirname(keyFile)).write(relative(dirname(keyFile), keyFile), dataKey);
      wroteOutsideKey = true;
    }
    await copy.syncFolders();
    const stagedKey = keyOutside ? keyFile : join(staging, keyInside);
    if (recovered) {
      const staged = { kioskId: manifest.kioskId, key: dataKey, dataDir: staging, keyFile: stagedKey };
      await checkRecoveredKey(manifest, options, staged);
    }
    try {
      const store = await openKioskStore({ dataDir: staging, keySource: keyFileSource(stagedKey) });
      await store.close();
    } catch (error) {
      throw new RestoreRefusedError(
        'DOES_NOT_OPEN',
        `The restored data did not open: ${(error as Error).message}. The data folder was not changed.`,
      );
    }
    movedAside = await clearDataDir(dataDir, replace, stamp);
    await rename(staging, dataDir);
    await nodeDurableFileSystem.syncDirectory(dirname(dataDir));
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    if (wroteOutsideKey) await unlink(keyFile).catch(() => undefined);
    // The folder that was there goes back where it was: a failed restore changes nothing.
    if (movedAside !== undefined && (await entriesOf(dataDir)) === undefined) {
      await rename(movedAside, dataDir).catch(() => undefined);
    }
    throw error;
  }
  return {
    dataDir,
    ...(movedAside === undefined ? {} : { movedAside }),
    files: files.size,
    backupCreatedAt: manifest.createdAt,
    storeSeq: manifest.storeSeq,
  };
}
