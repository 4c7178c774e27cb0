import { crc32 } from 'node:zlib';
import { mkdir, readFile, readdir, truncate, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archivedForm } from '../../../electron/core/store/archive/archivedChange.js';
import { ARCHIVE_DIR } from '../../../electron/core/store/archive/ChangeArchive.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import type { QueuedChange } from '../../../electron/core/store/kioskDocument.js';
import { commitFinishedChanges } from '../../support/archiveCopies.js';
import { useStoreTestFolder } from '../../support/storeTestFolder.js';
import { accepted, queuedChange } from '../../support/storeFixtures.js';

// An archive line carries a checksum, so damage is found and set aside, never read as valid; a
// batch the store lists is checked at start by its size alone; old day files are still read.
const folder = useStoreTestFolder('kiosk-archive-');

const now = () => new Date('2026-12-01T03:00:00.000Z');
const archivePath = (name: string) => join(folder().dir, ARCHIVE_DIR, name);

/** Folds three finished changes into one batch; gives them and the batch file's name. */
async function foldedBatch(): Promise<{ finished: QueuedChange[]; name: string }> {
  const store = await folder().reopen({ now });
  const finished = await commitFinishedChanges(store, 3);
  await store.compact();
  const batch = store.read().archive.batches[0];
  return { finished, name: `changes-${batch?.day}.${batch?.batchId}.jsonl` };
}

async function idsInHistory(store: KioskStore): Promise<string[]> {
  const ids: string[] = [];
  for await (const { change } of store.history.changes()) ids.push(change.changeId);
  return ids.sort();
}

const damageNotices = (store: KioskStore) =>
  store
    .notices()
    .filter((notice) => notice.code === 'ARCHIVE_DAMAGED')
    .map((notice) => notice.details);

describe('a damaged archive line', () => {
  it('is reported with its file and line, and never read as valid', async () => {
    const { finished, name } = await foldedBatch();
    const lines = (await readFile(archivePath(name), 'utf8')).split('\n');
    // Line 3 is the second change; a flipped digit still makes a change of the right shape.
    lines[2] = lines[2]?.replace('2345"', '2355"') ?? '';
    await writeFile(archivePath(name), lines.join('\n'));

    const store = await folder().reopen({ now });
    expect(damageNotices(store)).toEqual([]); // the size did not change: the start does not read lines
    const [first, damaged, third] = finished.map((entry) => entry.change.changeId);
    await expect(store.history.find({ changeId: damaged ?? '' })).resolves.toBeUndefined();
    expect(damageNotices(store)).toEqual([{ batch: name, day: '2026-12-01', line: 3 }]);
    await expect(store.history.find({ changeId: first ?? '' })).resolves.toMatchObject({ source: 'archive' });
    expect(await idsInHistory(store)).toEqual([first, third].sort());
    // Reported once, however often it is read.
    expect(damageNotices(store)).toHaveLength(1);
  });

  it('is found by any lookup, even when the damage hides the change it belongs to', async () => {
    const { finished, name } = await foldedBatch();
    const [first, second] = finished.map((entry) => entry.change.changeId);
    const text = await readFile(archivePath(name), 'utf8');
    await writeFile(archivePath(name), text.replace(second?.slice(0, 8) ?? '', '00000000'));

    const store = await folder().reopen({ now });
    await expect(store.history.find({ changeId: first ?? '' })).resolves.toMatchObject({ source: 'archive' });
    expect(damageNotices(store)).toEqual([{ batch: name, day: '2026-12-01', line: 3 }]);
  });
});

describe('the start-up check of listed batches', () => {
  it('raises ARCHIVE_DAMAGED naming a deleted batch, its day and its count', async () => {
    const { finished, name } = await foldedBatch();
    await unlink(archivePath(name));
    const store = await folder().reopen({ now });
    expect(damageNotices(store)).toEqual([{ batch: name, day: '2026-12-01', changes: 3 }]);
    await expect(
      store.history.find({ changeId: finished[0]?.change.changeId ?? '' }),
    ).resolves.toBeUndefined();
  });

  it('raises it for a batch cut short', async () => {
    const { name } = await foldedBatch();
    await truncate(archivePath(name), 200);
    const store = await folder().reopen({ now });
    expect(damageNotices(store)).toEqual([{ batch: name, day: '2026-12-01', changes: 3 }]);
  });

  it('is quiet when every batch is whole', async () => {
    await foldedBatch();
    expect(damageNotices(await folder().reopen({ now }))).toEqual([]);
  });
});

