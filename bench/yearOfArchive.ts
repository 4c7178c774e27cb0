import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KioskEventHub } from '../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../electron/core/queue/ChangeQueue.js';
import { keyFileSource } from '../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../electron/core/store/openKioskStore.js';

/** A data folder as a kiosk leaves it after a year of service: every change finished and archived. */
export interface YearOfArchive {
  dir: string;
  changes: number;
  days: number;
  /** False when the folder came from the cache of an earlier run. */
  builtNow: boolean;
  buildMs?: number;
}

const DAY_MS = 86_400_000;
// Compiled to out/bench/; the built kiosk code is beside it.
const outDir = join(import.meta.dirname, '..');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The cache key: the shape asked for and the built code that writes the folder (store and
 * queue), so a change to what the store writes builds a fresh folder instead of timing an old one.
 */
async function cacheKey(changes: number, days: number): Promise<string> {
  const hash = createHash('sha256').update(`${changes}/${days}`);
  for (const part of ['store', 'queue']) {
    for (const file of await filesUnder(join(outDir, 'electron', 'core', part))) {
      hash.update(file.slice(outDir.length)).update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds the folder through the kiosk's own path, a day at a time under a moved clock: the
 * queue accepts the day's changes (together, as a busy office's group commits), marks them
 * sending, records the national system's "applied", and the store folds, which moves them to that
 * day's archive. Nothing is written by hand, so the folder has whatever format the store writes.
 */
async function build(dir: string, changes: number, days: number): Promise<void> {
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  let clock = today - (days - 1) * DAY_MS;
  const now = () => new Date(clock);
  const store = await openKioskStore({
    dataDir: dir,
    keySource: keyFileSource(join(dir, 'kiosk.key')),
    // Folds happen when the day ends, below; none in between.
    foldAfterRecords: 1_000_000,
    now,
  });
  const queue = new ChangeQueue(store, new KioskEventHub(), now);
  try {
    let made = 0;
    for (let day = 0; day < days; day++) {
      const dayStart = today - (days - 1 - day) * DAY_MS + 1.5 * 3_600_000;
      const count = Math.floor(((day + 1) * changes) / days) - made;
      const accepting: Promise<{ changeId: string }>[] = [];
      for (let i = 0; i < count; i++) {
        // Office hours, a change every couple of minutes.
        clock = dayStart + i * 150_000;
        const citizen = made + i;
        accepting.push(
          queue.accept({
            kind: 'unlink-device',
            idNumber: `0420${String(citizen % 100_000_000).padStart(8, '0')}`,
            deviceId: `dev-${citizen}`,
            evidence: { method: 'staff', verifiedAt: now().toISOString(), staffId: 'CB01' },
          }),
        );
      }
      const ids = (await Promise.all(accepting)).map((receipt) => receipt.changeId);
      await queue.markSending(ids);
      await queue.recordResults(
        ids.map((changeId) => ({
          changeId,
          outcome: 'applied' as const,
          code: 'DEVICE_UNLINKED',
          message: 'Đã hủy liên kết thiết bị',
        })),
      );
      clock = dayStart + 10 * 3_600_000;
      await store.compact();
      made += count;
    }
  } finally {
    await store.close();
  }
}

/** The year's folder, from the cache under the tmp folder when an earlier run built it with the same code. */
export async function yearOfArchive(changes = 50_000, days = 365): Promise<YearOfArchive> {
  const dir = join(tmpdir(), `kiosk-bench-year-${await cacheKey(changes, days)}`);
  // The mark sits beside the folder, so a copy of the folder is exactly a kiosk's data folder.
  const mark = `${dir}.built.json`;
  if (existsSync(mark) && existsSync(dir)) return { dir, changes, days, builtNow: false };
  const building = `${dir}.building-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  const started = performance.now();
  await build(building, changes, days);
  const buildMs = Math.round(performance.now() - started);
  await rm(dir, { recursive: true, force: true });
  await rename(building, dir);
  await writeFile(mark, JSON.stringify({ changes, days, buildMs }));
  return { dir, changes, days, builtNow: true, buildMs };
}
