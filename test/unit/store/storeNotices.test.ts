import { appendFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalFileName } from '../../../electron/core/store/journal/ChangeJournal.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import type { DiskSpace } from '../../../electron/core/store/notices/diskSpace.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import type { KioskStoreOptions } from '../../../electron/core/store/openKioskStore.js';
import { SNAPSHOT_FILE } from '../../../electron/core/store/sealedSnapshot.js';
import type { Timers } from '../../../electron/core/timers.js';
import { nodeDurableFileSystem } from '../../../storage/durableFileAdapter.js';
import { PlayedDisk } from '../../support/playedDisk.js';
import { accepted, journalRecords, queuedChange } from '../../support/storeFixtures.js';

const GB = 1024 ** 3;
const MB = 1024 ** 2;
const roomy: DiskSpace = { freeBytes: 40 * GB, totalBytes: 100 * GB };
const low: DiskSpace = { freeBytes: 150 * MB, totalBytes: 100 * GB };

/** Timers the test fires itself: the disk watch's minute goes by when the test says so. */
class HandTimers implements Timers {
  readonly armed = new Map<number, () => void>();
  #next = 1;
  set(callback: () => void): unknown {
    const id = this.#next++;
    this.armed.set(id, callback);
    return id;
  }
  clear(handle: unknown): void {
    this.armed.delete(handle as number);
  }
  fire(): void {
    const due = [...this.armed.values()];
    this.armed.clear();
    for (const callback of due) callback();
  }
}

