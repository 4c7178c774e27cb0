import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARCHIVE_DIR, ChangeArchive } from '../../../electron/core/store/archive/ChangeArchive.js';
import { PlayedDisk } from '../../support/playedDisk.js';
import { queuedChange } from '../../support/storeFixtures.js';

// The archive of finished changes is appended to at each fold: whole lines or none, so a change
// archived after a failed fold is found, and found once.
let dataDir: string;
let disk: PlayedDisk;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kiosk-archive-full-'));
  disk = new PlayedDisk();
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const now = new Date('2026-11-23T08:00:00.000Z');
const dayFile = () => join(dataDir, ARCHIVE_DIR, 'changes-2026-11-23.jsonl');
const finished = (seq: number) => queuedChange(seq, { state: 'applied', outcomeCode: 'DEVICE_UNLINKED' });

describe('the archive on a disk that fills up', () => {
  it.each([0, 1, 250, 600])(
    'refuses a fold’s lines when the disk takes only %i bytes, and takes them whole once space is freed',
    async (room) => {
      const archive = new ChangeArchive(dataDir, disk.open);
      const earlier = finished(1);
      await archive.append([earlier], now);
      const before = await readFile(dayFile());
      const batch = [finished(2), finished(3)];
      disk.bytesLeft = room;
      await expect(archive.append(batch, now)).rejects.toMatchObject({ code: 'STORE_FULL' });
      expect(await readFile(dayFile())).toEqual(before);

      disk.free();
      await archive.append(batch, now);
      const lines = (await readFile(dayFile(), 'utf8')).trimEnd().split('\n');
      expect(lines).toHaveLength(3);
      for (const entry of [earlier, ...batch]) {
        const id = entry.change.changeId;
        expect(await archive.find(id, (change) => change.changeId === id)).toMatchObject({
          finalState: 'applied',
        });
      }
      expect(await readdir(join(dataDir, ARCHIVE_DIR))).toEqual(['changes-2026-11-23.jsonl']);
    },
  );

  it('answers STORE_FAILED for another error', async () => {
    const archive = new ChangeArchive(dataDir, disk.open);
    disk.writeErrors.push('EIO');
    await expect(archive.append([finished(1)], now)).rejects.toMatchObject({ code: 'STORE_FAILED' });
    expect(await readFile(dayFile(), 'utf8')).toBe('');
  });
});
