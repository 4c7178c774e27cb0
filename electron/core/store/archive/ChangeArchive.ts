import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeDurableFileSystem, writeFileWhole } from '../../../../storage/durableFileAdapter.js';
import type { DurableFileSystem } from '../../../../storage/durableFileAdapter.js';
import { storeWriteError } from '../appendWhole.js';
import type { ArchivedChange } from './archivedChange.js';
import { archiveFileOf, batchFileName, decodeArchiveFile, encodeBatch } from './archiveFile.js';
import type { ArchiveFile } from './archiveFile.js';
import type { ArchiveBatchRef } from './archiveState.js';

export const ARCHIVE_DIR = 'archive';

/**
 * Damage found in the archive: a listed batch file missing or of the wrong size, or a line that
 * fails its checksum (`line`). The staff notice `ARCHIVE_DAMAGED` carries it.
 */
export interface ArchiveDamage {
  /** The file's name in `archive/`; a batch's name holds its day and batch id. */
  batch: string;
  day: string;
  /** How many changes the batch holds, when the store lists it. */
  changes?: number;
  /** The 1-based line set aside, when the damage is one line. */
  line?: number;
}

export interface ChangeArchiveOptions {
  fileSystem?: DurableFileSystem;
  /** Told of each damage once per process; the store raises it as a notice. */
  onDamaged?: (damage: ArchiveDamage) => void;
}

/** What the store lists of a batch once its file is whole on disk. */
export type WrittenBatch = Pick<ArchiveBatchRef, 'count' | 'bytes' | 'sha256'>;

/**
 * The archive folder: batch files of finished changes, each written whole under its own name
 * (never appended to), and the day files older kiosks appended to, still read. Which batches
 * exist is the store's business (`document.archive`); this class only writes, reads and checks files.
 */
export class ChangeArchive {
  readonly #dataDir: string;
  readonly #dir: string;
  readonly #fs: DurableFileSystem;
  readonly #onDamaged: (damage: ArchiveDamage) => void;
  readonly #reported = new Set<string>();
  /** Files every line of which was checked, by their length then: a batch file never changes. */
  readonly #verified = new Map<string, number>();

  constructor(dataDir: string, options: ChangeArchiveOptions = {}) {
    this.#dataDir = dataDir;
    this.#dir = join(dataDir, ARCHIVE_DIR);
    this.#fs = options.fileSystem ?? nodeDurableFileSystem;
    this.#onDamaged = options.onDamaged ?? (() => undefined);
  }

  /**
   * Writes a batch file whole: the same batch and changes always give the same bytes, so a batch
   * redone after a crash replaces its file with an identical one.
   */
  async writeBatch(
    batch: { batchId: string; day: string },
    changes: readonly ArchivedChange[],
  ): Promise<WrittenBatch> {
    const text = encodeBatch(batch, changes);
    try {
      const created = await mkdir(this.#dir, { recursive: true, mode: 0o700 });
      if (created !== undefined) await this.#fs.syncDirectory(this.#dataDir);
      await writeFileWhole(join(this.#dir, batchFileName(batch.day, batch.batchId)), text, this.#fs);
    } catch (error) {
      throw storeWriteError(error, 'the archive');
    }
    return {
      count: changes.length,
      bytes: Buffer.byteLength(text, 'utf8'),
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    };
  }

  /**
   * The start-up check of the batches the store lists: one `stat` each, so it costs the same
   * however long ago they were written. A missing or resized file is reported.
   */
  async checkListed(batches: readonly ArchiveBatchRef[]): Promise<void> {
    await Promise.all(
      batches.map(async ({ batchId, day, count, bytes }) => {
        const batch = batchFileName(day, batchId);
        const size = await stat(join(this.#dir, batch)).then(
          (found) => found.size,
          () => undefined,
        );
        if (size !== bytes) this.#report({ batch, day, changes: count });
      }),
    );
  }

  /**
   * A batch file on disk as the store would list it, with the ids of the changes it holds (lines
   * that fail their checksum are left out and reported). Only read after a loss was accepted,
   * to take in a batch whose written record was among the records lost.
   */
  async describeBatch(file: ArchiveFile): Promise<{ written: WrittenBatch; changeIds: string[] }> {
    const text = await readFile(join(this.#dir, file.name), 'utf8');
    const changeIds = (await this.read(file)).map((change) => change.changeId);
    return {
      written: {
        count: changeIds.length,
        bytes: Buffer.byteLength(text, 'utf8'),
        sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      },
      changeIds,
    };
  }

  /** Archive files, newest day first; `sinceDay` leaves out the days before it. */
  async files(sinceDay?: string): Promise<ArchiveFile[]> {
    const names = await readdir(this.#dir).catch(() => [] as string[]);
    return names
      .map(archiveFileOf)
      .filter((file): file is ArchiveFile => file !== undefined)
      .filter((file) => sinceDay === undefined || file.day >= sinceDay)
      .sort((a, b) => (a.name < b.name ? 1 : -1));
  }

  /**
   * The changes in one file whose line `wanted` picks (all when absent). Lines that fail their
   * checksum are skipped and reported, never returned. A file of a newer format version throws.
   */
  async read(file: ArchiveFile, wanted?: (line: string) => boolean): Promise<ArchivedChange[]> {
    const text = await readFile(join(this.#dir, file.name), 'utf8').catch((error: unknown) => {
      // Purged since it was listed.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw error;
    });
    const verify = this.#verified.get(file.name) !== text.length;
    const contents = decodeArchiveFile(file, text, { verify, ...(wanted === undefined ? {} : { wanted }) });
    for (const line of contents.damagedLines) this.#report({ batch: file.name, day: file.day, line });
    if (contents.missingLines > 0) this.#report({ batch: file.name, day: file.day });
    if (verify && contents.damagedLines.length === 0 && contents.missingLines === 0)
      this.#verified.set(file.name, text.length);
    return contents.changes.map((entry) => entry.change);
  }

  /**
   * Every archived change, newest file first, as the files hold them: a change may come twice
   * (a batch written but not yet recorded, or an old day file written twice). The once-view is
   * `changeHistory.ts`; this is what it, and a test counting copies, read.
   */
  async *entries(
    options: { sinceDay?: string; wanted?: (line: string) => boolean } = {},
  ): AsyncGenerator<ArchivedChange> {
    for (const file of await this.files(options.sinceDay)) yield* await this.read(file, options.wanted);
  }

  /**
   * Deletes the files of days before `cutoffDay`, old day files and batch files alike, except
   * the batch `keep` (one that is pending). The store takes listed batches off its list first.
   */
  async removeBefore(cutoffDay: string, keep?: string): Promise<string[]> {
    const expired = (await this.files()).filter(
      (file) => file.day < cutoffDay && !(file.kind === 'batch' && file.batchId === keep),
    );
    for (const file of expired) {
      await unlink(join(this.#dir, file.name)).catch(() => undefined);
      this.#verified.delete(file.name);
    }
    if (expired.length > 0) await this.#fs.syncDirectory(this.#dir);
    return expired.map((file) => file.name);
  }

  /** Temp files a crash left mid-write; their batch is redone from the store's pending record. */
  async removeLeftovers(): Promise<void> {
    const names = await readdir(this.#dir).catch(() => [] as string[]);
    for (const name of names) {
      if (name.startsWith('.changes-') && name.endsWith('.tmp')) await this.#fs.remove(join(this.#dir, name));
    }
  }

  #report(damage: ArchiveDamage): void {
    const key = `${damage.batch}:${damage.line ?? ''}`;
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    this.#onDamaged(damage);
  }
}
