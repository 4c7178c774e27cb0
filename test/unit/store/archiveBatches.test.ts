import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ARCHIVE_DIR } from '../../../electron/core/store/archive/ChangeArchive.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import type { QueuedChange } from '../../../electron/core/store/kioskDocument.js';
import { nodeDurableFileSystem } from '../../../storage/durableFileAdapter.js';
import type { DurableFileSystem } from '../../../storage/durableFileAdapter.js';
import { commitFinishedChanges, copiesOfChanges } from '../../support/archiveCopies.js';
import { StoreTestFolder } from '../../support/storeTestFolder.js';
import { PlayedDisk } from '../../support/playedDisk.js';
import { accepted, journalRecords, queuedChange } from '../../support/storeFixtures.js';

// Issue 9, point 4: a fold archives through an intent record, a batch file written whole, and a
// written record. A crash between any two steps is redone with the same batch, so every change
// is in the store or the archive exactly once after a restart, never twice, never lost.
let folder: StoreTestFolder;
beforeEach(async () => {
  folder = await StoreTestFolder.create();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  await folder.remove();
  vi.restoreAllMocks();
});

const now = () => new Date('2026-12-01T03:00:00.000Z');
const isArchivePath = (path: string) => path.includes(`/${ARCHIVE_DIR}/`);
const archiveNames = async () => (await readdir(join(folder.dir, ARCHIVE_DIR)).catch(() => [])).sort();

function failure(message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code: 'EIO' });
}

/**
 * A file system that plays a crash at one step of the fold: the step fails and nothing after it
 * runs, and the leftovers a crash would leave (a half temp file) are left, not cleaned up.
 */
type CrashStep =
  'batch file half written' | 'batch file not renamed' | 'written record lost' | 'snapshot lost';

function crashingAt(step: CrashStep, journalDisk: PlayedDisk, fault = { on: true }): DurableFileSystem {
  const at = (played: CrashStep) => fault.on && step === played;
  return {
    ...nodeDurableFileSystem,
    async writeAndSync(path, text) {
      if (at('batch file half written') && isArchivePath(path)) {
        await writeFile(path, text.slice(0, text.length / 2));
        throw failure('crash while writing the batch file');
      }
      if (at('snapshot lost') && !isArchivePath(path)) throw failure('crash while writing the snapshot');
      return nodeDurableFileSystem.writeAndSync(path, text);
    },
    async rename(from, to) {
      if (at('batch file not renamed') && isArchivePath(to)) throw failure('crash before the rename');
      await nodeDurableFileSystem.rename(from, to);
      // The batch file is in place: the journal's next flush (the written record) never lands.
      if (at('written record lost') && isArchivePath(to)) journalDisk.writeErrors.push('EIO');
    },
    // A crash does not clean up after itself.
    remove: async (path) => (isArchivePath(path) ? undefined : nodeDurableFileSystem.remove(path)),
  };
}

async function expectEachOnceInTheArchive(
  store: KioskStore,
  finished: readonly QueuedChange[],
): Promise<void> {
  const copies = await copiesOfChanges(store, folder.dir);
  for (const entry of finished) {
    const { changeId } = entry.change;
    expect(copies.get(changeId), changeId).toBe(1);
    expect(store.get(changeId)).toBeUndefined();
    await expect(store.history.find({ changeId })).resolves.toMatchObject({
      source: 'archive',
      change: { changeId, finalState: 'applied', idNumberMasked: '0010****2345' },
    });
  }
}

