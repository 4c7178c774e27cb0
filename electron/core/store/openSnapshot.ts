import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { DurableFileSystem } from '../../../storage/durableFileAdapter.js';
import { journalGenerations } from './journal/replayJournals.js';
import type { DataKeySource } from './keys/dataKey.js';
import { emptyKioskDocument } from './kioskDocument.js';
import { SealedSnapshotAdapter, SNAPSHOT_FILE, SnapshotUnreadableError } from './sealedSnapshot.js';
import type { KioskSnapshot } from './sealedSnapshot.js';

export interface OpenedSnapshot {
  key: Buffer;
  adapter: SealedSnapshotAdapter;
  db: Low<KioskSnapshot>;
  /** Neither snapshot file could be read: the anchored start decides whether that lost data. */
  snapshotProblem: string | undefined;
}

/**
 * The data key and the sealed snapshot (or its last-good copy). An unreadable pair is not
 * thrown here but reported, so the start can tell a fresh folder from lost history.
 */
export async function openSnapshot(
  dataDir: string,
  keySource: DataKeySource,
  fs: DurableFileSystem,
): Promise<OpenedSnapshot> {
  // A folder holding sealed data never gets a new key: that would be a silent reset.
  const key = await keySource.load({ create: !(await holdsSealedData(dataDir)) });
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
    db.data = { generation: (await journalGenerations(dataDir))[0] ?? 1, document: emptyKioskDocument() };
  }
  return { key, adapter, db, snapshotProblem };
}

/** Whether the folder already holds sealed data: then a missing key is a loss, never a fresh start. */
async function holdsSealedData(dataDir: string): Promise<boolean> {
  if ((await journalGenerations(dataDir)).length > 0) return true;
  return (await readdir(dataDir)).some(
    (name) => name.startsWith('kiosk-snapshot') && name.endsWith('.sealed'),
  );
}
