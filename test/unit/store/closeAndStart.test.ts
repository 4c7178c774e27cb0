import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalGenerationOf } from '../../../electron/core/store/journal/ChangeJournal.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { accepted, queuedChange } from '../../support/storeFixtures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-close-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const open = (foldAfterRecords: number) =>
  openKioskStore({ dataDir: dir, keySource: keyFileSource(join(dir, 'kiosk.key')), foldAfterRecords });

async function journals(): Promise<number[]> {
  return (await readdir(dir)).map(journalGenerationOf).filter((generation) => generation !== undefined);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('a store being closed, and one starting', () => {
  it('a fold scheduled just before close never runs on the closed folder', async () => {
    const store = await open(1);
    await store.commit([accepted(queuedChange(1))]);
    // The commit crossed the fold threshold; close before the background fold begins.
    await store.close();
    await settle();
    expect(await journals()).toEqual([1]);
    await expect(store.compact()).rejects.toMatchObject({ code: 'STORE_FAILED' });
  });

  it('a start that replays past the threshold folds once it is open, and keeps every change', async () => {
    const first = await open(1_000);
    for (let seq = 1; seq <= 3; seq++) await first.commit([accepted(queuedChange(seq))]);
    await first.close();
    const second = await open(2);
    await settle();
    expect(second.read().changes).toHaveLength(3);
    // It folded (a new generation), after the start, not in the middle of it.
    expect(await journals()).toContain(2);
    await second.close();
    const third = await open(1_000);
    expect(third.read().changes.map((entry) => entry.change.seq)).toEqual([1, 2, 3]);
    await third.close();
  });
});
