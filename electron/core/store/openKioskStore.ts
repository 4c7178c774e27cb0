import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { KioskError } from '../../../shared/ipc/errors.js';
import type { AuditEntry, AuditFacts } from '../audit/auditEntry.js';
import { sealAuditEntry } from '../audit/auditEntry.js';
import { AuditFileWriter } from '../audit/AuditFileWriter.js';
import type { AppendFileOpener } from './appendWhole.js';
import { storeWriteError } from './appendWhole.js';
import { anchorAtStart, auditDamage } from './anchor/anchorAtStart.js';
import { finishedFacts } from './anchor/finishedFacts.js';
import { StoreLossError } from './anchor/StoreLossError.js';
import { ChangeArchive } from './archive/ChangeArchive.js';
import { lockDataDir } from './dataDirLock.js';
import { nodeDurableFileSystem } from '../../../storage/durableFileAdapter.js';
import type { DurableFileSystem } from '../../../storage/durableFileAdapter.js';
import { ChangeJournal, journalGenerationOf } from './journal/ChangeJournal.js';
import { replayJournals } from './journal/replayJournals.js';
import type { DataKeySource } from './keys/dataKey.js';
import { emptyKioskDocument } from './kioskDocument.js';
import type { KioskStore, StoreNotice } from './KioskStore.js';
import { SealedSnapshotAdapter, SNAPSHOT_FILE, SnapshotUnreadableError } from './sealedSnapshot.js';
import { StoreWrites } from './StoreWrites.js';
import type { KioskSnapshot } from './sealedSnapshot.js';
import { applyStoreRecord, indexChanges, StoreRecord } from './storeRecords.js';

export interface KioskStoreOptions {
  dataDir: string;
  keySource: DataKeySource;
  fileSystem?: DurableFileSystem;
  /** How the journal, the audit file and the archive open their files; a test plays a full disk here. */
  appendFiles?: AppendFileOpener;
  /** Fold the journal into the snapshot once this many records have been appended since the last fold. */
  foldAfterRecords?: number;
  archiveRetentionDays?: number;
  now?: () => Date;
  /** The kiosk's id, named in loss reports. */
  kioskId?: string;
  /**
   * Accept exactly this loss report (`--accept-loss=<id>` on the command line, never a setting):
   * the store re-anchors on the audit file's head, records the acceptance and folds at once.
   */
  acceptLoss?: string;
}

/** An audit entry waiting in the journal's queue: sealed at flush time (see `commit`). */
interface PendingAudit {
  type: 'audit.pending';
  facts: AuditFacts;
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
  // A folder holding sealed data never gets a new key: that would be a silent reset.
  const key = await options.keySource.load({ create: !(await holdsSealedData(dataDir)) });
  const notices: StoreNotice[] = [];
  const notice = (code: StoreNotice['code'], details: Record<string, unknown>, message: string) => {
    notices.push({ code, message, at: now().toISOString(), details });
    console.warn(`kiosk store: ${message}`);
  };

  // A crash mid-fold can leave a temp snapshot behind; it was never renamed into place.
  for (const name of await readdir(dataDir)) {
    if (name.startsWith(`.${SNAPSHOT_FILE}.`) && name.endsWith('.tmp')) await fs.remove(join(dataDir, name));
  }
  const adapter = new SealedSnapshotAdapter(dataDir, key, fs);
  const db = new Low<KioskSnapshot>(adapter, { generation: 1, document: emptyKioskDocument() });
  let snapshotProblem: string | undefined;
  try {
    await db.read();
  } catch (error) {
    // A wrong key is not damage: nothing is lost, the kiosk needs its own key.
    if (!(error instanceof SnapshotUnreadableError) || error.wrongKey) throw error;
    snapshotProblem = error.message;
    db.data = { generation: (await oldestJournal(dataDir)) ?? 1, document: emptyKioskDocument() };
  }
  if (adapter.mainProblem !== undefined) {
    notice(
      'RECOVERED_FROM_LAST_GOOD',
      { problem: adapter.mainProblem },
      `The main data file was damaged (${adapter.mainProblem}); it was set aside and the last-good copy was used with every later journal, so nothing was lost.`,
    );
  }
  const doc = db.data.document;
  const index = indexChanges(doc);

  // Replay every journal generation the snapshot does not hold yet, oldest first.
  const replay = await replayJournals(dataDir, key, db.data.generation, adapter.source !== 'none');
  // A folder from before issue 9 that never folded has journals and no snapshot.
  if (adapter.source === 'none' && snapshotProblem === undefined && replay.firstVersion === 1)
    doc.version = 1;
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
    notice(
      'DISCARDED_UNACKNOWLEDGED_WRITE',
      { generation },
      `An unfinished write in journal ${generation} (never acknowledged) was discarded.`,
    );
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
    prepare: (appends) => {
      let head = doc.auditHead;
      const at = now().toISOString();
      return appends.map((records) =>
        records.map((record) => {
          if ((record as PendingAudit).type !== 'audit.pending') return record;
          const entry = sealAuditEntry((record as PendingAudit).facts, head.seq + 1, at, head.hash);
          head = { seq: entry.seq, hash: entry.hash };
          return { type: 'audit.appended', entry };
        }),
      );
    },
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

