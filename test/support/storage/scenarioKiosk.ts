import { join } from 'node:path';
import type { ChangeOutcome } from '../../../shared/domain/change.js';
import { AuditLog } from '../../../electron/core/audit/AuditLog.js';
import { KioskEventHub } from '../../../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../../../electron/core/queue/ChangeQueue.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import type { AckLedger } from './ackLedger.js';
import type { FaultDisk } from './faultDisk.js';

/**
 * The kiosk as the matrix drives it, in process on real files: the real store, the real queue,
 * and the audit log written the way the handlers write it. `disk` puts both file seams of the
 * store (and the audit log's) under a fault disk.
 */
export interface ScenarioKiosk {
  readonly dataDir: string;
  readonly store: KioskStore;
  readonly queue: ChangeQueue;
  readonly audit: AuditLog;
  readonly ledger: AckLedger;
  close(): Promise<void>;
}

export function storeOptions(dataDir: string, disk?: FaultDisk) {
  return {
    dataDir,
    keySource: keyFileSource(join(dataDir, 'kiosk.key')),
    // Folds happen when the scenario says (`fold`), so that every run writes the same files.
    foldAfterRecords: Number.POSITIVE_INFINITY,
    ...(disk === undefined ? {} : { appendFiles: disk.open, fileSystem: disk.fileSystem }),
  };
}

export async function openScenarioKiosk(
  dataDir: string,
  ledger: AckLedger,
  disk?: FaultDisk,
): Promise<ScenarioKiosk> {
  const store = await openKioskStore(storeOptions(dataDir, disk));
  const queue = new ChangeQueue(store, new KioskEventHub());
  const audit = new AuditLog({ store });
  return {
    dataDir,
    store,
    queue,
    audit,
    ledger,
    async close() {
      await audit.close();
      await store.close();
    },
  };
}

let accounts = 0;

/** A write the store refused (full disk, failed write) promised nothing; anything else is a bug. */
function refusedWrite(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'STORE_FULL' || code === 'STORE_FAILED';
}

/**
 * Accepts `count` changes as a staff member at the counter would, each with its audit line
 * (as `citizenAccess.acceptChange` does). Returns how many the store acknowledged. This and
 * `openScenarioKiosk` are the only places that know how a change meets its audit entry: once
 * the queue commits both in one flush, they follow it here.
 */
export async function acceptChanges(kiosk: ScenarioKiosk, count: number): Promise<number> {
  let acknowledged = 0;
  for (let i = 0; i < count; i++) {
    accounts += 1;
    const idNumber = `0010900${String(accounts % 100_000).padStart(5, '0')}`;
    const deviceId = `device-${accounts}`;
    try {
      // The change and its audit line go in one flush, as `citizenAccess.acceptChange` does.
      const receipt = await kiosk.queue.accept(
        {
          kind: 'unlink-device',
          idNumber,
          deviceId,
          evidence: { method: 'staff', verifiedAt: new Date().toISOString(), staffId: 'CB01' },
        },
        {
          action: 'device.unlink',
          actor: 'staff',
          staffId: 'CB01',
          idNumber,
          verifiedBy: 'staff',
          assisted: true,
          deviceId,
          outcome: 'queued-offline',
        },
      );
      kiosk.ledger.accepted(receipt.changeId);
      acknowledged += 1;
    } catch (error) {
      if (!refusedWrite(error)) throw error;
    }
  }
  return acknowledged;
}

const outcomes: ChangeOutcome[] = ['applied', 'applied', 'duplicate', 'applied', 'conflict', 'rejected'];
let answered = 0;

/**
 * What the sync engine does with the oldest `count` owed changes: marks them sending (durable),
 * then records the national system's answers, mostly applied. With `answer: false` they are
 * left in `sending`, as a crash mid-request would. Returns how many records the store took.
 */
export async function sendOldest(kiosk: ScenarioKiosk, count: number, answer = true): Promise<number> {
  const owed = kiosk.queue
    .unfinished()
    .filter((entry) => entry.state !== 'blocked')
    .slice(0, count)
    .map((entry) => entry.change.changeId);
  if (owed.length === 0) return 0;
  try {
    await kiosk.queue.markSending(owed);
    if (!answer) return owed.length;
    const results = owed.map((changeId) => {
      answered += 1;
      const outcome = outcomes[answered % outcomes.length] ?? 'applied';
      return { changeId, outcome, code: `TEST_${outcome.toUpperCase()}`, message: '' };
    });
    await kiosk.queue.recordResults(results);
    for (const result of results) kiosk.ledger.finished(result.changeId, result.outcome);
    return 2 * owed.length;
  } catch (error) {
    if (!refusedWrite(error)) throw error;
    return 0;
  }
}

/** A fold, as the store runs it in the background; a failed fold loses nothing (the journal holds it). */
export async function fold(kiosk: ScenarioKiosk): Promise<boolean> {
  try {
    await kiosk.store.compact();
    return true;
  } catch {
    return false;
  }
}

/**
 * A day at the counter, in rounds: changes accepted, sent and answered, and a fold once
 * `foldAfterRecords` records have been written since the last one (the store's own rule, run
 * here in step so that every run writes the same files). The last round is never folded, so
 * the newest journal holds acknowledged records.
 */
export async function workDay(kiosk: ScenarioKiosk, rounds: number, foldAfterRecords = 12): Promise<void> {
  let records = 0;
  for (let round = 1; round <= rounds; round++) {
    records += await acceptChanges(kiosk, 1 + (round % 3));
    records += await sendOldest(kiosk, 2, round % 4 !== 0);
    if (records >= foldAfterRecords && round !== rounds) {
      await fold(kiosk);
      records = 0;
    }
  }
}

/** The kiosk goes on once space is freed: more changes, answers and a fold. */
export async function goOn(kiosk: ScenarioKiosk): Promise<void> {
  await acceptChanges(kiosk, 2);
  await sendOldest(kiosk, 3);
  await fold(kiosk);
  await acceptChanges(kiosk, 1);
}
