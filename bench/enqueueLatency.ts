import { randomUUID } from 'node:crypto';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KioskEventHub } from '../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../electron/core/queue/ChangeQueue.js';
import { openLowdbKioskStore } from '../electron/core/store/lowdbKioskStore.js';
import type { QueuedChange } from '../electron/core/store/kioskDocument.js';
import { percentiles } from './percentiles.js';
import type { Percentiles } from './percentiles.js';

const SAMPLES = 200;

function pendingChange(seq: number): QueuedChange {
  const at = new Date().toISOString();
  return {
    change: {
      changeId: randomUUID(),
      seq,
      kind: 'unlink-device',
      idNumber: '001090012345',
      deviceId: `device-${seq}`,
      evidence: { method: 'staff', verifiedAt: at, staffId: 'CB01' },
      createdAt: at,
    },
    state: 'pending',
    attempts: 0,
    updatedAt: at,
  };
}

/** One accepted change, fsynced, with `backlog` changes already pending in the document. */
export async function measureEnqueue(backlog: number): Promise<Percentiles & { documentBytes: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-bench-'));
  try {
    const store = await openLowdbKioskStore(dir);
    await store.update((doc) => {
      for (let seq = 1; seq <= backlog; seq++) doc.changes.push(pendingChange(seq));
      doc.nextSeq = backlog + 1;
    });
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
      // Hold the backlog steady: the figure is "at N pending", not "at N growing".
      await store.update((doc) => {
        doc.changes.pop();
      });
    }
    await store.close();
    return { ...percentiles(timings), documentBytes: JSON.stringify(store.read()).length };
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
