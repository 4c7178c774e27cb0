import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditInput } from '../../../electron/core/audit/AuditLog.js';
import { AuditLog } from '../../../electron/core/audit/AuditLog.js';
import { AuditReader } from '../../../electron/core/audit/AuditReader.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import type { AuditLogEntry } from '../../../shared/ipc/auditContract.js';

// Counts the audit month files read, to prove a page reads only the months it needs.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof fs>();
  return { ...original, readFile: vi.fn(original.readFile) };
});

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kiosk-audit-reader-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Each entry at its own instant, written by the real store and audit log. */
async function writeEntries(entries: readonly (AuditInput & { at: string })[]): Promise<void> {
  let now = new Date(entries[0]?.at ?? Date.now());
  const store = await openKioskStore({
    dataDir,
    keySource: keyFileSource(join(dataDir, 'kiosk.key')),
    now: () => now,
  });
  const log = new AuditLog({ store });
  for (const { at, ...input } of entries) {
    now = new Date(at);
    await log.append(input);
  }
  await log.close();
  await store.close();
}

function reader(enrolled: readonly string[] = ['CB01']): AuditReader {
  return new AuditReader({
    dataDir,
    enrolledStaffIds: () => enrolled,
    now: () => new Date('2026-12-02T05:00:00.000Z'),
  });
}

function monthFilesRead(): string[] {
  return vi
    .mocked(fs.readFile)
    .mock.calls.map(([path]) => String(path))
    .filter((path) => path.startsWith(join(dataDir, 'audit')))
    .map((path) => path.slice(path.lastIndexOf('/') + 1));
}

/** Twelve entries: six in November, six in December (Vietnam time), two staff, a citizen, the kiosk. */
async function officeMonths(): Promise<void> {
  const november = (day: number, i: number) => `2026-11-${String(day).padStart(2, '0')}T0${i}:00:00.000Z`;
  await writeEntries([
    { at: november(20, 1), action: 'staff.signIn', actor: 'staff', staffId: 'CB01' },
    {
      at: november(20, 2),
      action: 'device.unlink',
      actor: 'staff',
      staffId: 'CB01',
      idNumber: '001090012345',
    },
    {
      at: november(20, 3),
      action: 'request.lookup',
      actor: 'citizen',
      reference: 'ABCD2345',
      outcome: 'not-found',
    },
    { at: november(21, 1), action: 'staff.signIn', actor: 'staff', staffId: 'CB02' },
    {
      at: november(21, 2),
      action: 'unlock.request',
      actor: 'staff',
      staffId: 'CB02',
      idNumber: '042195001234',
    },
    // 17:30 UTC on 30 November is 1 December in Vietnam: December's file.
    {
      at: '2026-11-30T16:59:00.000Z',
      action: 'staff.signOut',
      actor: 'kiosk',
      staffId: 'CB02',
      outcome: 'idle',
    },
    { at: '2026-11-30T17:30:00.000Z', action: 'staff.signIn', actor: 'staff', staffId: 'CB01' },
    {
      at: '2026-12-01T02:00:00.000Z',
      action: 'device.unlink',
      actor: 'staff',
      staffId: 'CB01',
      idNumber: '040088005555',
    },
    { at: '2026-12-01T03:00:00.000Z', action: 'change.finished', actor: 'kiosk', outcome: 'applied' },
    { at: '2026-12-02T01:00:00.000Z', action: 'staff.signIn', actor: 'staff', staffId: 'CB02' },
    {
      at: '2026-12-02T02:00:00.000Z',
      action: 'device.unlink',
      actor: 'staff',
      staffId: 'CB02',
      idNumber: '001090012345',
    },
    {
      at: '2026-12-02T03:00:00.000Z',
      action: 'request.lookup',
      actor: 'staff',
      staffId: 'CB02',
      reference: 'ABCD2345',
    },
  ]);
}

const seqs = (entries: readonly AuditLogEntry[]) => entries.map((entry) => entry.seq);