  const archive = new ChangeArchive(dataDir, options.appendFiles);
  const writes = new StoreWrites();
  const foldAfter = options.foldAfterRecords ?? 2_000;
  const retentionDays = options.archiveRetentionDays ?? 365;
  // The generation of the snapshot in the main file; the last-good copy needs journals from there on.
  let mainGeneration: number | undefined = adapter.source === 'main' ? db.data.generation : undefined;
  let folding: Promise<void> | undefined;

  /** Writes what the audit file owes; a failure is not the caller's: the journal holds the entries. */
  const writeAuditFile = async (): Promise<void> => {
    await auditFile.catchUp().catch((error: unknown) => {
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
    const pending: PendingAudit[] = facts.map((entry) => ({ type: 'audit.pending', facts: entry }));
    let written: readonly unknown[];
    try {
      written = await journal.append([...records, ...pending]);
    } catch (error) {
      const failure = storeWriteError(error, 'the kiosk data');
      writes.failed(failure);
      throw failure;
    }
    writes.succeeded();
    if (journal.recordsInGeneration >= foldAfter) scheduleFold();
    // A caller's own entries are on file before it answers, as before issue 9; the kiosk's own
    // `change.finished` entries are written behind the sync engine's back (the journal holds them).
    if (audit.length > 0) await writeAuditFile();
    // A background write, whose failure leaves the entries owed (never lost).
    else if (facts.length > 0) void writeAuditFile();
    return (written as StoreRecord[])
      .flatMap((record) => (record.type === 'audit.appended' ? [record.entry] : []))
      .slice(0, audit.length);
  };

  const fold = async (): Promise<void> => {
    const finished = doc.changes.filter((entry) => entry.state === 'applied' || entry.state === 'duplicate');
    if (finished.length > 0) {
      await archive.append(finished, now());
      await commit([{ type: 'change.archived', changeIds: finished.map((entry) => entry.change.changeId) }]);
    }
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
    await archive.purgeOlderThan(retentionDays, now());
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
          { reason: (error as Error).message },
          `Folding the journal into the snapshot failed (the journal still holds everything): ${(error as Error).message}`,
        );
      });
    });
  }

  try {
    if (migration !== undefined) await commit([migration]);
    // The audit file catches up with what the journal holds (it may be behind after a crash).
    await writeAuditFile();
    for (const damage of auditDamage(check, tail)) {
      notice('AUDIT_DAMAGED', damage.details, damage.message);
      console.error(`kiosk audit: ${damage.message}`);
    }
    if (accepting !== undefined) {
      // Re-anchor on the audit file's head when it is ahead, record the acceptance in the audit
      // chain, and fold twice so the gap is behind a fresh snapshot and its last-good copy.
      if (tail.head.seq > doc.auditHead.seq) doc.auditHead = { ...tail.head };
      await commit(
        [
          {
            type: 'store.lossAccepted',
            reportId: accepting.id,
            kind: accepting.kind,
            auditHead: { ...doc.auditHead },
            at: now().toISOString(),
          },
        ],
        [
          {
            action: 'store.lossAccepted',
            actor: 'kiosk',
            outcome: accepting.kind,
            detail: `loss report ${accepting.id}`,
          },
        ],
      );
      await runFold();
      await runFold();
      notice(
        'LOSS_ACCEPTED',
        { reportId: accepting.id },
        `Loss report ${accepting.id} was accepted at start.`,
      );
    }
  } catch (error) {
    await journal.close().catch(() => undefined);
    await auditFile.close().catch(() => undefined);
    throw error;
  }

  if (replay.records.length >= foldAfter) scheduleFold();

  return {
    read: () => doc,
    get: (changeId) => index.get(changeId),
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
      await auditFile.close();
      await unlock();
    },
  };
}

async function holdsSealedData(dataDir: string): Promise<boolean> {
  return (await readdir(dataDir)).some(
    (name) =>
      journalGenerationOf(name) !== undefined ||
      (name.startsWith('kiosk-snapshot') && name.endsWith('.sealed')),
  );
}

async function oldestJournal(dataDir: string): Promise<number | undefined> {
  const generations = (await readdir(dataDir))
    .map(journalGenerationOf)
    .filter((generation): generation is number => generation !== undefined);
  return generations.length === 0 ? undefined : Math.min(...generations);
}
