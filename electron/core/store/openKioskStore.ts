import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { KioskError } from '../../../shared/ipc/errors.js';
import type { AppendFileOpener } from './appendWhole.js';
import { storeWriteError } from './appendWhole.js';
import { archiveFinishedChanges, finishPendingBatch, purgeExpiredArchive } from './archive/archiveFold.js';
import type { ArchiveFoldContext } from './archive/archiveFold.js';
import { ChangeArchive } from './archive/ChangeArchive.js';
import type { ArchiveDamage } from './archive/ChangeArchive.js';
import { changeHistory } from './archive/changeHistory.js';
import { lockDataDir } from './dataDirLock.js';
import { nodeDurableFileSystem } from '../../../storage/durableFileAdapter.js';
import type { DurableFileSystem } from '../../../storage/durableFileAdapter.js';
import { ChangeJournal, journalFileName, journalGenerationOf } from './journal/ChangeJournal.js';
import { parseJournal } from './journal/journalFormat.js';
import type { DataKeySource } from './keys/dataKey.js';
import { emptyKioskDocument } from './kioskDocument.js';
import type { KioskStore, StoreNotice } from './KioskStore.js';
import { SealedSnapshotAdapter, SNAPSHOT_FILE } from './sealedSnapshot.js';
import { StoreWrites } from './StoreWrites.js';
import type { KioskSnapshot } from './sealedSnapshot.js';
import { applyStoreRecord, indexChanges, StoreRecord } from './storeRecords.js';

export interface KioskStoreOptions {
  dataDir: string;
  keySource: DataKeySource;
  /** How the snapshot and the archive's batch files are written whole; a test fails a step here. */
  fileSystem?: DurableFileSystem;
  /** How the journal opens its files; a test plays a full disk here. */
  appendFiles?: AppendFileOpener;
  /** Fold the journal into the snapshot once this many records have been appended since the last fold. */
  foldAfterRecords?: number;
  archiveRetentionDays?: number;
  now?: () => Date;
}

function storeFailure(error: unknown): KioskError {
  if (error instanceof KioskError) return error;
  return new KioskError('STORE_FAILED', `The kiosk data cannot be opened: ${(error as Error).message}`);
}

/**
 * Opens the kiosk's data: the sealed lowdb snapshot (or its last-good copy) plus every journal
 * generation after it, replayed in order. Nothing is ever reset to defaults: a folder that
 * cannot be read stops the start with a message for staff.
 */
export async function openKioskStore(options: KioskStoreOptions): Promise<KioskStore> {
  const { dataDir } = options;
  const fs = options.fileSystem ?? nodeDurableFileSystem;
  const now = options.now ?? (() => new Date());
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const unlock = await lockDataDir(dataDir);
  try {
    return await openLocked(options, fs, now, unlock);
  } catch (error) {
    await unlock();
    throw storeFailure(error);
  }
}