describe('AuditReader: entries newest first, paged and filtered', () => {
  it('pages newest first by a seq cursor, each entry once, with no cursor after the last page', async () => {
    await officeMonths();
    const log = reader();
    const first = await log.page({ limit: 5 });
    expect(seqs(first.entries)).toEqual([12, 11, 10, 9, 8]);
    expect(first.nextBefore).toBe(8);
    const second = await log.page({ limit: 5, before: 8 });
    expect(seqs(second.entries)).toEqual([7, 6, 5, 4, 3]);
    const third = await log.page({ limit: 5, before: second.nextBefore ?? 0 });
    expect(seqs(third.entries)).toEqual([2, 1]);
    expect(third.nextBefore).toBeUndefined();
    // A page exactly full at the end of the log has no cursor either.
    expect((await log.page({ limit: 2, before: 3 })).nextBefore).toBeUndefined();
  });

  it('shows what the line holds, masked, and nothing of the chain or the change id', async () => {
    await officeMonths();
    const [entry] = (await reader().page({ limit: 1, before: 12 })).entries;
    expect(entry).toEqual({
      seq: 11,
      at: '2026-12-02T02:00:00.000Z',
      action: 'device.unlink',
      actor: 'staff',
      staffId: 'CB02',
      idNumberMasked: '0010****2345',
    });
    expect(JSON.stringify(await reader().page({}))).not.toMatch(/001090012345|prevHash|"hash"/);
  });

  it('filters by Vietnam day, by staff member and by action, alone and together', async () => {
    await officeMonths();
    const log = reader();
    // 16:59 UTC on 30 November is still the 30th in Vietnam; 17:30 is already 1 December.
    expect(seqs((await log.page({ day: '2026-11-30' })).entries)).toEqual([6]);
    expect(seqs((await log.page({ day: '2026-12-01' })).entries)).toEqual([9, 8, 7]);
    expect(seqs((await log.page({ staffId: 'CB02' })).entries)).toEqual([12, 11, 10, 6, 5, 4]);
    expect(seqs((await log.page({ action: 'device.unlink' })).entries)).toEqual([11, 8, 2]);
    expect(seqs((await log.page({ action: 'device.unlink', staffId: 'CB01' })).entries)).toEqual([8, 2]);
    expect(seqs((await log.page({ day: '2026-11-20', action: 'staff.signIn' })).entries)).toEqual([1]);
    expect((await log.page({ day: '2026-10-01' })).entries).toEqual([]);
    // A filtered page is paged the same way.
    const page = await log.page({ staffId: 'CB02', limit: 4 });
    expect(page.nextBefore).toBe(6);
    expect(seqs((await log.page({ staffId: 'CB02', limit: 4, before: 6 })).entries)).toEqual([5, 4]);
  });

  it('reads only the newest month for a first page it fills, and only the day’s month for a day', async () => {
    await officeMonths();
    const log = reader();
    vi.mocked(fs.readFile).mockClear();
    await log.page({ limit: 5 });
    expect(monthFilesRead()).toEqual(['audit-2026-12.jsonl']);

    vi.mocked(fs.readFile).mockClear();
    await reader().page({ day: '2026-11-21' });
    expect(monthFilesRead()).toEqual(['audit-2026-11.jsonl']);

    // A page further back skips December unread once its range is known (and it did not change).
    vi.mocked(fs.readFile).mockClear();
    expect(seqs((await log.page({ limit: 3, before: 6 })).entries)).toEqual([5, 4, 3]);
    expect(monthFilesRead()).toEqual(['audit-2026-11.jsonl']);
  });

  it('offers the enrolled staff and those the entries read name, for the filter', async () => {
    await officeMonths();
    const log = reader(['CB01', 'CB03']);
    expect((await log.page({ limit: 1 })).staffIds).toEqual(['CB01', 'CB02', 'CB03']);
  });
});

describe('AuditReader: the chain status', () => {
  it('is intact with the count and the head, and follows new entries', async () => {
    await officeMonths();
    const log = reader();
    const status = await log.chainStatus();
    const newest = (await readFile(join(dataDir, 'audit', 'audit-2026-12.jsonl'), 'utf8'))
      .trimEnd()
      .split('\n');
    const head = JSON.parse(newest.at(-1) as string) as { seq: number; hash: string };
    expect(status).toEqual({
      status: 'intact',
      entries: 12,
      head: { seq: 12, hash: head.hash },
      checkedAt: '2026-12-02T05:00:00.000Z',
    });
    await writeEntries([
      { at: '2026-12-02T04:00:00.000Z', action: 'staff.signOut', actor: 'staff', staffId: 'CB02' },
    ]);
    expect(await log.chainStatus()).toMatchObject({ status: 'intact', entries: 13, head: { seq: 13 } });
  });

  it('does not walk the chain again while no month file changed', async () => {
    await officeMonths();
    const log = reader();
    await log.chainStatus();
    vi.mocked(fs.readFile).mockClear();
    await log.chainStatus();
    await log.page({ limit: 2 });
    expect(monthFilesRead()).toEqual([]);
  });

  it('names the first entry that fails when a line was altered, and still lists the others', async () => {
    await officeMonths();
    const file = join(dataDir, 'audit', 'audit-2026-11.jsonl');
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    // Entry 3's outcome changed by hand: its own hash no longer matches.
    lines[2] = (lines[2] as string).replace('"not-found"', '"this-kiosk"');
    await writeFile(file, `${lines.join('\n')}\n`);
    const log = reader();
    expect(await log.chainStatus()).toEqual({
      status: 'broken',
      entriesBefore: 2,
      untrustedFromSeq: 3,
      firstBreak: { file: 'audit-2026-11.jsonl', line: 3, seq: 3, reason: 'hash' },
      checkedAt: '2026-12-02T05:00:00.000Z',
    });
    expect(seqs((await log.page({ day: '2026-11-20' })).entries)).toEqual([3, 2, 1]);
  });

  it('names an unreadable line by file and line, and leaves it out of the list', async () => {
    await officeMonths();
    const file = join(dataDir, 'audit', 'audit-2026-12.jsonl');
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    lines[1] = '{"seq":8,"acti';
    await writeFile(file, `${lines.join('\n')}\n`);
    const log = reader();
    expect(await log.chainStatus()).toMatchObject({
      status: 'broken',
      entriesBefore: 7,
      untrustedFromSeq: 8,
      firstBreak: { file: 'audit-2026-12.jsonl', line: 2, reason: 'unreadable' },
    });
    expect(seqs((await log.page({ day: '2026-12-01' })).entries)).toEqual([9, 7]);
  });

  it('is intact and empty for a kiosk with no log yet', async () => {
    const log = reader();
    expect(await log.chainStatus()).toEqual({
      status: 'intact',
      entries: 0,
      checkedAt: '2026-12-02T05:00:00.000Z',
    });
    expect(await log.page({})).toEqual({ entries: [], staffIds: ['CB01'] });
  });
});
