import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalFileName } from '../../../electron/core/store/journal/ChangeJournal.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { PlayedDisk } from '../../support/playedDisk.js';
import { accepted, journalRecords, queuedChange } from '../../support/storeFixtures.js';

// Issue 9: a short write was taken as saved. Every flush of the journal is now whole or absent,
// and the kiosk goes on once space is freed, with no restart.
let dir: string;
let disk: PlayedDisk;
let store: KioskStore | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-whole-'));
  disk = new PlayedDisk();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  await store?.close().catch(() => undefined);
  store = undefined;
  await rm(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function reopen(appendFiles = disk.open): Promise<KioskStore> {
  await store?.close();
  store = await openKioskStore({
    dataDir: dir,
    keySource: keyFileSource(join(dir, 'kiosk.key')),
    appendFiles,
  });
  return store;
}

const journalSize = async () => (await stat(join(dir, journalFileName(1)))).size;

describe('a journal flush on a disk that fills up', () => {
  // Where the disk runs out, in bytes of a one-record flush: before it, inside the first line,
  // halfway, just before the commit line, one byte short.
  const commitLineBytes = 'xxxxxxxx C 2 1\n'.length;
  const cutPoints: [string, (flush: number) => number][] = [
    ['before its first byte', () => 0],
    ['after one byte', () => 1],
    ['halfway', (flush) => Math.floor(flush / 2)],
    ['just before the commit line', (flush) => flush - commitLineBytes],
    ['one byte short', (flush) => flush - 1],
  ];

  it.each(cutPoints)(
    '%s: refused with STORE_FULL, the file put back, then accepted once space is freed',
    async (_where, cut) => {
      let current = await reopen();
      const header = await journalSize(); // a new journal file starts with its format line
      const first = queuedChange(current.allocateSeq());
      await current.commit([accepted(first)]);
      const flushBytes = (await journalSize()) - header; // the next flush has the same length (seq 2 for 1)
      const lost = queuedChange(current.allocateSeq());
      disk.bytesLeft = cut(flushBytes);
      await expect(current.commit([accepted(lost)])).rejects.toMatchObject({ code: 'STORE_FULL' });
      expect(await journalSize()).toBe(header + flushBytes);
      expect(current.get(lost.change.changeId)).toBeUndefined();
      expect(current.writes.failure?.code).toBe('STORE_FULL');

      disk.free();
      const after = queuedChange(current.allocateSeq());
      await current.commit([accepted(after)]);
      expect(current.writes.failure).toBeUndefined();

      current = await reopen();
      expect(current.notices()).toEqual([]);
      expect(current.read().changes.map((entry) => entry.change.changeId)).toEqual([
        first.change.changeId,
        after.change.changeId,
      ]);
    },
  );

  it('keeps writing after short counts while the disk has room', async () => {
    const current = await reopen();
    const entry = queuedChange(current.allocateSeq());
    const before = disk.writes.length; // the new journal file's format line
    disk.shortWrites.push(100, 7);
    await current.commit([accepted(entry)]);
    expect(disk.writes.slice(before, before + 3).map((write) => write.written)).toEqual([
      100,
      7,
      expect.any(Number),
    ]);
    const reopened = await reopen();
    expect(reopened.notices()).toEqual([]);
    expect(reopened.get(entry.change.changeId)?.state).toBe('pending');
  });

  it('counts a write that makes no progress as a full disk', async () => {
    const current = await reopen();
    const header = await journalSize();
    disk.stalledWrites = 1;
    await expect(current.commit([accepted(queuedChange(current.allocateSeq()))])).rejects.toMatchObject({
      code: 'STORE_FULL',
    });
    expect(await journalSize()).toBe(header);
  });

  it('answers STORE_FAILED for any other error, and puts the file back', async () => {
    const current = await reopen();
    const first = queuedChange(current.allocateSeq());
    await current.commit([accepted(first)]);
    const before = await readFile(join(dir, journalFileName(1)));
    disk.writeErrors.push('EIO');
    await expect(current.commit([accepted(queuedChange(current.allocateSeq()))])).rejects.toMatchObject({
      code: 'STORE_FAILED',
    });
    expect(await readFile(join(dir, journalFileName(1)))).toEqual(before);
  });

  it('takes back a flush whose bytes were all written but whose fdatasync failed', async () => {
    const current = await reopen();
    const first = queuedChange(current.allocateSeq());
    await current.commit([accepted(first)]);
    const lost = queuedChange(current.allocateSeq());
    disk.syncErrors.push('ENOSPC');
    await expect(current.commit([accepted(lost)])).rejects.toMatchObject({ code: 'STORE_FULL' });
    const records = await journalRecords(dir);
    expect(records).toHaveLength(1);
    expect((await reopen()).get(lost.change.changeId)).toBeUndefined();
  });

  it('refuses every change of a group commit that failed, and none of the ones before', async () => {
    const current = await reopen();
    const kept = queuedChange(current.allocateSeq());
    await current.commit([accepted(kept)]);
    disk.bytesLeft = 700;
    const group = [0, 1, 2].map(() => queuedChange(current.allocateSeq()));
    const outcomes = await Promise.allSettled(group.map((entry) => current.commit([accepted(entry)])));
    expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
    disk.free();
    expect((await reopen()).read().changes.map((entry) => entry.change.changeId)).toEqual([
      kept.change.changeId,
    ]);
  });
});

describe('a journal whose failed flush could not be put back', () => {
  it('cuts the torn bytes off before its next flush, with no restart, and loses nothing acknowledged', async () => {
    let current = await reopen();
    const first = queuedChange(current.allocateSeq());
    await current.commit([accepted(first)]);
    const good = await journalSize();
    disk.bytesLeft = 200;
    disk.truncateErrors.push('EIO');
    const lost = queuedChange(current.allocateSeq());
    await expect(current.commit([accepted(lost)])).rejects.toMatchObject({
      code: 'STORE_FULL',
      message: expect.stringMatching(/could not be put back/),
    });
    expect(await journalSize()).toBe(good + 200);

    disk.free();
    const after = queuedChange(current.allocateSeq());
    await current.commit([accepted(after)]);
    current = await reopen();
    expect(current.notices()).toEqual([]);
    expect(current.read().changes.map((entry) => entry.change.changeId)).toEqual([
      first.change.changeId,
      after.change.changeId,
    ]);
  });

  it('cuts them off before a fold moves on to the next generation', async () => {
    let current = await reopen();
    const first = queuedChange(current.allocateSeq());
    await current.commit([accepted(first)]);
    const good = await journalSize();
    disk.bytesLeft = 200;
    disk.truncateErrors.push('EIO');
    await expect(current.commit([accepted(queuedChange(current.allocateSeq()))])).rejects.toThrow();
    disk.free();
    await current.compact();
    // The last-good copy may one day need this generation again: it holds no torn flush.
    expect(await journalSize()).toBe(good);
    current = await reopen();
    expect(current.notices()).toEqual([]);
    expect(current.read().changes.map((entry) => entry.change.changeId)).toEqual([first.change.changeId]);
  });
});

describe('probing whether the store takes writes again', () => {
  it('costs nothing while writes succeed, and fails with the disk, then clears once space is freed', async () => {
    const current = await reopen();
    const opened = disk.writes.length; // the new journal file's format line
    await current.probeWrites();
    expect(disk.writes).toHaveLength(opened);

    disk.full();
    await expect(current.commit([accepted(queuedChange(current.allocateSeq()))])).rejects.toMatchObject({
      code: 'STORE_FULL',
    });
    await expect(current.probeWrites()).rejects.toMatchObject({ code: 'STORE_FULL' });

    let recovered = 0;
    current.writes.recovered.subscribe(() => (recovered += 1));
    disk.free();
    await current.probeWrites();
    expect(current.writes.failure).toBeUndefined();
    expect(recovered).toBe(1);
  });

  it('leaves an empty flush that a reopened store, and the fixture-era reader, take as nothing', async () => {
    const current = await reopen();
    const entry = queuedChange(current.allocateSeq());
    await current.commit([accepted(entry)]);
    disk.full();
    await expect(current.commit([accepted(queuedChange(current.allocateSeq()))])).rejects.toThrow();
    disk.free();
    await current.probeWrites();
    expect(await journalRecords(dir)).toHaveLength(1);
    const reopened = await reopen();
    expect(reopened.notices()).toEqual([]);
    expect(reopened.read().changes.map((each) => each.change.changeId)).toEqual([entry.change.changeId]);
  });
});
