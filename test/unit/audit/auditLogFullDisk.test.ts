import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditLog } from '../../../electron/core/audit/AuditLog.js';
import type { AuditInput } from '../../../electron/core/audit/AuditLog.js';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { PlayedDisk } from '../../support/playedDisk.js';

// Issue 9: half a line followed by the next entry broke the chain for good. An entry now travels
// in the journal (whole flushes or none) and the audit file is written from it, whole lines only.
let dataDir: string;
let disk: PlayedDisk;
let store: KioskStore;
let log: AuditLog;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kiosk-audit-full-'));
  disk = new PlayedDisk();
  store = await openKioskStore({
    dataDir,
    keySource: keyFileSource(join(dataDir, 'kiosk.key')),
    now: () => new Date('2026-11-23T08:00:00.000Z'),
    appendFiles: disk.open,
  });
  log = new AuditLog({ store });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  await log.close();
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const file = () => join(dataDir, 'audit', 'audit-2026-11.jsonl');
const line = (outcome: string): AuditInput => ({
  action: 'device.unlink',
  actor: 'staff',
  staffId: 'CB01',
  idNumber: '001090012345',
  outcome,
});

describe('the audit log on a disk that fills up', () => {
  it.each([0, 1, 100, 300])(
    'refuses an entry when the disk takes only %i of its bytes, and chains on once space is freed',
    async (room) => {
      await log.append(line('first'));
      const before = await readFile(file());
      disk.bytesLeft = room;
      await expect(log.append(line('lost'))).rejects.toMatchObject({ code: 'STORE_FULL' });
      expect(await readFile(file())).toEqual(before);
      expect(store.writes.failure?.code).toBe('STORE_FULL');

      disk.free();
      const next = await log.append(line('after'));
      expect(next.seq).toBe(2);
      expect(store.writes.failure).toBeUndefined();
      expect(await verifyAuditChain(dataDir)).toEqual({ ok: true, entries: 2 });
      expect((await readFile(file(), 'utf8')).includes('"outcome":"lost"')).toBe(false);
    },
  );

  it('answers STORE_FAILED for another error and leaves the chain whole', async () => {
    await log.append(line('first'));
    disk.writeErrors.push('EIO');
    await expect(log.append(line('lost'))).rejects.toMatchObject({ code: 'STORE_FAILED' });
    await log.append(line('after'));
    expect(await verifyAuditChain(dataDir)).toEqual({ ok: true, entries: 2 });
  });

  it('takes back an entry whose fdatasync failed', async () => {
    await log.append(line('first'));
    const size = (await stat(file())).size;
    disk.syncErrors.push('EDQUOT');
    await expect(log.append(line('lost'))).rejects.toMatchObject({ code: 'STORE_FULL' });
    expect((await stat(file())).size).toBe(size);
    const next = await log.append(line('after'));
    expect(next.seq).toBe(2);
    expect(await verifyAuditChain(dataDir)).toEqual({ ok: true, entries: 2 });
  });
});
