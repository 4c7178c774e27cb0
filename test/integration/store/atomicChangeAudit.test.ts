import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../electron/core/audit/auditEntry.js';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import { KioskEventHub } from '../../../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../../../electron/core/queue/ChangeQueue.js';
import type { ChangeAuditInput, NewChange } from '../../../electron/core/queue/ChangeQueue.js';
import { openAppendFile } from '../../../electron/core/store/appendWhole.js';
import type { AppendFileOpener } from '../../../electron/core/store/appendWhole.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { PlayedDisk } from '../../support/playedDisk.js';
import { journalRecords } from '../../support/storeFixtures.js';

// Issue 9, point 2: a change and its audit line are durable together. The audit entry travels
// in the change's journal flush; the audit file is written from it afterwards and caught up.
let dir: string;
let store: KioskStore | undefined;
const now = () => new Date('2026-11-23T08:00:00.000Z');
const auditPath = () => join(dir, 'audit', 'audit-2026-11.jsonl');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-atomic-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  await store?.close().catch(() => undefined);
  store = undefined;
  await rm(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function reopen(appendFiles?: AppendFileOpener): Promise<KioskStore> {
  await store?.close();
  store = undefined;
  store = await openKioskStore({
    dataDir: dir,
    keySource: keyFileSource(join(dir, 'kiosk.key')),
    now,
    ...(appendFiles === undefined ? {} : { appendFiles }),
  });
  return store;
}

/** A disk that plays faults under one kind of file only. */
function faultsUnder(disk: PlayedDisk, part: string): AppendFileOpener {
  return (path, flags, mode) =>
    path.includes(part) ? disk.open(path, flags, mode) : openAppendFile(path, flags, mode);
}

const change: NewChange = {
  kind: 'unlink-device',
  idNumber: '001090012345',
  deviceId: 'device-1',
  evidence: { method: 'staff', staffId: 'CB01', verifiedAt: now().toISOString() },
};
const audited: ChangeAuditInput = {
  action: 'device.unlink',
  actor: 'staff',
  staffId: 'CB01',
  idNumber: '001090012345',
  deviceId: 'device-1',
  outcome: 'queued-offline',
};

async function auditLines(): Promise<AuditEntry[]> {
  const text = await readFile(auditPath(), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as AuditEntry);
}

describe('a change and its audit entry', () => {
  it('are one journal flush: the entry names the change and is chained from the store’s head', async () => {
    const current = await reopen();
    const queue = new ChangeQueue(current, new KioskEventHub(), now);
    const receipt = await queue.accept(change, audited);
    const records = (await journalRecords(dir)) as { type: string; entry?: AuditEntry }[];
    expect(records.map((record) => record.type)).toEqual(['change.accepted', 'audit.appended']);
    expect(records[1]?.entry).toMatchObject({
      seq: 1,
      changeId: receipt.changeId,
      reference: receipt.reference,
      idNumberMasked: '0010****2345',
    });
    expect(current.read().auditHead).toMatchObject({ seq: 1, hash: records[1]?.entry?.hash });
    expect(await auditLines()).toEqual([records[1]?.entry]);
  });

  it('are accepted even when the audit file cannot be written; the line follows once space is freed', async () => {
    const disk = new PlayedDisk();
    const current = await reopen(faultsUnder(disk, '/audit/'));
    const queue = new ChangeQueue(current, new KioskEventHub(), now);
    const first = await queue.accept(change, audited);
    disk.full();
    const second = await queue.accept(change, audited);
    expect(current.get(second.changeId)?.state).toBe('pending');
    expect(current.writes.failure).toBeUndefined();
    expect((await auditLines()).map((entry) => entry.changeId)).toEqual([first.changeId]);

    disk.free();
    const third = await queue.accept(change, audited);
    expect((await auditLines()).map((entry) => [entry.seq, entry.changeId])).toEqual([
      [1, first.changeId],
      [2, second.changeId],
      [3, third.changeId],
    ]);
    expect(await verifyAuditChain(dir)).toEqual({ ok: true, entries: 3 });
  });

  it('are caught up at the next start when the audit file write failed', async () => {
    const disk = new PlayedDisk();
    const current = await reopen(faultsUnder(disk, '/audit/'));
    const queue = new ChangeQueue(current, new KioskEventHub(), now);
    await queue.accept(change, audited);
    disk.writeErrors.push('EIO');
    const owed = await queue.accept(change, audited);
    expect((await auditLines()).map((entry) => entry.changeId)).not.toContain(owed.changeId);

    const reopened = await reopen();
    expect(reopened.notices()).toEqual([]);
    expect((await auditLines()).map((entry) => entry.changeId)).toContain(owed.changeId);
    expect(await verifyAuditChain(dir)).toEqual({ ok: true, entries: 2 });
  });

  it('are neither written when the flush fails, and the next change reuses the audit seq', async () => {
    const disk = new PlayedDisk();
    const current = await reopen(faultsUnder(disk, 'journal-'));
    const queue = new ChangeQueue(current, new KioskEventHub(), now);
    disk.full();
    await expect(queue.accept(change, audited)).rejects.toMatchObject({ code: 'STORE_FULL' });
    expect(current.read().changes).toEqual([]);
    expect(await journalRecords(dir)).toEqual([]);
    expect(await auditLines()).toEqual([]);

    disk.free();
    const receipt = await queue.accept(change, audited);
    expect(await auditLines()).toMatchObject([{ seq: 1, changeId: receipt.changeId }]);
    expect(await verifyAuditChain(dir)).toEqual({ ok: true, entries: 1 });
  });

  it('are reconciled at start when the audit file is behind the journal', async () => {
    const current = await reopen();
    const queue = new ChangeQueue(current, new KioskEventHub(), now);
    for (let i = 0; i < 3; i++) await queue.accept(change, audited);
    await current.close();
    store = undefined;
    // The machine stopped after the flushes were durable but before the audit file got its lines.
    const lines = (await readFile(auditPath(), 'utf8')).split('\n');
    await writeFile(auditPath(), `${lines[0] ?? ''}\n`);

    const reopened = await reopen();
    expect(reopened.notices()).toEqual([]);
    expect((await auditLines()).map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(await verifyAuditChain(dir)).toEqual({ ok: true, entries: 3 });
  });

  it('hold a fold back until the audit file has every entry the fold seals', async () => {
    const disk = new PlayedDisk();
    const current = await reopen(faultsUnder(disk, '/audit/'));
    const queue = new ChangeQueue(current, new KioskEventHub(), now);
    disk.full();
    const owed = await queue.accept(change, audited);
    await expect(current.compact()).rejects.toMatchObject({ code: 'STORE_FULL' });
    // Nothing was sealed or deleted: the journal still holds the entry the file lacks.
    expect(await readdir(dir)).not.toContain('kiosk-snapshot.sealed');
    disk.free();
    await current.compact();
    expect((await auditLines()).map((entry) => entry.changeId)).toEqual([owed.changeId]);
    expect(current.read().auditHead.seq).toBe(1);
  });

  it('anchors a change’s final state with a change.finished entry in the same flush', async () => {
    const current = await reopen();
    const queue = new ChangeQueue(current, new KioskEventHub(), now);
    const receipt = await queue.accept(change, audited);
    await queue.markSending([receipt.changeId]);
    await queue.recordResults([
      { changeId: receipt.changeId, outcome: 'applied', code: 'DEVICE_UNLINKED', message: 'done' },
    ]);
    const records = (await journalRecords(dir)) as { type: string; entry?: AuditEntry }[];
    expect(records.map((record) => record.type)).toEqual([
      'change.accepted',
      'audit.appended',
      'change.patched',
      'change.patched',
      'audit.appended',
    ]);
    expect(records[4]?.entry).toMatchObject({
      seq: 2,
      action: 'change.finished',
      actor: 'kiosk',
      changeId: receipt.changeId,
      reference: receipt.reference,
      idNumberMasked: '0010****2345',
      outcome: 'applied',
    });
    await current.close();
    store = undefined;
    expect(await verifyAuditChain(dir)).toEqual({ ok: true, entries: 2 });
  });
});
