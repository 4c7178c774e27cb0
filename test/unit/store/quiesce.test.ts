import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalFileName } from '../../../electron/core/store/journal/ChangeJournal.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { QuiesceGate } from '../../../electron/core/store/quiesceGate.js';
import { SNAPSHOT_FILE } from '../../../electron/core/store/sealedSnapshot.js';
import { accepted, queuedChange } from '../../support/storeFixtures.js';

let dir: string;
let store: KioskStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-quiesce-'));
  store = await openKioskStore({ dataDir: dir, keySource: keyFileSource(join(dir, 'kiosk.key')) });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  await store.close().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** Lets every pending callback and file operation that is ready run. */
async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

const journalSize = async () => (await stat(join(dir, journalFileName(1)))).size;

describe('KioskStore.quiesce', () => {
  it('waits for a commit already on its way, and holds one that comes after until it returns', async () => {
    const first = queuedChange(1);
    const second = queuedChange(2);
    const inFlight = store.commit([accepted(first)]);
    let later: Promise<unknown> | undefined;
    const seen = await store.quiesce(async () => {
      const sizeAtStart = await journalSize();
      later = store.commit([accepted(second)]);
      await settle();
      return {
        firstVisible: store.get(first.change.changeId) !== undefined,
        secondVisible: store.get(second.change.changeId) !== undefined,
        journalGrew: (await journalSize()) !== sizeAtStart,
      };
    });
    expect(seen).toEqual({ firstVisible: true, secondVisible: false, journalGrew: false });
    await inFlight;
    await later;
    expect(store.get(second.change.changeId)).toBeDefined();
  });

  it('waits for a fold that is running, and a fold asked for meanwhile starts only after', async () => {
    for (let seq = 1; seq <= 3; seq += 1) await store.commit([accepted(queuedChange(seq))]);
    const folding = store.compact();
    const journals = () => readdir(dir).then((names) => names.filter((name) => name.startsWith('journal-')));
    const during = await store.quiesce(async () => {
      const before = await journals();
      // The fold is done: the journal rotated and the snapshot was written.
      const seenFolded =
        before.includes(journalFileName(2)) && (await stat(join(dir, SNAPSHOT_FILE))).isFile();
      const second = store.compact();
      await settle();
      const after = await journals();
      return { seenFolded, unchanged: JSON.stringify(before) === JSON.stringify(after), second };
    });
    expect(during.seenFolded).toBe(true);
    expect(during.unchanged).toBe(true);
    await folding;
    await during.second;
    expect(await journals()).toContain(journalFileName(3));
  });

  it('a fold that commits records of its own while a quiesce waits for it finishes (no deadlock)', async () => {
    const gate = new QuiesceGate();
    let releaseFold = (): void => undefined;
    const foldMayGoOn = new Promise<void>((resolve) => {
      releaseFold = resolve;
    });
    const steps: string[] = [];
    const fold = gate.fold(async () => {
      await foldMayGoOn;
      await gate.write(async () => {
        steps.push('fold commit');
      });
      steps.push('fold done');
    });
    const quiesced = gate.quiesce(async () => {
      steps.push('quiesced');
    });
    const outside = gate.write(async () => {
      steps.push('outside commit');
    });
    releaseFold();
    await Promise.all([fold, quiesced, outside]);
    // A write while the fold runs passes (the fold's own could not be told apart), and the
    // quiesce waits for it as for the fold.
    expect(steps.slice(-1)).toEqual(['quiesced']);
    expect(steps.indexOf('fold commit')).toBeLessThan(steps.indexOf('fold done'));
  });

  it('one quiesce at a time, and a failing one releases the store', async () => {
    const order: string[] = [];
    const failing = store.quiesce(async () => {
      order.push('first');
      throw new Error('the backup failed');
    });
    const next = store.quiesce(async () => {
      order.push('second');
    });
    await expect(failing).rejects.toThrow('the backup failed');
    await next;
    await store.commit([accepted(queuedChange(1))]);
    expect(order).toEqual(['first', 'second']);
  });
});