describe('archive files of other versions', () => {
  it('refuses a batch file of a newer format, with a clear message', async () => {
    const store = await folder().reopen({ now });
    const header = JSON.stringify({
      format: 'kiosk-archive-batch',
      v: 3,
      batchId: 'aaaaaaaaaaaa',
      day: '2026-12-01',
      count: 0,
    });
    await mkdir(join(folder().dir, ARCHIVE_DIR), { recursive: true });
    await writeFile(
      archivePath('changes-2026-12-01.aaaaaaaaaaaa.jsonl'),
      `${crc32(header).toString(16).padStart(8, '0')} ${header}\n`,
    );
    await expect(store.history.find({ reference: 'ABCDE-12345' })).rejects.toThrow(
      /changes-2026-12-01\.aaaaaaaaaaaa\.jsonl is format version 3, written by a newer version/,
    );
  });

  it('reads old day files, and counts a change written there twice (or still in the store) once', async () => {
    const store = await folder().reopen({ now });
    const inStore = queuedChange(store.allocateSeq(), { state: 'conflict' });
    await store.commit([accepted(inStore)]);
    const old = queuedChange(1000, { state: 'applied', outcomeCode: 'DEVICE_UNLINKED' });
    const line = (entry: QueuedChange) => `${JSON.stringify(archivedForm(entry))}\n`;
    await mkdir(join(folder().dir, ARCHIVE_DIR), { recursive: true });
    // A crash before issue 9 could write a fold's lines twice.
    await writeFile(archivePath('changes-2026-11-29.jsonl'), line(old) + line(inStore));
    await writeFile(archivePath('changes-2026-11-30.jsonl'), line(old));

    expect(await idsInHistory(store)).toEqual([old.change.changeId, inStore.change.changeId].sort());
    await expect(store.history.find({ changeId: inStore.change.changeId })).resolves.toMatchObject({
      source: 'store',
      change: { finalState: 'conflict' },
    });
    await expect(store.history.find({ changeId: old.change.changeId })).resolves.toMatchObject({
      source: 'archive',
      change: { finalState: 'applied', seq: 1000 },
    });
    expect(damageNotices(store)).toEqual([]);
  });
});

describe('a day through the once-view', () => {
  it('yields the changes whose life overlaps the range, reading only the files that can hold them', async () => {
    const store = await folder().reopen({ now });
    const early = queuedChange(1, { state: 'applied', updatedAt: '2026-11-20T02:00:00.000Z' });
    const inRange = queuedChange(2, { state: 'applied', updatedAt: '2026-11-30T05:00:00.000Z' });
    const line = (entry: QueuedChange) => `${JSON.stringify(archivedForm(entry))}\n`;
    await mkdir(join(folder().dir, ARCHIVE_DIR), { recursive: true });
    await writeFile(archivePath('changes-2026-11-20.jsonl'), line(early) + line(inRange));
    await writeFile(archivePath('changes-2026-11-30.jsonl'), line(inRange));
    // Damage in a file the range cannot need goes unread, and unreported.
    await writeFile(archivePath('changes-2026-11-19.jsonl'), 'not json\n');

    const during = { from: new Date('2026-11-29T17:00:00.000Z'), to: new Date('2026-11-30T17:00:00.000Z') };
    const ids: string[] = [];
    for await (const { change } of store.history.changes(during)) ids.push(change.changeId);
    expect(ids).toEqual([inRange.change.changeId]);
    expect(damageNotices(store)).toEqual([]);
    expect(await readdir(join(folder().dir, ARCHIVE_DIR))).toHaveLength(3);
  });
});
