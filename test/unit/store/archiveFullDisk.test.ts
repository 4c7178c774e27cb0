import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_DIR } from '../../../electron/core/store/archive/ChangeArchive.js';
import { nodeDurableFileSystem } from '../../../storage/durableFileAdapter.js';
import type { DurableFileSystem } from '../../../storage/durableFileAdapter.js';
import { commitFinishedChanges, copiesOfChanges } from '../../support/archiveCopies.js';
import { useStoreTestFolder } from '../../support/storeTestFolder.js';

// A batch file is written whole or not at all: on a full disk the fold is refused, nothing is
// half-archived, and once space is freed the same batch is written, each change once.
const folder = useStoreTestFolder('kiosk-archive-');

const now = () => new Date('2026-11-23T08:00:00.000Z');

/** A disk whose archive folder takes no bytes while `error` is set. */
function diskRefusingArchive(state: { error: string | undefined }): DurableFileSystem {
  return {
    ...nodeDurableFileSystem,
    async writeAndSync(path, text) {
      if (state.error !== undefined && path.includes(`/${ARCHIVE_DIR}/`))
        throw Object.assign(new Error(`${state.error}: played by the test disk`), { code: state.error });
      return nodeDurableFileSystem.writeAndSync(path, text);
    },
  };
}

describe('the archive on a disk that fills up', () => {
  it.each([
    ['ENOSPC', 'STORE_FULL'],
    ['EIO', 'STORE_FAILED'],
  ])(
    '%s refuses the fold with %s, and the same batch is written once the disk takes it',
    async (error, code) => {
      const disk = { error: error as string | undefined };
      const store = await folder().reopen({ now, fileSystem: diskRefusingArchive(disk) });
      const finished = await commitFinishedChanges(store, 3);

      await expect(store.compact()).rejects.toMatchObject({ code });
      expect(await readdir(join(folder().dir, ARCHIVE_DIR))).toEqual([]);
      const pending = store.read().archive.pending;
      expect(pending?.changeIds).toHaveLength(3);
      for (const entry of finished) expect(store.get(entry.change.changeId)?.state).toBe('applied');

      disk.error = undefined;
      await store.compact();
      expect(store.read().archive.batches.map((batch) => batch.batchId)).toEqual([pending?.batchId]);
      const copies = await copiesOfChanges(store, folder().dir);
      expect(finished.map((entry) => copies.get(entry.change.changeId))).toEqual([1, 1, 1]);
      expect(await readdir(join(folder().dir, ARCHIVE_DIR))).toEqual([
        `changes-2026-11-23.${pending?.batchId}.jsonl`,
      ]);
    },
  );
});