async function openLocked(
  options: KioskStoreOptions,
  fs: DurableFileSystem,
  now: () => Date,
  unlock: () => Promise<void>,
): Promise<KioskStore> {
  const { dataDir } = options;
  const key = await options.keySource.load();
  const notices: StoreNotice[] = [];
  const notice = (code: StoreNotice['code'], message: string, details?: ArchiveDamage) => {
    notices.push({ code, message, at: now().toISOString(), ...(details === undefined ? {} : { details }) });
    console.warn(`kiosk store: ${message}`);
  };

  // A crash mid-fold can leave a temp snapshot behind; it was never renamed into place.
  for (const name of await readdir(dataDir)) {
    if (name.startsWith(`.${SNAPSHOT_FILE}.`) && name.endsWith('.tmp')) await fs.remove(join(dataDir, name));
  }
  const adapter = new SealedSnapshotAdapter(dataDir, key, fs);
  const db = new Low<KioskSnapshot>(adapter, { generation: 1, document: emptyKioskDocument() });
  await db.read();
  if (adapter.mainProblem !== undefined) {
    notice(
      'RECOVERED_FROM_LAST_GOOD',
      `The main data file was damaged (${adapter.mainProblem}); it was set aside and the last-good copy was used with every later journal, so nothing was lost.`,
    );
  }
  const doc = db.data.document;
  const index = indexChanges(doc);

  // Replay every journal generation the snapshot does not hold yet, oldest first.
  const generations = (await readdir(dataDir))
    .map(journalGenerationOf)
    .filter(
      (generation): generation is number => generation !== undefined && generation >= db.data.generation,
    )
    .sort((a, b) => a - b);
  generations.forEach((generation, i) => {
    if (generation !== db.data.generation + i)
      throw new Error(`journal generation ${db.data.generation + i} is missing`);
  });
  let current = { generation: db.data.generation, committedLength: 0, lastFlush: 0 };
  let replayed = 0;
  for (const generation of generations) {
    const contents = parseJournal(key, await readFile(join(dataDir, journalFileName(generation))));
    for (const raw of contents.records) {
      const record = StoreRecord.safeParse(raw);
      if (!record.success) throw new Error(`journal ${generation} holds a record of unknown shape`);
      applyStoreRecord(doc, index, record.data);
    }
    replayed += contents.records.length;
    if (contents.tornTail) {
      notice(
        'DISCARDED_UNACKNOWLEDGED_WRITE',
        `An unfinished write in journal ${generation} (never acknowledged) was discarded.`,
      );
    }
    current = { generation, committedLength: contents.committedLength, lastFlush: contents.lastFlush };
  }

  let seq = doc.nextSeq;
  const journal = await ChangeJournal.open({
    dir: dataDir,
    key,
    ...current,
    syncDirectory: (dir) => fs.syncDirectory(dir),
    ...(options.appendFiles === undefined ? {} : { openFile: options.appendFiles }),
    onDurable: (records) => {
      for (const record of records) applyStoreRecord(doc, index, record as StoreRecord);
    },
  });
  journal.recordsInGeneration = replayed;

  const archive = new ChangeArchive(dataDir, {
    fileSystem: fs,
    onDamaged: (damage) => {
      const what =
        damage.line === undefined ? 'is missing or cut short' : `has a damaged line ${damage.line}`;
      notice(
        'ARCHIVE_DAMAGED',
        `The archive file ${damage.batch}${damage.changes === undefined ? '' : ` (${damage.changes} changes)`} ${what}; it was set aside, never read as valid.`,
        damage,
      );
    },
  });
  const writes = new StoreWrites();
  const foldAfter = options.foldAfterRecords ?? 2_000;
  const retentionDays = options.archiveRetentionDays ?? 365;
  // The generation of the snapshot in the main file; the last-good copy needs journals from there on.
  let mainGeneration: number | undefined = adapter.source === 'main' ? db.data.generation : undefined;
  let folding: Promise<void> | undefined;

  const commit = async (records: readonly StoreRecord[]): Promise<void> => {
    if (records.length === 0) return;
    for (const record of records) {
      if (!StoreRecord.safeParse(record).success)
        throw new KioskError('STORE_FAILED', 'Refused a malformed store record.');
    }
    try {
      await journal.append(records);
    } catch (error) {
      const failure = storeWriteError(error, 'the kiosk data');
      writes.failed(failure);
      throw failure;
    }
    writes.succeeded();
    if (journal.recordsInGeneration >= foldAfter) scheduleFold();
  };

  const archiving: ArchiveFoldContext = { doc, get: (changeId) => index.get(changeId), commit, archive, now };

  const fold = async (): Promise<void> => {
    // Intent, batch file, written record: a crash between any two redoes the same batch.
    await archiveFinishedChanges(archiving);
    let writing: Promise<void> = Promise.resolve();
    await journal.rotate((generation) => {
      db.data.generation = generation;
      writing = db.write();
    });
    await writing;
    const lastGoodGeneration = mainGeneration;
    mainGeneration = db.data.generation;
    if (lastGoodGeneration !== undefined) {
      for (const name of await readdir(dataDir)) {
        const generation = journalGenerationOf(name);
        if (generation !== undefined && generation < lastGoodGeneration) await unlink(join(dataDir, name));
      }
    }
    await purgeExpiredArchive(archiving, retentionDays);
  };

  const runFold = (): Promise<void> => {
    folding ??= fold().finally(() => {
      folding = undefined;
    });
    return folding;
  };

  function scheduleFold(): void {
    if (folding) return;
    setImmediate(() => {
      runFold().catch((error: unknown) => {
        notice(
          'BACKGROUND_FOLD_FAILED',
          `Folding the journal into the snapshot failed (the journal still holds everything): ${(error as Error).message}`,
        );
      });
    });
  }

  await archive.removeLeftovers();
  // A batch a crash left pending is written now, so the store and the archive never both hold a change for long.
  await finishPendingBatch(archiving).catch((error: unknown) => {
    notice(
      'BACKGROUND_FOLD_FAILED',
      `Writing the archive batch left pending failed (the store still holds its changes): ${(error as Error).message}`,
    );
  });
  await archive.checkListed(doc.archive.batches);
  if (replayed >= foldAfter) scheduleFold();

  return {
    read: () => doc,
    get: (changeId) => index.get(changeId),
    history: changeHistory(() => doc.changes, archive),
    allocateSeq: () => seq++,
    commit,
    writes,
    async probeWrites() {
      if (writes.failure === undefined) return;
      try {
        await journal.append([]);
      } catch (error) {
        const failure = storeWriteError(error, 'the kiosk data');
        writes.failed(failure);
        throw failure;
      }
      writes.succeeded();
    },
    notices: () => notices,
    compact: runFold,
    async close() {
      await folding?.catch(() => undefined);
      await journal.close();
      await unlock();
    },
  };
}
