import { referenceForChange } from '../../../../shared/domain/reference.js';
import { isFinalState } from '../../../../shared/domain/change.js';
import type { QueuedChange } from '../kioskDocument.js';
import { archivedForm } from './archivedChange.js';
import type { ArchivedChange } from './archivedChange.js';
import type { ChangeArchive } from './ChangeArchive.js';

/** A change this kiosk accepted, in its masked form, and where it was found. */
export interface HistoricChange {
  /** For a change still in the store, `finalState` is where it stands now and `finishedAt` its last update. */
  change: ArchivedChange;
  source: 'store' | 'archive';
}

export type ChangeKey = { changeId: string } | { reference: string };

/** An interval of time, `from` included, `to` not. */
export interface TimeRange {
  from: Date;
  to: Date;
}

/**
 * The once-view of every change this kiosk accepted: the store's changes and the archive's, each
 * `changeId` once, the store winning. A change can sit in both for a moment (its batch file is
 * written before the store lets it go) or for good in old data (day files written twice before
 * issue 9); no reader of this view sees it twice.
 */
export interface ChangeHistory {
  /** The change with this id, or the one the receipt reference names (in its normal form). */
  find(key: ChangeKey): Promise<HistoricChange | undefined>;
  /**
   * Every change, or with `during` every change whose life (accepted → finished, or still open)
   * overlaps it: the store's first, then the archive's, newest file first. With `during`, only
   * archive files written since its first day are read: a change is archived after it finished.
   */
  changes(during?: TimeRange): AsyncGenerator<HistoricChange>;
}

function fromStore(entry: QueuedChange): HistoricChange {
  return { change: archivedForm(entry), source: 'store' };
}

function overlaps(change: ArchivedChange, during: TimeRange | undefined): boolean {
  if (during === undefined) return true;
  if (Date.parse(change.acceptedAt) >= during.to.getTime()) return false;
  return !isFinalState(change.finalState) || Date.parse(change.finishedAt) >= during.from.getTime();
}

/** `storeChanges` is read at each call, so the view always starts from the store as it is then. */
export function changeHistory(
  storeChanges: () => readonly QueuedChange[],
  archive: ChangeArchive,
): ChangeHistory {
  return {
    async find(key) {
      const matches =
        'changeId' in key
          ? (change: ArchivedChange) => change.changeId === key.changeId
          : (change: ArchivedChange) => change.reference === key.reference;
      const queued = storeChanges().find((entry) =>
        'changeId' in key
          ? entry.change.changeId === key.changeId
          : referenceForChange(entry.change.changeId) === key.reference,
      );
      if (queued !== undefined) return fromStore(queued);
      // Text every matching line holds, so lines (and files) that cannot match are not parsed.
      const needle = 'changeId' in key ? `"changeId":"${key.changeId}"` : `"reference":"${key.reference}"`;
      for (const file of await archive.files()) {
        const found = (await archive.read(file, (line) => line.includes(needle))).find(matches);
        if (found !== undefined) return { change: found, source: 'archive' };
      }
      return undefined;
    },

    async *changes(during) {
      // Taken in one step: a fold running meanwhile moves changes into files read later, where
      // `seen` skips them.
      const stored = storeChanges().map(fromStore);
      const seen = new Set(stored.map((entry) => entry.change.changeId));
      for (const entry of stored) if (overlaps(entry.change, during)) yield entry;
      const sinceDay = during?.from.toISOString().slice(0, 10);
      for await (const change of archive.entries(sinceDay === undefined ? {} : { sinceDay })) {
        if (seen.has(change.changeId)) continue;
        seen.add(change.changeId);
        if (overlaps(change, during)) yield { change, source: 'archive' };
      }
    },
  };
}
