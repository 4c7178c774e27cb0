import { ChangeArchive } from '../../electron/core/store/archive/ChangeArchive.js';
import type { KioskStore } from '../../electron/core/store/KioskStore.js';
import type { QueuedChange } from '../../electron/core/store/kioskDocument.js';
import type { StoreRecord } from '../../electron/core/store/storeRecords.js';
import { accepted, queuedChange } from './storeFixtures.js';

/**
 * How many copies of each change the data folder holds, across the store and every archive
 * file, read raw (no once-view): what "exactly once" is measured against.
 */
export async function copiesOfChanges(store: KioskStore, dataDir: string): Promise<Map<string, number>> {
  const copies = new Map<string, number>();
  const count = (changeId: string) => copies.set(changeId, (copies.get(changeId) ?? 0) + 1);
  for (const entry of store.read().changes) count(entry.change.changeId);
  for await (const change of new ChangeArchive(dataDir).entries()) count(change.changeId);
  return copies;
}

/** Commits `count` changes the national system applied: what a fold archives. */
export async function commitFinishedChanges(store: KioskStore, count: number): Promise<QueuedChange[]> {
  const entries = Array.from({ length: count }, () => queuedChange(store.allocateSeq()));
  await store.commit(entries.map(accepted));
  const applied: StoreRecord[] = entries.map((entry) => ({
    type: 'change.patched',
    changeId: entry.change.changeId,
    at: entry.updatedAt,
    patch: { state: 'applied', outcomeCode: 'DEVICE_UNLINKED' },
  }));
  await store.commit(applied);
  return entries;
}
