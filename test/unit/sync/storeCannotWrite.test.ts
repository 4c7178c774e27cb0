import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskEventHub } from '../../../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../../../electron/core/queue/ChangeQueue.js';
import type { NewChange } from '../../../electron/core/queue/ChangeQueue.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { ChangeSync } from '../../../electron/core/sync/ChangeSync.js';
import type { SyncUpstream } from '../../../electron/core/sync/ChangeSync.js';
import type { UpstreamChange } from '../../../shared/upstream/api.js';
import { until } from '../../integration/sync/syncRig.js';
import { PlayedDisk } from '../../support/playedDisk.js';

// Issue 9: while the store cannot write, the sync engine must not send what it cannot record.
// The backoff here is a minute, so only a write that succeeds again can end the pause in time.
const pauseLongerThanTheTest = {
  baseMs: 60_000,
  capMs: 60_000,
  probeIntervalMs: 60_000,
  heartbeatMs: 60_000,
};

let dir: string;
let disk: PlayedDisk;
let store: KioskStore;
let queue: ChangeQueue;
let sync: ChangeSync;
/** Every batch the national system received, by changeId. */
let received: string[][];
/** Runs when a batch arrives, before it is answered. */
let onBatch: () => void;

const upstream: SyncUpstream = {
  submitChanges: async (changes: readonly UpstreamChange[]) => {
    received.push(changes.map((change) => change.changeId));
    onBatch();
    return {
      results: changes.map((change) => ({
        changeId: change.changeId,
        outcome: 'applied' as const,
        code: 'ALL_DEVICES_UNLINKED',
        message: 'done',
      })),
    };
  },
  probe: async () => undefined,
  onContact: () => () => undefined,
};

const change = (idNumber: string): NewChange => ({
  kind: 'unlink-all-devices',
  idNumber,
  evidence: { method: 'staff', staffId: 'CB01', verifiedAt: new Date().toISOString() },
});

async function openAll(): Promise<void> {
  store = await openKioskStore({
    dataDir: dir,
    keySource: keyFileSource(join(dir, 'kiosk.key')),
    appendFiles: disk.open,
  });
  queue = new ChangeQueue(store, new KioskEventHub());
  sync = new ChangeSync(queue, upstream, new KioskEventHub(), {
    policy: pauseLongerThanTheTest,
    random: () => 0.99,
    storeWrites: store.writes,
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-sync-full-'));
  disk = new PlayedDisk();
  received = [];
  onBatch = () => undefined;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await openAll();
});
afterEach(async () => {
  await sync.stop();
  await store.close().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('the sync engine while the store cannot write', () => {
  it('sends nothing it could not mark as sending, and goes as soon as a write succeeds again', async () => {
    const waiting = await queue.accept(change('001090012345'));
    disk.full();
    sync.start();
    await until(() => store.writes.failure !== undefined, 5_000, 'the failed write');
    await sync.drain();
    expect(received).toEqual([]);
    expect(queue.find(waiting.changeId)?.state).toBe('pending');

    disk.free();
    // Any write that goes through (here the probe a staff sign-in makes) ends the pause.
    await store.probeWrites();
    await until(() => queue.find(waiting.changeId)?.state === 'applied', 5_000, 'the send after recovery');
    expect(received).toEqual([[waiting.changeId]]);
  });

  it('sends no more after an answer it could not record, and resends it with the same id once it can', async () => {
    const first = await queue.accept(change('001090012345'));
    // The disk fills while the request is out: the answer cannot be recorded.
    onBatch = () => {
      disk.full();
      onBatch = () => undefined;
    };
    sync.start();
    await until(() => store.writes.failure !== undefined, 5_000, 'the failed write');
    await sync.drain();
    expect(received).toEqual([[first.changeId]]);
    expect(queue.find(first.changeId)?.state).toBe('sending');
    await expect(queue.accept(change('042195001234'))).rejects.toMatchObject({ code: 'STORE_FULL' });
    expect(received).toHaveLength(1);

    disk.free();
    const second = await queue.accept(change('038301004321'));
    await until(
      () => [first, second].every((receipt) => queue.find(receipt.changeId)?.state === 'applied'),
      5_000,
      'both applied',
    );
    expect(received.flat().filter((id) => id === first.changeId)).toHaveLength(2);
    expect(queue.unfinished()).toEqual([]);

    // A restart finds every acknowledged change, and nothing of the refused one.
    await sync.stop();
    await store.close();
    await openAll();
    expect(store.read().changes.map((entry) => [entry.change.changeId, entry.state])).toEqual([
      [first.changeId, 'applied'],
      [second.changeId, 'applied'],
    ]);
  });
});
