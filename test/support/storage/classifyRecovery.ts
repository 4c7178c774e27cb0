import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import type { AckLedger } from './ackLedger.js';
import { findPresence } from './presence.js';
import { storeOptions } from './scenarioKiosk.js';

/**
 * What a start did with a data folder after a fault:
 * - `recovered`: every acknowledged change is there exactly once and no final state went back;
 * - `started-with-notice`: it started, and every acknowledged change that is not there (or went
 *   back) is named by a durable store notice, or sits on an archive line whose checksum fails
 *   (the archive reader skips it and raises `ARCHIVE_DAMAGED` when it reads it);
 * - `refused-with-report`: it refused with a loss report (`StoreLossError`), and the report lists
 *   every change found missing once that report is accepted (`--accept-loss`);
 * and the failures: `REFUSED-WITHOUT-REPORT` (it stopped, but with no loss report),
 * `ACCEPT-LOSS-FAILED` (a report was written but accepting it did not open the store),
 * `SILENT-LOSS`, `SILENT-ROLLBACK` (an acknowledged final state went back, unreported) and
 * `DOUBLED` (a change found twice, store and archive together).
 */
export type RecoveryOutcome =
  | 'recovered'
  | 'started-with-notice'
  | 'refused-with-report'
  | 'REFUSED-WITHOUT-REPORT'
  | 'ACCEPT-LOSS-FAILED'
  | 'SILENT-LOSS'
  | 'SILENT-ROLLBACK'
  | 'DOUBLED';

export const acceptableOutcomes: ReadonlySet<RecoveryOutcome> = new Set([
  'recovered',
  'started-with-notice',
  'refused-with-report',
]);

export interface Classification {
  outcome: RecoveryOutcome;
  acknowledged: number;
  present: number;
  lost: number;
  doubled: number;
  rolledBack: number;
  /** Of those lost or gone back, how many no report and no notice names. */
  unreportedLost: number;
  unreportedRollbacks: number;
  note: string;
}

interface LossReportLike {
  id: string;
  affectedChanges: { changeId: string }[];
}

/** A refusal from the store, read by its name and shape: the loss report's module belongs to the anchored store. */
function lossReportOf(error: unknown): { report: LossReportLike; reportPath: string } | undefined {
  const refusal = error as { name?: unknown; report?: unknown; reportPath?: unknown };
  if (refusal.name !== 'StoreLossError') return undefined;
  const report = refusal.report as Partial<LossReportLike> | undefined;
  if (typeof report?.id !== 'string' || !Array.isArray(report.affectedChanges)) return undefined;
  if (typeof refusal.reportPath !== 'string') return undefined;
  return { report: report as LossReportLike, reportPath: refusal.reportPath };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 140) ?? '';
}

/**
 * Opens the data folder as a restarted kiosk would and compares what it finds with what was
 * acknowledged. `archivedBefore` says which archive file held each change before the fault, so
 * a notice that names a damaged or missing file (or its batch) accounts for the changes in it.
 */
export async function classifyRecovery(
  dataDir: string,
  ledger: AckLedger,
  archivedBefore: ReadonlyMap<string, string> = new Map(),
): Promise<Classification> {
  const reports: LossReportLike[] = [];
  let store: KioskStore | undefined;
  let refusal: string | undefined;
  while (store === undefined && reports.length < 4) {
    const acceptLoss = reports.at(-1)?.id;
    // `acceptLoss` is the anchored store's option (`--accept-loss=<id>`); older code ignores it.
    const options = Object.assign(storeOptions(dataDir), acceptLoss === undefined ? {} : { acceptLoss });
    try {
      store = await openKioskStore(options);
    } catch (error) {
      const loss = lossReportOf(error);
      const again = loss !== undefined && reports.some((report) => report.id === loss.report.id);
      if (loss === undefined || again) {
        refusal = firstLine(error);
        break;
      }
      const written = await access(loss.reportPath).then(
        () => true,
        () => false,
      );
      if (!written) {
        refusal = `the loss report ${loss.reportPath} is not on disk`;
        break;
      }
      reports.push(loss.report);
    }
  }
  const acknowledged = ledger.size;
  if (store === undefined) {
    const outcome = reports.length === 0 ? 'REFUSED-WITHOUT-REPORT' : 'ACCEPT-LOSS-FAILED';
    const unknown = {
      present: 0,
      lost: 0,
      doubled: 0,
      rolledBack: 0,
      unreportedLost: 0,
      unreportedRollbacks: 0,
    };
    return { outcome, acknowledged, ...unknown, note: refusal ?? '' };
  }

  let notices: string;
  let presence;
  try {
    notices = JSON.stringify(store.notices());
    presence = await findPresence(dataDir, store.read());
  } finally {
    await store.close();
  }
  const listed = new Set(reports.flatMap((report) => report.affectedChanges.map((entry) => entry.changeId)));
  const namedByNotice = (changeId: string): boolean => {
    if (notices.includes(changeId)) return true;
    const file = archivedBefore.get(changeId);
    if (file === undefined) return false;
    const name = basename(file);
    // A batch file is `changes-<day>.<batchId>.jsonl`: a notice may name the file or the batch.
    const batchId = name.split('.').length === 3 ? name.split('.')[1] : undefined;
    return notices.includes(name) || (batchId !== undefined && notices.includes(batchId));
  };

  const ids = ledger.changeIds;
  const lost = ids.filter((id) => (presence.counts.get(id) ?? 0) === 0);
  const doubled = ids.filter((id) => (presence.counts.get(id) ?? 0) > 1);
  const rolledBack = ids.filter((id) => {
    const acknowledgedState = ledger.finalStateOf(id);
    const found = presence.states.get(id);
    return acknowledgedState !== undefined && found !== undefined && found !== acknowledgedState;
  });
  let checksummedDamage = presence.damagedLines.filter((line) => line.checksummed).length;
  const unaccounted = (id: string): boolean => {
    if (listed.has(id) || namedByNotice(id)) return false;
    if (archivedBefore.has(id) && checksummedDamage > 0) {
      checksummedDamage -= 1;
      return false;
    }
    return true;
  };
  const silentLoss = lost.filter(unaccounted);
  const silentRollback = rolledBack.filter((id) => !listed.has(id) && !namedByNotice(id));
  const counts = {
    acknowledged,
    present: ids.length - lost.length,
    lost: lost.length,
    doubled: doubled.length,
    rolledBack: rolledBack.length,
    unreportedLost: silentLoss.length,
    unreportedRollbacks: silentRollback.length,
  };
  const notes = [
    reports.length > 0 ? `loss report ${reports.map((report) => report.id).join(', ')}` : '',
    silentLoss.length > 0 ? `unreported: ${silentLoss.slice(0, 2).join(', ')}` : '',
    silentRollback.length > 0 ? `went back: ${silentRollback.slice(0, 2).join(', ')}` : '',
    doubled.length > 0 ? `doubled: ${doubled.slice(0, 2).join(', ')}` : '',
  ].filter((note) => note !== '');
  const outcome: RecoveryOutcome =
    doubled.length > 0
      ? 'DOUBLED'
      : silentRollback.length > 0
        ? 'SILENT-ROLLBACK'
        : silentLoss.length > 0
          ? 'SILENT-LOSS'
          : reports.length > 0
            ? 'refused-with-report'
            : lost.length > 0 || rolledBack.length > 0
              ? 'started-with-notice'
              : 'recovered';
  return { outcome, ...counts, note: notes.join('; ') };
}
