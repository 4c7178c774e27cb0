import { createHash } from 'node:crypto';
import { mkdir, rm, stat, statfs } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { KioskError } from '../../../../shared/ipc/errors.js';
import type { backupFailureReasons } from '../../../../shared/ipc/errors.js';
import { nodeDurableFileSystem } from '../../../../storage/durableFileAdapter.js';
import type { AppendFileOpener } from '../appendWhole.js';
import { storeWriteError } from '../appendWhole.js';
import type { DataKeySource } from '../keys/dataKey.js';
import type { KioskStore } from '../KioskStore.js';
import { BACKUP_FORMAT, BACKUP_VERSION, MANIFEST_FILE, signManifest, wrapDataKey } from './backupManifest.js';
import { readBackupSources } from './backupSources.js';
import { WholeFileCopy } from './wholeFileCopy.js';

export interface BackupOptions {
  dataDir: string;
  /** An existing folder (a USB stick); the backup is a new folder inside it. */
  to: string;
  kioskId: string;
  secret: string;
  /** The key the store was opened with: it goes into the backup wrapped, never in the clear. */
  keySource: DataKeySource;
  now?: () => Date;
  /** How backup files are opened; a test plays a full stick here. */
  openFile?: AppendFileOpener;
  /** Free bytes where the backup goes; the file system's own figure by default. */
  freeBytes?: (folder: string) => Promise<number>;
}

export interface BackupResult {
  /** The backup's folder, absolute. */
  folder: string;
  createdAt: string;
  files: number;
  bytes: number;
}

type BackupFailureReason = (typeof backupFailureReasons)[number];

/** Room left for the manifest and the file system's own blocks, beyond the files themselves. */
const SPACE_MARGIN_BYTES = 1024 * 1024;

function failed(
  reason: BackupFailureReason,
  message: string,
  space: { neededBytes?: number; freeBytes?: number } = {},
): KioskError<'BACKUP_FAILED'> {
  return new KioskError('BACKUP_FAILED', message, { reason, ...space });
}

async function freeBytesOf(folder: string): Promise<number> {
  const info = await statfs(folder);
  return info.bavail * info.bsize;
}

// Vietnam has used UTC+7 all year since 1975: the folder name reads as the office's clock.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

function stampOf(at: Date): string {
  const iso = new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

async function checkDestination(to: string, dataDir: string): Promise<void> {
  if (!isAbsolute(to))
    throw failed('DESTINATION_INVALID', `The backup destination must be an absolute path: ${to}`);
  const inside = relative(resolve(dataDir), resolve(to));
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw failed('DESTINATION_INVALID', `The backup cannot go inside the data folder itself: ${to}`);
  }
  const found = await stat(to).catch(() => undefined);
  if (found?.isDirectory() !== true) {
    throw failed('DESTINATION_INVALID', `The backup destination is not an existing folder: ${to}`);
  }
}

/** A new folder of its own: two backups in the same second get `-2`, `-3`… */
async function newBackupFolder(to: string, name: string): Promise<string> {
  for (let attempt = 1; attempt <= 20; attempt += 1) {
    const folder = join(to, attempt === 1 ? name : `${name}-${attempt}`);
    try {
      await mkdir(folder, { mode: 0o700 });
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw failed('DESTINATION_INVALID', `Too many backups named ${name} in ${to}.`);
}

/**
 * Copies the data folder into `<to>/kiosk-backup-<kioskId>-<yyyymmdd-HHMMss>/`. The folder is
 * read while the store is quiesced (between flushes, with no fold or audit write running), so
 * the copy is one consistent moment; it is written after, so a slow USB stick never holds up a
 * citizen. Each file is written whole and fsynced, then `manifest.json` last: a backup without
 * a manifest is not a backup, and a failure removes the folder it began.
 */
export async function backupDataFolder(store: KioskStore, options: BackupOptions): Promise<BackupResult> {
  const now = options.now ?? (() => new Date());
  await checkDestination(options.to, options.dataDir);
  let dataKey: Buffer;
  try {
    dataKey = await options.keySource.load();
  } catch (error) {
    throw failed('SOURCE_UNREADABLE', `The kiosk's data key cannot be read: ${(error as Error).message}`);
  }
  const taken = await store
    .quiesce(async () => ({
      sources: await readBackupSources(options.dataDir),
      storeSeq: store.read().nextSeq,
      // The store's anchored head (the audit file may still owe entries the journals hold).
      auditHead: { ...store.read().auditHead },
      at: now(),
    }))
    .catch((error: unknown) => {
      throw failed(
        'SOURCE_UNREADABLE',
        `The kiosk's data folder cannot be read: ${(error as Error).message}`,
      );
    });

  const files = taken.sources.map((source) => ({
    path: source.path,
    bytes: source.contents.length,
    sha256: createHash('sha256').update(source.contents).digest('hex'),
  }));
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const neededBytes = bytes + SPACE_MARGIN_BYTES;
  const freeBytes = await (options.freeBytes ?? freeBytesOf)(options.to);
  if (freeBytes < neededBytes) {
    throw failed(
      'DESTINATION_FULL',
      `The backup needs ${neededBytes} bytes but ${options.to} has ${freeBytes} free.`,
      { neededBytes, freeBytes },
    );
  }

  const manifest = signManifest(
    {
      version: BACKUP_VERSION,
      format: BACKUP_FORMAT,
      kioskId: options.kioskId,
      createdAt: taken.at.toISOString(),
      files,
      storeSeq: taken.storeSeq,
      auditHead: taken.auditHead,
      wrappedDataKey: wrapDataKey(dataKey, options.secret, options.kioskId),
    },
    options.secret,
  );

  const folder = await newBackupFolder(
    options.to,
    `kiosk-backup-${options.kioskId}-${stampOf(taken.at)}`,
  ).catch((error: unknown) => {
    throw error instanceof KioskError ? error : writeFailure(error, options.to, neededBytes);
  });
  try {
    const copy = new WholeFileCopy(folder, options.openFile);
    for (const source of taken.sources) await copy.write(source.path, source.contents);
    await copy.syncFolders();
    await copy.writeLast(MANIFEST_FILE, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
    await nodeDurableFileSystem.syncDirectory(folder);
    await nodeDurableFileSystem.syncDirectory(options.to);
  } catch (error) {
    // Best effort: even if removing fails, the folder has no manifest and no restore takes it.
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    throw writeFailure(error, options.to, neededBytes);
  }
  return { folder, createdAt: manifest.createdAt, files: files.length, bytes };
}

function writeFailure(error: unknown, to: string, neededBytes: number): KioskError<'BACKUP_FAILED'> {
  const cause = storeWriteError(error, `the backup in ${to}`);
  return cause.code === 'STORE_FULL'
    ? failed('DESTINATION_FULL', cause.message, { neededBytes })
    : failed('WRITE_FAILED', cause.message);
}
