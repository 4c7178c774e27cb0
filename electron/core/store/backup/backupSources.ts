import { crc32 } from 'node:zlib';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AUDIT_DIR, auditFiles } from '../../audit/auditFiles.js';
import { DATA_FOLDER_MARKER } from '../../bootstrap/dataFolder.js';
import { ARCHIVE_DIR } from '../archive/ChangeArchive.js';
import { journalGenerationOf } from '../journal/ChangeJournal.js';
import { LAST_GOOD_FILE, SNAPSHOT_FILE } from '../sealedSnapshot.js';

/** One file of the data folder as the backup takes it: the first `bytes` bytes of it. */
export interface BackupSource {
  /** Relative to the data folder, with `/`. */
  path: string;
  contents: Buffer;
}

/**
 * The bytes of a journal up to the end of its last commit line: after it there can only be a
 * flush that was never acknowledged. Lines are read by their checksum and kind, not opened, so
 * nothing is unsealed to take a backup.
 */
export function committedJournalPrefix(bytes: Buffer): Buffer {
  let committed = 0;
  let offset = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf(0x0a, offset);
    if (end === -1) break;
    const line = bytes.subarray(offset, end).toString('utf8');
    const first = offset === 0;
    offset = end + 1;
    const body = line.slice(9);
    const checked = line[8] === ' ' && crc32(body).toString(16).padStart(8, '0') === line.slice(0, 8);
    // A commit line ends a flush; a header line (`H kiosk-journal <version>`) opens the file.
    if (checked && (/^C \d+ \d+$/.test(body) || (first && body.startsWith('H ')))) committed = offset;
  }
  return bytes.subarray(0, committed);
}

/** Whole lines only: an audit line being written at that moment is not in the copy. */
export function wholeLines(bytes: Buffer): Buffer {
  return bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1);
}

async function ifPresent(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function regularFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files: string[] = [];
  for (const name of names.sort()) {
    // Temp files start with a dot: they were never renamed into place.
    if (name.startsWith('.')) continue;
    if ((await stat(join(dir, name))).isFile()) files.push(name);
  }
  return files;
}

/**
 * What a backup copies, read while the store is quiesced: the sealed snapshots, every journal
 * generation up to its committed length, the archive and the audit files. Not the key file, the
 * lock, or files set aside as damaged. Each file is read whole here, so what is checksummed is
 * what is written.
 */
export async function readBackupSources(dataDir: string): Promise<BackupSource[]> {
  // The audit files first: an audit line is written only after its journal flush is durable,
  // so read in this order (under the quiesce) the copy never holds an audit entry its journals lack.
  const audit: BackupSource[] = [];
  for (const name of await auditFiles(dataDir)) {
    const contents = wholeLines(await readFile(join(dataDir, AUDIT_DIR, name)));
    audit.push({ path: `${AUDIT_DIR}/${name}`, contents });
  }
  const sources: BackupSource[] = [];
  // The marker too: a restored folder must still say which mode and kiosk it belongs to.
  for (const name of [SNAPSHOT_FILE, LAST_GOOD_FILE, DATA_FOLDER_MARKER]) {
    const contents = await ifPresent(join(dataDir, name));
    if (contents !== undefined) sources.push({ path: name, contents });
  }
  const journals = (await readdir(dataDir)).filter((name) => journalGenerationOf(name) !== undefined).sort();
  for (const name of journals) {
    sources.push({ path: name, contents: committedJournalPrefix(await readFile(join(dataDir, name))) });
  }
  for (const name of await regularFiles(join(dataDir, ARCHIVE_DIR))) {
    sources.push({
      path: `${ARCHIVE_DIR}/${name}`,
      contents: await readFile(join(dataDir, ARCHIVE_DIR, name)),
    });
  }
  return [...sources, ...audit];
}
