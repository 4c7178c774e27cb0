import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KioskEventHub } from '../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../electron/core/queue/ChangeQueue.js';
import { keyFileSource } from '../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../electron/core/store/openKioskStore.js';
import { queuedChange } from '../test/support/storeFixtures.js';
import { percentiles } from './percentiles.js';
import type { Percentiles } from './percentiles.js';

const SAMPLES = 200;

/**
 * One accepted change, sealed and fsynced, with `backlog` changes already pending. The store
 * starts folded, as a kiosk that has been running would be; later folds happen in the
 * background during the measurement, as they would in service.
 */
export async function measureEnqueue(backlog: number): Promise<Percentiles & { backlog: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-bench-'));
  try {
    const store = await openKioskStore({ dataDir: dir, keySource: keyFileSource(join(dir, 'kiosk.key')) });
    for (let start = 0; start < backlog; start += 500) {
      const chunk = Array.from({ length: Math.min(500, backlog - start) }, () =>
        queuedChange(store.allocateSeq()),
      );
      await store.commit(chunk.map((entry) => ({ type: 'change.accepted' as const, entry })));
    }
    await store.compact();
    const queue = new ChangeQueue(store, new KioskEventHub());
    const timings: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      await queue.accept({
        kind: 'unlink-device',
        idNumber: '001090012345',
        deviceId: 'device-x',
        evidence: { method: 'staff', verifiedAt: new Date().toISOString(), staffId: 'CB01' },
      });
      timings.push(performance.now() - started);
    }
    await store.close();
    return { ...percentiles(timings), backlog };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The floor on this disk: write 1 KB to a file and fsync it. */
export async function measureBareFsync(): Promise<Percentiles> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-bench-'));
  try {
    const block = Buffer.alloc(1024, 7);
    const timings: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      const handle = await open(join(dir, `f${i}`), 'w');
      await handle.writeFile(block);
      await handle.sync();
      await handle.close();
      timings.push(performance.now() - started);
    }
    return percentiles(timings);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