let dir: string;
let space: DiskSpace;
let timers: HandTimers;
const open: KioskStore[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-notices-'));
  space = roomy;
  timers = new HandTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function openStore(options: Partial<KioskStoreOptions> = {}): Promise<KioskStore> {
  const store = await openKioskStore({
    dataDir: dir,
    keySource: keyFileSource(join(dir, 'kiosk.key')),
    diskSpace: async () => space,
    timers,
    ...options,
  });
  open.push(store);
  return store;
}

async function reopen(options: Partial<KioskStoreOptions> = {}): Promise<KioskStore> {
  for (const store of open.splice(0)) await store.close();
  return openStore(options);
}

async function raisedOnDisk(): Promise<unknown[]> {
  return (await journalRecords(dir)).filter(
    (record) => (record as { type: string }).type === 'notice.raised',
  );
}

describe('store notices', () => {
  it('keeps a notice across restarts until a staff member acknowledges it, then never lists it again', async () => {
    space = low;
    let store = await openStore();
    const [raised] = store.notices();
    expect(raised).toMatchObject({ code: 'DISK_LOW', details: low });
    expect(raised?.id).toMatch(/^N-/);

    space = roomy;
    store = await reopen();
    expect(store.notices()).toEqual([raised]);

    await store.acknowledgeNotice(raised?.id ?? '', 'CB01');
    expect(store.notices()).toEqual([]);
    expect(await journalRecords(dir)).toContainEqual({
      type: 'notice.acknowledged',
      noticeId: raised?.id,
      staffId: 'CB01',
      at: expect.any(String),
    });
    store = await reopen();
    expect(store.notices()).toEqual([]);
    // Folded into the snapshot, it stays acknowledged too.
    await store.compact();
    store = await reopen();
    expect(store.notices()).toEqual([]);
  });

  it('refuses an id that names no open notice with NOTICE_NOT_FOUND and its details, changing nothing', async () => {
    space = low;
    const store = await openStore();
    const before = store.notices();
    await expect(store.acknowledgeNotice('N-not-a-notice', 'CB01')).rejects.toMatchObject({
      code: 'NOTICE_NOT_FOUND',
      details: { noticeId: 'N-not-a-notice' },
    });
    const [notice] = before;
    await store.acknowledgeNotice(notice?.id ?? '', 'CB01');
    // A second acknowledgement of the same notice finds nothing open.
    await expect(store.acknowledgeNotice(notice?.id ?? '', 'CB02')).rejects.toMatchObject({
      code: 'NOTICE_NOT_FOUND',
    });
  });

  it('shows a low disk once per episode, however often it is looked at, and again after it had room', async () => {
    space = low;
    let store = await openStore();
    for (let minute = 0; minute < 3; minute++) {
      timers.fire();
      await vi.waitFor(() => expect(timers.armed.size).toBe(1));
    }
    expect(store.notices().map((notice) => notice.code)).toEqual(['DISK_LOW']);
    // A restart while the disk is still low adds nothing while the first is open.
    store = await reopen();
    expect(store.notices()).toHaveLength(1);

    await store.acknowledgeNotice(store.notices()[0]?.id ?? '', 'CB01');
    space = roomy;
    timers.fire();
    await vi.waitFor(() => expect(timers.armed.size).toBe(1));
    space = { freeBytes: 2 * GB, totalBytes: 100 * GB };
    timers.fire();
    await vi.waitFor(() => expect(store.notices()).toHaveLength(1));
    expect(store.notices()[0]).toMatchObject({ code: 'DISK_LOW', details: { freeBytes: 2 * GB } });
    expect(await raisedOnDisk()).toHaveLength(2);
  });

  it('looks at the disk after a fold, and stops looking once closed', async () => {
    const store = await openStore();
    space = low;
    await store.compact();
    await vi.waitFor(() => expect(store.notices().map((notice) => notice.code)).toEqual(['DISK_LOW']));
    expect(timers.armed.size).toBe(1);
    await store.close();
    expect(timers.armed.size).toBe(0);
  });

  it('shows a notice raised while the disk is full at once, and writes it with the next good write', async () => {
    const disk = new PlayedDisk();
    let store = await openStore({ appendFiles: disk.open });
    disk.full();
    await expect(store.commit([accepted(queuedChange(store.allocateSeq()))])).rejects.toMatchObject({
      code: 'STORE_FULL',
    });
    space = low;
    timers.fire();
    await vi.waitFor(() => expect(store.notices().map((notice) => notice.code)).toEqual(['DISK_LOW']));
    // Its own write failed too (the probe flushes after it): the store still cannot write.
    await expect(store.probeWrites()).rejects.toMatchObject({ code: 'STORE_FULL' });
    expect(await raisedOnDisk()).toEqual([]);

    disk.free();
    await store.commit([accepted(queuedChange(store.allocateSeq()))]);
    await vi.waitFor(async () => expect(await raisedOnDisk()).toHaveLength(1));
    const shown = store.notices();
    store = await reopen({ appendFiles: disk.open });
    expect(store.notices()).toEqual(shown);
  });

  it('acknowledging a notice that is still waiting to be written records both, or nothing if the disk is full', async () => {
    const disk = new PlayedDisk();
    const store = await openStore({ appendFiles: disk.open });
    disk.full();
    space = low;
    timers.fire();
    await vi.waitFor(() => expect(store.notices()).toHaveLength(1));
    const id = store.notices()[0]?.id ?? '';
    await expect(store.acknowledgeNotice(id, 'CB01')).rejects.toMatchObject({ code: 'STORE_FULL' });
    expect(store.notices().map((notice) => notice.id)).toEqual([id]);

    disk.free();
    await store.acknowledgeNotice(id, 'CB01');
    expect(store.notices()).toEqual([]);
    const types = (await journalRecords(dir)).map((record) => (record as { type: string }).type);
    expect(types.filter((type) => type.startsWith('notice.'))).toEqual([
      'notice.raised',
      'notice.acknowledged',
    ]);
    // (Started again on a disk that is still low, the kiosk would see a new episode.)
    space = roomy;
    expect((await reopen()).notices()).toEqual([]);
  });

  it('writes a notice raised before the journal was open (a recovery from the last-good copy) as the store opens', async () => {
    let store = await openStore();
    for (let round = 0; round < 2; round++) {
      await store.commit([accepted(queuedChange(store.allocateSeq()))]);
      await store.compact();
    }
    for (const kept of open.splice(0)) await kept.close();
    await writeFile(join(dir, SNAPSHOT_FILE), 'not a sealed snapshot');

    store = await openStore();
    const setAside = (await readdir(dir)).find((name) => name.startsWith('kiosk-snapshot.damaged-'));
    expect(store.notices()).toEqual([
      expect.objectContaining({ code: 'RECOVERED_FROM_LAST_GOOD', details: { setAside } }),
    ]);
    expect(await raisedOnDisk()).toHaveLength(1);
    // The damaged file is out of the way now: the notice stays because it is a record, not a re-check.
    store = await reopen();
    expect(store.notices().map((notice) => notice.code)).toEqual(['RECOVERED_FROM_LAST_GOOD']);
    expect(store.read().changes).toHaveLength(2);
  });

  it('does not pile up: a torn journal tail found on two starts is one notice', async () => {
    let store = await openStore();
    await store.commit([accepted(queuedChange(store.allocateSeq()))]);
    for (const kept of open.splice(0)) await kept.close();
    await appendFile(join(dir, journalFileName(1)), '0badc0de R half-a-rec');
    store = await openStore();
    expect(store.notices()).toEqual([
      expect.objectContaining({ code: 'DISCARDED_UNACKNOWLEDGED_WRITE', details: { journal: 1 } }),
    ]);
    for (const kept of open.splice(0)) await kept.close();
    await appendFile(join(dir, journalFileName(1)), '0badc0de R half-again');
    store = await openStore();
    expect(store.notices()).toHaveLength(1);
    expect(await raisedOnDisk()).toHaveLength(1);
  });

  it('a background fold that fails for lack of space raises BACKGROUND_FOLD_FAILED and pauses writers until a write works', async () => {
    const disk = new PlayedDisk();
    const store = await openStore({
      foldAfterRecords: 2,
      appendFiles: disk.open,
      fileSystem: {
        ...nodeDurableFileSystem,
        async writeAndSync(path, text) {
          if (disk.bytesLeft <= 0)
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          return nodeDurableFileSystem.writeAndSync(path, text);
        },
      },
    });
    const recovered = vi.fn();
    store.writes.recovered.subscribe(recovered);
    await store.commit([
      accepted(queuedChange(store.allocateSeq())),
      accepted(queuedChange(store.allocateSeq())),
    ]);
    // The fold was scheduled by that commit and starts after this turn: the disk is full by then.
    disk.full();
    await vi.waitFor(() =>
      expect(store.notices()).toEqual([
        expect.objectContaining({ code: 'BACKGROUND_FOLD_FAILED', details: { reason: 'STORE_FULL' } }),
      ]),
    );
    expect(store.writes.failure?.code).toBe('STORE_FULL');

    disk.free();
    await store.commit([accepted(queuedChange(store.allocateSeq()))]);
    expect(store.writes.failure).toBeUndefined();
    expect(recovered).toHaveBeenCalled();
    // The notice was written with the first good write, and stays until acknowledged.
    await vi.waitFor(async () => expect(await raisedOnDisk()).toHaveLength(1));
    expect(store.notices().map((notice) => notice.code)).toEqual(['BACKGROUND_FOLD_FAILED']);
  });
});
