import {
  appendFile,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  truncate,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../electron/core/audit/auditEntry.js';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import { KioskEventHub } from '../../../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../../../electron/core/queue/ChangeQueue.js';
import type { ChangeAuditInput, NewChange } from '../../../electron/core/queue/ChangeQueue.js';
import type { StoreLossError } from '../../../electron/core/store/anchor/StoreLossError.js';
import { journalFileName } from '../../../electron/core/store/journal/ChangeJournal.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import type { KioskStoreOptions } from '../../../electron/core/store/openKioskStore.js';
import { LAST_GOOD_FILE, SNAPSHOT_FILE } from '../../../electron/core/store/sealedSnapshot.js';
import { nodeDurableFileSystem } from '../../../storage/durableFileAdapter.js';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';

// Issue 9, point 3: nothing acknowledged disappears in silence. The audit file anchors what the
// journal acknowledged; a start that finds acknowledged data missing refuses with a loss report.
let dir: string;
let store: KioskStore | undefined;
const now = () => new Date('2026-12-01T03:00:00.000Z');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-anchor-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  await store?.close().catch(() => undefined);
  store = undefined;
  await rm(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function reopen(options: Partial<KioskStoreOptions> = {}): Promise<KioskStore> {
  await store?.close();
  store = undefined;
  store = await openKioskStore({
    dataDir: dir,
    keySource: keyFileSource(join(dir, 'kiosk.key')),
    now,
    kioskId: 'KIOSK-TEST-01',
    ...options,
  });
  return store;
}

async function shut(): Promise<void> {
  await store?.close();
  store = undefined;
}

const change: NewChange = {
  kind: 'unlink-all-devices',
  idNumber: '001090012345',
  evidence: { method: 'staff', staffId: 'CB01', verifiedAt: now().toISOString() },
};
const audited: ChangeAuditInput = {
  action: 'device.unlinkAll',
  actor: 'staff',
  staffId: 'CB01',
  outcome: 'queued-offline',
};

async function acceptSome(current: KioskStore, count: number): Promise<ChangeReceipt[]> {
  const queue = new ChangeQueue(current, new KioskEventHub(), now);
  const receipts: ChangeReceipt[] = [];
  for (let i = 0; i < count; i++) receipts.push(await queue.accept(change, audited));
  return receipts;
}

async function refusal(options: Partial<KioskStoreOptions> = {}): Promise<StoreLossError> {
  const error = await reopen(options).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toMatchObject({ name: 'StoreLossError' });
  return error as StoreLossError;
}

function expectAffected(error: StoreLossError, lost: readonly ChangeReceipt[]): void {
  expect(error.report.affectedChanges.map((affected) => affected.reference).sort()).toEqual(
    lost.map((receipt) => receipt.reference).sort(),
  );
  for (const receipt of lost) expect(error.message).toContain(receipt.reference);
}

const journal = (generation: number) => join(dir, journalFileName(generation));

/** The byte offsets where each flush of a journal file starts (after its format line). */
async function flushStarts(generation: number): Promise<number[]> {
  const text = await readFile(journal(generation), 'utf8');
  const starts: number[] = [];
  let offset = 0;
  for (const line of text.split('\n').slice(0, -1)) {
    const body = line.slice(9);
    if (body.startsWith('H ') || body.startsWith('C ')) starts.push(offset + Buffer.byteLength(line) + 1);
    offset += Buffer.byteLength(line) + 1;
  }
  return starts;
}

describe('the anchored start', () => {
  it('refuses when the newest journal was cut inside an acknowledged, audited flush', async () => {
    const receipts = await acceptSome(await reopen(), 3);
    await shut();
    const starts = await flushStarts(1);
    // Cut halfway into the third flush: its commit line is gone, though it was acknowledged.
    const third = starts.at(-2) ?? 0;
    await truncate(journal(1), third + 40);
    const before = await readFile(journal(1));

    const error = await refusal();
    expect(error.report).toMatchObject({
      version: 1,
      kiosk: 'KIOSK-TEST-01',
      kind: 'journal-behind-audit',
      auditSeqFrom: 3,
      auditSeqTo: 3,
      recovery: [
        { way: 'restore-backup' },
        { way: 'accept-loss', command: `npm start -- --accept-loss=${error.report.id}` },
      ],
    });
    expect(error.report.id).toMatch(/^L-20261201-[0-9a-f]{6}$/);
    expectAffected(error, receipts.slice(2));
    expect(error.message).toMatch(/KIOSK DỪNG/);
    expect(error.message).toMatch(/ACKNOWLEDGED DATA IS MISSING/);
    expect(error.reportPath).toBe(join(dir, 'loss-reports', `${error.report.id}.json`));
    expect((await stat(error.reportPath)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(error.reportPath, 'utf8'))).toEqual(error.report);
    // Nothing was repaired, truncated or reset: the evidence stays as found.
    expect(await readFile(journal(1))).toEqual(before);
    // A second refused start keeps the same report (and id) for the same loss.
    expect((await refusal()).report.id).toBe(error.report.id);
    expect(await readdir(join(dir, 'loss-reports'))).toHaveLength(1);
  });

  it('still drops, in silence, a tail that a crash cut before it was acknowledged', async () => {
    const receipts = await acceptSome(await reopen(), 2);
    await shut();
    await appendFile(journal(1), '0badc0de R half-a-record-never-acknowledged');
    const current = await reopen();
    expect(current.notices().map((notice) => notice.code)).toEqual(['DISCARDED_UNACKNOWLEDGED_WRITE']);
    for (const receipt of receipts) expect(current.get(receipt.changeId)?.state).toBe('pending');
  });

  it('refuses when the newest journal was deleted', async () => {
    let current = await reopen();
    await acceptSome(current, 2);
    await current.compact();
    const lost = await acceptSome(current, 2);
    await shut();
    await unlink(journal(2));
    const error = await refusal();
    expect(error.report.kind).toBe('journal-missing');
    expect(error.report.what).toMatch(/Journal generation 2 is missing/);
    expect(error.report.what).toMatch(/the audit log reaches entry 4, the store only entry 2/);
    expectAffected(error, lost);
    current = await reopen({ acceptLoss: error.report.id });
    expect(current.read().changes).toHaveLength(2);
  });

  it('refuses when a middle journal generation was deleted', async () => {
    // Folds whose snapshot write fails still rotate: journals 1, 2 and 3 with no snapshot.
    const failingSnapshot = {
      ...nodeDurableFileSystem,
      writeAndSync: () => Promise.reject(new Error('EIO: played snapshot failure')),
    };
    const current = await reopen({ fileSystem: failingSnapshot });
    await acceptSome(current, 1);
    await expect(current.compact()).rejects.toThrow();
    const lost = await acceptSome(current, 2);
    await expect(current.compact()).rejects.toThrow();
    const kept = await acceptSome(current, 1);
    await shut();
    await unlink(journal(2));
    const error = await refusal();
    expect(error.report.kind).toBe('journal-missing');
    expect(error.report.what).toMatch(/Journal generation 2 is missing/);
    expectAffected(error, lost);
    expect(error.report.affectedChanges.map((affected) => affected.changeId)).not.toContain(
      kept[0]?.changeId,
    );
  });

  it('refuses when both the snapshot and its last-good copy are damaged', async () => {
    const current = await reopen();
    await acceptSome(current, 1);
    await current.compact();
    await acceptSome(current, 1);
    await current.compact();
    await acceptSome(current, 1);
    await shut();
    await writeFile(join(dir, SNAPSHOT_FILE), 'garbage');
    await writeFile(join(dir, LAST_GOOD_FILE), 'garbage');
    const error = await refusal();
    expect(error.report.kind).toBe('snapshot-unusable');
    expect(error.message).toMatch(/Không đọc được tệp dữ liệu chính lẫn bản sao dự phòng/);
  });

  it('refuses when the journal was deleted with no snapshot while the audit log has entries', async () => {
    const receipts = await acceptSome(await reopen(), 2);
    await shut();
    await unlink(journal(1));
    const error = await refusal();
    expect(error.report).toMatchObject({ kind: 'journal-behind-audit', auditSeqFrom: 1, auditSeqTo: 2 });
    expectAffected(error, receipts);
    // No empty store was started and no demo data enrolled: the folder is as it was.
    expect((await readdir(dir)).filter((name) => name.startsWith('journal-'))).toEqual([]);
  });

  it('refuses a journal flush that was acknowledged but is damaged, listing its change', async () => {
    const receipts = await acceptSome(await reopen(), 3);
    await shut();
    const lines = (await readFile(journal(1), 'utf8')).split('\n');
    // The second flush's record line (the format line, then flush 1: two records and a commit).
    const at = 4;
    lines[at] = (lines[at] ?? '').replace(/R (.)/, (_match, c: string) => `R ${c === 'A' ? 'B' : 'A'}`);
    await writeFile(journal(1), lines.join('\n'));
    const error = await refusal();
    expect(error.report.kind).toBe('journal-damaged');
    expectAffected(error, receipts.slice(1, 2));
  });

  describe('--accept-loss', () => {
    async function lossOfTheLastChange(): Promise<{ error: StoreLossError; receipts: ChangeReceipt[] }> {
      const receipts = await acceptSome(await reopen(), 3);
      await shut();
      const starts = await flushStarts(1);
      await truncate(journal(1), (starts.at(-2) ?? 0) + 40);
      return { error: await refusal(), receipts };
    }

    it('with the report’s id starts, records the acceptance in the audit chain, and the next plain start works', async () => {
      const { error, receipts } = await lossOfTheLastChange();
      let current = await reopen({ acceptLoss: error.report.id });
      expect(current.notices()).toContainEqual(
        expect.objectContaining({ code: 'LOSS_ACCEPTED', details: { reportId: error.report.id } }),
      );
      expect(current.get(receipts[0]?.changeId ?? '')).toBeDefined();
      expect(current.get(receipts[2]?.changeId ?? '')).toBeUndefined();
      await acceptSome(current, 1);
      await shut();

      const text = await readFile(join(dir, 'audit', 'audit-2026-12.jsonl'), 'utf8');
      const entries = text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as AuditEntry);
      expect(entries.map((entry) => [entry.seq, entry.action])).toEqual([
        [1, 'device.unlinkAll'],
        [2, 'device.unlinkAll'],
        [3, 'device.unlinkAll'],
        [4, 'store.lossAccepted'],
        [5, 'device.unlinkAll'],
      ]);
      expect(entries[3]).toMatchObject({
        actor: 'kiosk',
        outcome: 'journal-behind-audit',
        detail: `loss report ${error.report.id}`,
      });
      expect(await verifyAuditChain(dir)).toEqual({ ok: true, entries: 5 });

      current = await reopen();
      expect(current.notices().map((notice) => notice.code)).toEqual(['LOSS_ACCEPTED']);
      expect(current.read().auditHead.seq).toBe(5);
      // The same id a second time: there is nothing left to accept.
      await shut();
      await expect(reopen({ acceptLoss: error.report.id })).rejects.toMatchObject({
        code: 'STORE_FAILED',
        message: expect.stringMatching(/no missing data to accept/),
      });
    });

    it('with any other id is refused, and changes nothing', async () => {
      const { error } = await lossOfTheLastChange();
      const before = await readFile(journal(1));
      const refused = await refusal({ acceptLoss: 'L-20261201-000000' });
      expect(refused.report.id).toBe(error.report.id);
      expect(refused.message).toMatch(/--accept-loss=L-20261201-000000 .*does not name the loss found now/);
      expect(await readFile(journal(1))).toEqual(before);
      await expect(reopen({ acceptLoss: 'L-20261201-000000' })).rejects.toMatchObject({
        name: 'StoreLossError',
      });
    });

    it('on a kiosk with nothing missing is refused', async () => {
      await acceptSome(await reopen(), 1);
      await shut();
      await expect(reopen({ acceptLoss: 'L-20261201-3f9a2c' })).rejects.toMatchObject({
        message: expect.stringMatching(/no missing data to accept/),
      });
      expect(await reopen()).toBeDefined();
    });
  });

  it('refuses a missing key file while sealed data exists, and still makes a key for a fresh folder', async () => {
    await acceptSome(await reopen(), 1);
    await shut();
    const key = await readFile(join(dir, 'kiosk.key'));
    await unlink(join(dir, 'kiosk.key'));
    await expect(reopen()).rejects.toMatchObject({ message: expect.stringMatching(/kiosk.key is missing/) });
    expect((await readdir(dir)).includes('kiosk.key')).toBe(false);
    await writeFile(join(dir, 'kiosk.key'), key, { mode: 0o600 });
    expect((await reopen()).read().changes).toHaveLength(1);
  });
});