describe('a fold writes finished changes to one batch file', () => {
  it('lists the batch with its size and digest, and takes its changes out of the store', async () => {
    const store = await folder.reopen({ now });
    const finished = await commitFinishedChanges(store, 3);
    const waiting = queuedChange(store.allocateSeq());
    await store.commit([accepted(waiting)]);
    await store.compact();

    const [batch, ...others] = store.read().archive.batches;
    expect(others).toEqual([]);
    expect(batch).toMatchObject({ day: '2026-12-01', count: 3 });
    const name = `changes-2026-12-01.${batch?.batchId}.jsonl`;
    expect(await archiveNames()).toEqual([name]);
    const bytes = await readFile(join(folder.dir, ARCHIVE_DIR, name));
    expect(batch?.bytes).toBe(bytes.length);
    expect(batch?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const [header, ...lines] = bytes.toString('utf8').trimEnd().split('\n');
    expect(JSON.parse(header?.slice(9) ?? '')).toEqual({
      format: 'kiosk-archive-batch',
      v: 2,
      batchId: batch?.batchId,
      day: '2026-12-01',
      count: 3,
    });
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{8} \{"changeId":/);
    expect(bytes.toString('utf8')).not.toContain('001090012345');
    expect(store.read().changes.map((entry) => entry.change.changeId)).toEqual([waiting.change.changeId]);
    expect(store.read().archive.pending).toBeUndefined();

    const reopened = await folder.reopen({ now });
    expect(reopened.notices()).toEqual([]);
    await expectEachOnceInTheArchive(reopened, finished);
  });

  it('writes no batch when nothing finished', async () => {
    const store = await folder.reopen({ now });
    await store.commit([accepted(queuedChange(store.allocateSeq()))]);
    await store.compact();
    expect(store.read().archive).toEqual({ batches: [] });
    expect(await archiveNames()).toEqual([]);
  });
});

describe('a fold that crashes between its steps', () => {
  const steps: CrashStep[] = [
    'batch file half written',
    'batch file not renamed',
    'written record lost',
    'snapshot lost',
  ];

  it.each(steps)('%s: the restart leaves every change exactly once', async (step) => {
    const disk = new PlayedDisk();
    const store = await folder.reopen({ now, appendFiles: disk.open, fileSystem: crashingAt(step, disk) });
    const finished = await commitFinishedChanges(store, 4);
    await expect(store.compact()).rejects.toThrow();
    const pending = store.read().archive.pending;

    const reopened = await folder.reopen({ now });
    await expectEachOnceInTheArchive(reopened, finished);
    const { batches, pending: stillPending } = reopened.read().archive;
    expect(stillPending).toBeUndefined();
    expect(batches).toHaveLength(1);
    // Redone as the same batch, not archived again under a new one.
    if (pending !== undefined) expect(batches[0]?.batchId).toBe(pending.batchId);
    expect(await archiveNames()).toEqual([`changes-2026-12-01.${batches[0]?.batchId}.jsonl`]);
    expect(reopened.notices().filter((notice) => notice.code === 'ARCHIVE_DAMAGED')).toEqual([]);

    // And the next fold archives nothing twice.
    await reopened.compact();
    await expectEachOnceInTheArchive(reopened, finished);
    expect(reopened.read().archive.batches).toHaveLength(1);
  });

  it('rewrites the same bytes when the batch file was already in place', async () => {
    const disk = new PlayedDisk();
    const store = await folder.reopen({
      now,
      appendFiles: disk.open,
      fileSystem: crashingAt('written record lost', disk),
    });
    const finished = await commitFinishedChanges(store, 2);
    await expect(store.compact()).rejects.toMatchObject({ code: 'STORE_FAILED' });
    const [name] = await archiveNames();
    const before = await readFile(join(folder.dir, ARCHIVE_DIR, name ?? ''));

    // Before the restart the changes sit in both places; the once-view counts each once, the store winning.
    for (const entry of finished) {
      const { changeId } = entry.change;
      expect((await copiesOfChanges(store, folder.dir)).get(changeId)).toBe(2);
      await expect(store.history.find({ changeId })).resolves.toMatchObject({ source: 'store' });
    }
    const seen: string[] = [];
    for await (const { change } of store.history.changes()) seen.push(change.changeId);
    expect(seen.sort()).toEqual(finished.map((entry) => entry.change.changeId).sort());

    const reopened = await folder.reopen({ now });
    expect(await readFile(join(folder.dir, ARCHIVE_DIR, name ?? ''))).toEqual(before);
    expect(reopened.read().archive.batches[0]?.sha256).toBe(
      createHash('sha256').update(before).digest('hex'),
    );
  });

  it('finishes a pending batch at the next fold when the start could not', async () => {
    const disk = new PlayedDisk();
    const fault = { on: true };
    const crashing = {
      now,
      appendFiles: disk.open,
      fileSystem: crashingAt('written record lost', disk, fault),
    };
    const store = await folder.reopen(crashing);
    const finished = await commitFinishedChanges(store, 2);
    await expect(store.compact()).rejects.toThrow();
    // The restart's own attempt fails too (the same fault, once); the kiosk starts all the same.
    const restarted = await folder.reopen(crashing);
    expect(restarted.read().archive.pending?.changeIds).toHaveLength(2);
    expect(restarted.notices().map((notice) => notice.code)).toContain('BACKGROUND_FOLD_FAILED');
    const more = await commitFinishedChanges(restarted, 1);
    fault.on = false;

    // The fold redoes the pending batch first, then archives what finished since in a new one.
    await restarted.compact();
    await expectEachOnceInTheArchive(restarted, [...finished, ...more]);
    expect(restarted.read().archive.batches.map((batch) => batch.count)).toEqual([2, 1]);
  });

  it('still reads change.archived from journals written before batches', async () => {
    const store = await folder.reopen({ now });
    const [done] = await commitFinishedChanges(store, 1);
    const changeId = done?.change.changeId ?? '';
    await store.commit([{ type: 'change.archived', changeIds: [changeId] }]);
    expect(store.get(changeId)).toBeUndefined();
    const reopened = await folder.reopen({ now });
    expect(reopened.get(changeId)).toBeUndefined();
    expect(await journalRecords(folder.dir)).toContainEqual({
      type: 'change.archived',
      changeIds: [changeId],
    });
  });
});
