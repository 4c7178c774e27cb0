import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { KioskError } from '../../../shared/ipc/errors.js';
import type { AuditEntry, AuditFacts } from '../audit/auditEntry.js';
import { AuditFileWriter } from '../audit/AuditFileWriter.js';
import type { AppendFileOpener } from './appendWhole.js';
import { storeWriteError } from './appendWhole.js';
import {
  adoptUnlistedBatches,
  archiveFinishedChanges,
  finishPendingBatch,
  purgeExpiredArchive,
} from './archive/archiveFold.js';
import type { ArchiveFoldContext } from './archive/archiveFold.js';
import { anchorAtStart, auditDamage } from './anchor/anchorAtStart.js';
import { finishedFacts } from './anchor/finishedFacts.js';
import { pendingAudit, sealPendingAudit } from './anchor/pendingAudit.js';
import { recordAcceptedLoss } from './anchor/recordAcceptedLoss.js';
import { StoreLossError } from './anchor/StoreLossError.js';
import { ChangeArchive } from './archive/ChangeArchive.js';
import { changeHistory } from './archive/changeHistory.js';
import { lockDataDir } from './dataDirLock.js';
import { openSnapshot } from './openSnapshot.js';
import { nodeDurableFileSystem } from '../../../storage/durableFileAdapter.js';
import type { DurableFileSystem } from '../../../storage/durableFileAdapter.js';
import { ChangeJournal, journalGenerationOf } from './journal/ChangeJournal.js';
import { replayJournals } from './journal/replayJournals.js';
import { documentVersionOfJournal, JOURNAL_FORMAT_VERSION } from './journal/journalFormat.js';
import { QuiesceGate } from './quiesceGate.js';
import type { DataKeySource } from './keys/dataKey.js';
import type { KioskStore } from './KioskStore.js';
import { DiskWatch, readDiskSpace } from './notices/diskSpace.js';
import type { ReadDiskSpace } from './notices/diskSpace.js';
import { foldFailed } from './foldFailed.js';
import { NoticeBoard } from './notices/NoticeBoard.js';
import { SNAPSHOT_FILE } from './sealedSnapshot.js';
import { StoreWrites } from './StoreWrites.js';
import { applyStoreRecord, indexChanges, StoreRecord } from './storeRecords.js';
import { nodeTimers } from '../timers.js';
import type { Timers } from '../timers.js';
import type { StoreNoticeCode, StoreNoticeDetails } from '../../../shared/ipc/storeNotice.js';

/** How long the archive keeps finished changes unless told otherwise (the day report's reach too). */
export const DEFAULT_ARCHIVE_RETENTION_DAYS = 365;

export interface KioskStoreOptions {
  dataDir: string;
  keySource: DataKeySource;
  /** How the snapshot and the archive's batch files are written whole; a test fails a step here. */
  fileSystem?: DurableFileSystem;
  /** How the journal and the audit file open their files; a test plays a full disk here. */
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
  /** The kiosk's id, named in loss reports. */
  kioskId?: string;
  /**
   * Accept exactly this loss report (`--accept-loss=<id>` on the command line, never a setting):
   * the store re-anchors on the audit file's head, records the acceptance and folds at once.
   */
  acceptLoss?: string;
}

function storeFailure(error: unknown): Error {
  if (error instanceof KioskError || error instanceof StoreLossError) return error;
  return new KioskError('STORE_FAILED', `The kiosk data cannot be opened: ${(error as Error).message}`);
}

