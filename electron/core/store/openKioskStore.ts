import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { KioskError } from '../../../shared/ipc/errors.js';
import type { AppendFileOpener } from './appendWhole.js';
import { storeWriteError } from './appendWhole.js';
import { archiveFinishedChanges, finishPendingBatch, purgeExpiredArchive } from './archive/archiveFold.js';
import type { ArchiveFoldContext } from './archive/archiveFold.js';
import { ChangeArchive } from './archive/ChangeArchive.js';
import { changeHistory } from './archive/changeHistory.js';
import { lockDataDir } from './dataDirLock.js';
import { nodeDurableFileSystem } from '../../../storage/durableFileAdapter.js';
import type { DurableFileSystem } from '../../../storage/durableFileAdapter.js';
import { ChangeJournal, journalFileName, journalGenerationOf } from './journal/ChangeJournal.js';
import { parseJournal } from './journal/journalFormat.js';
import { QuiesceGate } from './quiesceGate.js';
import type { DataKeySource } from './keys/dataKey.js';
import { emptyKioskDocument } from './kioskDocument.js';
import type { KioskStore } from './KioskStore.js';
import { DiskWatch, readDiskSpace } from './notices/diskSpace.js';
import type { ReadDiskSpace } from './notices/diskSpace.js';
import { NoticeBoard } from './notices/NoticeBoard.js';
import { SealedSnapshotAdapter, SNAPSHOT_FILE } from './sealedSnapshot.js';
import { StoreWrites } from './StoreWrites.js';
import type { KioskSnapshot } from './sealedSnapshot.js';
import { applyStoreRecord, indexChanges, StoreRecord } from './storeRecords.js';
import { nodeTimers } from '../timers.js';
import type { Timers } from '../timers.js';
import type { StoreNoticeCode, StoreNoticeDetails } from '../../../shared/ipc/storeNotice.js';

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
  /** How the free space of the data folder's disk is read (`fs.statfs`); a test plays a low disk here. */
  diskSpace?: ReadDiskSpace;
  /** Between two looks at the free disk space; 60 s by default. */
  diskCheckMs?: number;
  timers?: Timers;
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

  // A crash mid-fold can leave a temp snapshot behind; it was never renamed into place.
  for (const name of await readdir(dataDir)) {
    if (name.startsWith(`.${SNAPSHOT_FILE}.`) && name.endsWith('.tmp')) await fs.remove(join(dataDir, name));
  }
  const adapter = new SealedSnapshotAdapter(dataDir, key, fs);
  const db = new Low<KioskSnapshot>(adapter, { generation: 1, document: emptyKioskDocument() });
  await db.read();
  const doc = db.data.document;
  // Notices are store records, kept until staff acknowledge them. One raised before the journal
  // is open, or while the store cannot write, waits in memory (and is shown) until a write works.
  const board = new NoticeBoard({ committed: () => doc.notices, now });
  const notice = <C extends StoreNoticeCode>(code: C, details: StoreNoticeDetails<C>): void => {
    board.raise(code, details);
  };
  if (adapter.mainProblem !== undefined) {
    console.warn(`kiosk store: the main data file was damaged (${adapter.mainProblem})`);
    notice('RECOVERED_FROM_LAST_GOOD', { setAside: adapter.mainSetAside ?? SNAPSHOT_FILE });
  }
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
    if (contents.tornTail) notice('DISCARDED_UNACKNOWLEDGED_WRITE', { journal: generation });
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
      console.warn(
        `kiosk store: the archive file ${damage.batch}${damage.changes === undefined ? '' : ` (${damage.changes} changes)`} ${what}; it was set aside, never read as valid.`,
      );
      notice('ARCHIVE_DAMAGED', damage);
    },
  });
  const writes = new StoreWrites();
  const foldAfter = options.foldAfterRecords ?? 2_000;
  const retentionDays = options.archiveRetentionDays ?? 365;
  // The generation of the snapshot in the main file; the last-good copy needs journals from there on.
  let mainGeneration: number | undefined = adapter.source === 'main' ? db.data.generation : undefined;
  let folding: Promise<void> | undefined;
  // Every write to the data folder goes through the gate, so a backup sees it between writes
  // (KioskStore.quiesce). The audit file writer joins it with `gate.write` too.
  const gate = new QuiesceGate();

  const commit = async (records: readonly StoreRecord[]): Promise<void> => {
    if (records.length === 0) return;
    for (const record of records) {
      if (!StoreRecord.safeParse(record).success)
        throw new KioskError('STORE_FAILED', 'Refused a malformed store record.');
    }
    try {
      await gate.write(() => journal.append(records));
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
    folding ??= gate.fold(fold).finally(() => {
      folding = undefined;
      afterFold();
    });
    return folding;
  };

  function scheduleFold(): void {
    if (folding) return;
    setImmediate(() => {
      runFold().catch((error: unknown) => {
        const failure = storeWriteError(error, 'the snapshot (a background fold)');
        console.warn(`kiosk store: a background fold failed: ${failure.message}`);
        // A full disk stops the store as surely as a failed append: the sync engine must pause
        // until a write goes through again. Any other failure leaves appends working.
        if (failure.code === 'STORE_FULL') writes.failed(failure);
        notice('BACKGROUND_FOLD_FAILED', { reason: failure.code });
      });
    });
  }

  await archive.removeLeftovers();
  // A batch a crash left pending is written now, so the store and the archive never both hold a change for long.
  await finishPendingBatch(archiving).catch((error: unknown) => {
    const failure = storeWriteError(error, 'the archive');
    console.warn(`kiosk store: the archive batch left pending could not be written yet: ${failure.message}`);
    notice('BACKGROUND_FOLD_FAILED', { reason: failure.code });
  });
  await archive.checkListed(doc.archive.batches);

  const diskWatch = new DiskWatch({
    dir: dataDir,
    read: options.diskSpace ?? readDiskSpace,
    timers: options.timers ?? nodeTimers,
    ...(options.diskCheckMs === undefined ? {} : { intervalMs: options.diskCheckMs }),
    onLow: (space) => notice('DISK_LOW', space),
  });
  const afterFold = (): void => {
    // check() never rejects.
    void diskWatch.check();
  };

  writes.recovered.subscribe(() => {
    // flush() never rejects: a notice that still cannot be written stays pending.
    void board.flush();
  });
  await board.attach(commit);
  await diskWatch.check();
  diskWatch.start();

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
        await gate.write(() => journal.append([]));
      } catch (error) {
        const failure = storeWriteError(error, 'the kiosk data');
        writes.failed(failure);
        throw failure;
      }
      writes.succeeded();
    },
    notices: () => board.open(),
    acknowledgeNotice: (noticeId, staffId) => board.acknowledge(noticeId, staffId),
    noticesChanged: board.changed,
    compact: runFold,
    quiesce: (fn) => gate.quiesce(fn),
    async close() {
      diskWatch.stop();
      await folding?.catch(() => undefined);
      await board.flush();
      await journal.close();
      await unlock();
    },
  };
}
