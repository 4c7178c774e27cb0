import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_DIR } from '../../../electron/core/store/archive/ChangeArchive.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { commitFinishedChanges } from '../../support/archiveCopies.js';
import { useStoreTestFolder } from '../../support/storeTestFolder.js';
import { journalRecords } from '../../support/storeFixtures.js';

// Retention: archive files older than the retention period go, old day files and batches alike.
// A listed batch comes off the store's list (a record) before its file is deleted, so the
// start-up check never mistakes a purge for damage.
const folder = useStoreTestFolder('kiosk-archive-');

const yearAgo = () => new Date('2025-11-01T03:00:00.000Z');
const today = () => new Date('2026-12-01T03:00:00.000Z');
const archiveNames = async () => (await readdir(join(folder().dir, ARCHIVE_DIR))).sort();
const damageNotices = (store: KioskStore) =>
  store.notices().filter((notice) => notice.code === 'ARCHIVE_DAMAGED');

/** A batch folded a year ago, and old files beside it: a day file and a batch no list names. */
async function archiveOfAYearAgo(): Promise<string> {
  const store = await folder().reopen({ now: yearAgo });
  await commitFinishedChanges(store, 2);
  await store.compact();
  const batchId = store.read().archive.batches[0]?.batchId ?? '';
  await mkdir(join(folder().dir, ARCHIVE_DIR), { recursive: true });
  for (const name of [
    'changes-2025-10-01.jsonl',
    'changes-2025-10-02.bbbbbbbbbbbb.jsonl',
    'changes-2026-11-30.jsonl',
  ])
    await writeFile(join(folder().dir, ARCHIVE_DIR, name), '');
  return batchId;
}

describe('the archive past retention', () => {
  it('deletes old day files and batch files, and takes the batches off the list with a record', async () => {
    const batchId = await archiveOfAYearAgo();
    expect(await archiveNames()).toContain(`changes-2025-11-01.${batchId}.jsonl`);

    const store = await folder().reopen({ now: today, archiveRetentionDays: 365 });
    await store.compact();
    expect(await archiveNames()).toEqual(['changes-2026-11-30.jsonl']);
    expect(store.read().archive.batches).toEqual([]);
    expect(await journalRecords(folder().dir)).toContainEqual({
      type: 'archive.batchesPurged',
      batchIds: [batchId],
    });
    expect(damageNotices(await folder().reopen({ now: today }))).toEqual([]);
  });

  it('keeps what is within retention', async () => {
    const batchId = await archiveOfAYearAgo();
    const store = await folder().reopen({ now: today, archiveRetentionDays: 400 });
    await store.compact();
    expect(store.read().archive.batches.map((batch) => batch.batchId)).toEqual([batchId]);
    expect(await archiveNames()).toContain(`changes-2025-11-01.${batchId}.jsonl`);
  });

  it('after a crash between the record and the deletion, raises nothing and deletes the files next time', async () => {
    const batchId = await archiveOfAYearAgo();
    let store = await folder().reopen({ now: today, archiveRetentionDays: 365 });
    // The record is durable; the crash came before any file was deleted.
    await store.commit([{ type: 'archive.batchesPurged', batchIds: [batchId] }]);
    store = await folder().reopen({ now: today, archiveRetentionDays: 365 });
    expect(damageNotices(store)).toEqual([]);
    expect(await archiveNames()).toContain(`changes-2025-11-01.${batchId}.jsonl`);
    await store.compact();
    expect(await archiveNames()).toEqual(['changes-2026-11-30.jsonl']);
  });
});