/**
 * Opens the kiosk's data: the sealed lowdb snapshot (or its last-good copy) plus every journal
 * generation after it, replayed in order, then checked against the audit file (the anchor).
 * Nothing is ever reset to defaults: a folder that cannot be read stops the start with a
 * message for staff, and acknowledged data that is missing stops it with a loss report
 * (`StoreLossError`) unless that very report is accepted.
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
  const { key, adapter, db, snapshotProblem } = await openSnapshot(dataDir, options.keySource, fs);
  const doc = db.data.document;
  // Notices are store records, kept until staff acknowledge them. One raised before the journal
  // is open, or while the store cannot write, waits in memory (and is shown) until a write works.
  const board = new NoticeBoard({ committed: () => doc.notices, now });
  const notice = <C extends StoreNoticeCode>(code: C, details: StoreNoticeDetails<C>): void => {
    board.raise(code, details);
  };
  if (options.keySource.insteadOfOsKeyStore !== undefined)
    notice('KEY_IN_FILE', options.keySource.insteadOfOsKeyStore);
  if (adapter.mainProblem !== undefined) {
    console.warn(`kiosk store: the main data file was damaged (${adapter.mainProblem})`);
    notice('RECOVERED_FROM_LAST_GOOD', { setAside: adapter.mainSetAside ?? SNAPSHOT_FILE });
  }
  const index = indexChanges(doc);

  // Replay every journal generation the snapshot does not hold yet, oldest first.
  const replay = await replayJournals(dataDir, key, db.data.generation, adapter.source !== 'none');
  // A folder from before issue 9 or 10 that never folded has journals and no snapshot: the
  // first journal's format says which document version wrote it (1 to 4 match).
  if (
    adapter.source === 'none' &&
    snapshotProblem === undefined &&
    replay.firstVersion < JOURNAL_FORMAT_VERSION
  )
    doc.version = documentVersionOfJournal(replay.firstVersion);
  // The head sealed in the snapshot: every audited record after it must be in the journals.
  const baseSeq = doc.version === 1 ? undefined : doc.auditHead.seq;
  for (const record of replay.records) applyStoreRecord(doc, index, record);

  const { tail, check, migration, accepting } = await anchorAtStart({
    dataDir,
    doc,
    knownChangeIds: new Set(index.keys()),
    replay,
    baseSeq,
    snapshotProblem,
    kioskId: options.kioskId ?? 'unknown',
    acceptLoss: options.acceptLoss,
    fs,
    now,
  });

  // Said only once the start goes on: a cut tail that held acknowledged records is a loss, above.
  for (const generation of accepting === undefined ? replay.tornTails : []) {
    console.warn(
      `kiosk store: an unfinished write in journal ${generation} (never acknowledged) was discarded`,
    );
    notice('DISCARDED_UNACKNOWLEDGED_WRITE', { journal: generation });
  }

  let seq = doc.nextSeq;
  const auditFile = new AuditFileWriter({
    dataDir,
    fileHeadSeq: tail.head.seq,
    ...(options.appendFiles === undefined ? {} : { openFile: options.appendFiles }),
  });
  auditFile.owe(check.owed);
  const journal = await ChangeJournal.open({
    dir: dataDir,
    key,
    ...replay.current,
    syncDirectory: (dir) => fs.syncDirectory(dir),
    ...(options.appendFiles === undefined ? {} : { openFile: options.appendFiles }),
    // Audit entries are sealed here, at flush time, from the durable head: a failed flush reuses the seq.
    prepare: (appends) => sealPendingAudit(appends, doc.auditHead, now().toISOString()),
    onDurable: (records) => {
      const entries: AuditEntry[] = [];
      for (const record of records as StoreRecord[]) {
        applyStoreRecord(doc, index, record);
        if (record.type === 'audit.appended') entries.push(record.entry);
      }
      auditFile.owe(entries);
    },
  });
  journal.recordsInGeneration = replay.records.length;

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
  const retentionDays = options.archiveRetentionDays ?? DEFAULT_ARCHIVE_RETENTION_DAYS;
  // The generation of the snapshot in the main file; the last-good copy needs journals from there on.
  let mainGeneration: number | undefined = adapter.source === 'main' ? db.data.generation : undefined;
  let folding: Promise<void> | undefined;
  // Every write to the data folder goes through the gate, so a backup sees it between writes
  // (KioskStore.quiesce). The audit file writer joins it with `gate.write` too.
  const gate = new QuiesceGate();

  const failedWrite = (error: unknown): KioskError => {
    const failure = storeWriteError(error, 'the kiosk data');
    writes.failed(failure);
    return failure;
  };
  // Background audit file writes still running: `close` waits for them before closing the file.
  const auditWrites = new Set<Promise<void>>();
  const writeAuditFileBehind = (): void => {
    const writing = writeAuditFile().finally(() => auditWrites.delete(writing));
    auditWrites.add(writing);
  };
  // No background fold during the start (it commits records of its own) nor once closing.
  let started = false;
  let closing = false;

  /** Writes what the audit file owes; a failure is not the caller's: the journal holds the entries. */
  const writeAuditFile = async (): Promise<void> => {
    await gate
      .write(() => auditFile.catchUp())
      .catch((error: unknown) => {
        console.warn(
          `kiosk audit: ${auditFile.owedCount} entries are durable in the journal but not yet in the audit file (written later): ${(error as Error).message}`,
        );
      });
  };

  const commit = async (
    records: readonly StoreRecord[],
    audit: readonly AuditFacts[] = [],
  ): Promise<readonly AuditEntry[]> => {
    for (const record of records) {
      if (!StoreRecord.safeParse(record).success)
        throw new KioskError('STORE_FAILED', 'Refused a malformed store record.');
    }
    const facts = [...audit, ...finishedFacts(records, index)];
    if (records.length === 0 && facts.length === 0) return [];
    const pending = facts.map(pendingAudit);
    let written: readonly unknown[];
    try {
      written = await gate.write(() => journal.append([...records, ...pending]));
    } catch (error) {
      throw failedWrite(error);
    }
    writes.succeeded();
    if (journal.recordsInGeneration >= foldAfter) scheduleFold();
    // A caller's own entries are on file before it answers, as before issue 9; the kiosk's own
    // `change.finished` entries are written behind the sync engine's back (the journal holds them).
    if (audit.length > 0) await writeAuditFile();
    // A background write, whose failure leaves the entries owed (never lost).
    else if (facts.length > 0) writeAuditFileBehind();
    return (written as StoreRecord[])
      .flatMap((record) => (record.type === 'audit.appended' ? [record.entry] : []))
      .slice(0, audit.length);
  };

  const archiving: ArchiveFoldContext = { doc, get: (changeId) => index.get(changeId), commit, archive, now };

  const fold = async (): Promise<void> => {
    // Intent, batch file, written record: a crash between any two redoes the same batch.
    await archiveFinishedChanges(archiving);
    let writing: Promise<void> = Promise.resolve();
    await journal.rotate(
      (generation) => {
        db.data.generation = generation;
        writing = db.write();
      },
      // The audit file first holds every entry up to the head sealed here, so that no entry is
      // ever only in a journal that a later fold deletes.
      () => auditFile.catchUp(),
    );
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
    if (closing) return Promise.reject(new KioskError('STORE_FAILED', 'The kiosk data is closed.'));
    folding ??= gate.fold(fold).finally(() => {
      folding = undefined;
      afterFold();
    });
    return folding;
  };

  function scheduleFold(): void {
    if (folding || !started) return;
    setImmediate(() => {
      if (closing) return;
      runFold().catch((error: unknown) => {
        foldFailed(error, 'a background fold', writes, notice);
      });
    });
  }

  const diskWatch = new DiskWatch({
    dir: dataDir,
    read: options.diskSpace ?? readDiskSpace,
    timers: options.timers ?? nodeTimers,
    ...(options.diskCheckMs === undefined ? {} : { intervalMs: options.diskCheckMs }),
    onLow: (space) => notice('DISK_LOW', space),
  });
  function afterFold(): void {
    // check() never rejects.
    void diskWatch.check();
  }

  try {
    if (migration !== undefined) await commit([migration]);
    // The audit file catches up with what the journal holds (it may be behind after a crash).
    await writeAuditFile();
    await archive.removeLeftovers();
    // A batch a crash left pending is written now, so the store and the archive never both hold a change for long.
    await finishPendingBatch(archiving).catch((error: unknown) => {
      const failure = storeWriteError(error, 'the archive');
      console.warn(
        `kiosk store: the archive batch left pending could not be written yet: ${failure.message}`,
      );
      notice('BACKGROUND_FOLD_FAILED', { reason: failure.code });
    });
    await archive.checkListed(doc.archive.batches);
    // A migrated folder is folded before anything in the new format can be written: its snapshot
    // and journal then say the new version, and an older kiosk refuses it by that version
    // (StoreVersionError) instead of meeting a record it cannot read in a journal it thinks it knows.
    // A failed fold is said and the start goes on: `store.migrated` already makes an older kiosk
    // refuse. An accepted loss folds once it is recorded instead (recordAcceptedLoss).
    if (migration !== undefined && accepting === undefined)
      await runFold().catch((error: unknown) =>
        foldFailed(error, 'the fold after a migration', writes, notice),
      );
    writes.recovered.subscribe(() => {
      // flush() never rejects: a notice that still cannot be written stays pending.
      void board.flush();
    });
    await board.attach(commit);
    for (const damage of auditDamage(check, tail)) {
      console.error(`kiosk audit: ${damage.message}`);
      notice('AUDIT_DAMAGED', damage.details);
    }
    if (accepting !== undefined) {
      await adoptUnlistedBatches(archiving);
      const raiseNotice = (reportId: string) => notice('LOSS_ACCEPTED', { reportId });
      await recordAcceptedLoss({ doc, tail, commit, fold: runFold, raiseNotice, now }, accepting);
    }
    await diskWatch.check();
  } catch (error) {
    await journal.close().catch(() => undefined);
    await auditFile.close().catch(() => undefined);
    throw error;
  }
  diskWatch.start();
  started = true;
  if (journal.recordsInGeneration >= foldAfter) scheduleFold();

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
        throw failedWrite(error);
      }
      writes.succeeded();
    },
    notices: () => board.open(),
    acknowledgeNotice: (noticeId, staffId) => board.acknowledge(noticeId, staffId),
    noticesChanged: board.changed,
    compact: runFold,
    quiesce: (fn) => gate.quiesce(fn),
    async close() {
      closing = true;
      diskWatch.stop();
      await folding?.catch(() => undefined);
      await Promise.all(auditWrites);
      await board.flush();
      await journal.close();
      await auditFile.close();
      await unlock();
    },
  };
}
