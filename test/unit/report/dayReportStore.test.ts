import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditLog } from '../../../electron/core/audit/AuditLog.js';
import type { AuditInput } from '../../../electron/core/audit/AuditLog.js';
import { DayReports } from '../../../electron/core/report/DayReports.js';
import { ARCHIVE_DIR } from '../../../electron/core/store/archive/ChangeArchive.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import type { QueuedChange } from '../../../electron/core/store/kioskDocument.js';
import type { StoreRecord } from '../../../electron/core/store/storeRecords.js';
import type { ChangeState } from '../../../shared/domain/change.js';
import type { DayReport } from '../../../shared/ipc/reportContract.js';
import { nodeDurableFileSystem } from '../../../storage/durableFileAdapter.js';
import type { DurableFileSystem } from '../../../storage/durableFileAdapter.js';
import { copiesOfChanges } from '../../support/archiveCopies.js';
import { PlayedDisk } from '../../support/playedDisk.js';
import { StoreTestFolder } from '../../support/storeTestFolder.js';
import { accepted, queuedChange } from '../../support/storeFixtures.js';

// Issue 11, the day report's arithmetic over the store and the archive together: each change
// counted once, wherever it is, including while a batch file is written and its record is not.
let folder: StoreTestFolder;
let clock: Date;
const now = () => clock;
beforeEach(async () => {
  folder = await StoreTestFolder.create('kiosk-report-');
  // 2026-11-23 at 17:00 in Vietnam: the day (23/11) has begun and not ended.
  clock = new Date('2026-11-23T10:00:00.000Z');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  await folder.remove();
  vi.restoreAllMocks();
});

const DAY = '2026-11-23';

function reportsOf(store: KioskStore): DayReports {
  return new DayReports({
    history: store.history,
    dataDir: folder.dir,
    communeName: 'UBND xã Cẩm Bình',
    kioskId: 'KIOSK-DEMO-01',
    retentionDays: 365,
    now,
  });
}

/** The audit log starts the kiosk's history, as the first staff member's enrolment does. */
async function startAudit(store: KioskStore): Promise<AuditLog> {
  const audit = new AuditLog({ store });
  clock = new Date('2026-11-20T01:00:00.000Z');
  await audit.append({ action: 'staff.enrolled', actor: 'kiosk', staffId: 'CB01', outcome: 'supervisor' });
  clock = new Date('2026-11-23T10:00:00.000Z');
  return audit;
}

/** A change accepted at `at` (UTC) that now stands at `state`. */
function changeAt(store: KioskStore, at: string, kind: QueuedChange['change']['kind'] = 'unlink-device') {
  const entry = queuedChange(store.allocateSeq());
  return { ...entry, change: { ...entry.change, kind, createdAt: at }, updatedAt: at };
}

async function commitChanges(store: KioskStore, changes: { entry: QueuedChange; state: ChangeState }[]) {
  await store.commit(changes.map(({ entry }) => accepted(entry)));
  const patches: StoreRecord[] = changes
    .filter(({ state }) => state !== 'pending')
    .map(({ entry, state }) => ({
      type: 'change.patched',
      changeId: entry.change.changeId,
      at: '2026-11-23T09:00:00.000Z',
      patch: { state },
    }));
  if (patches.length > 0) await store.commit(patches);
}

const totals = (report: DayReport) => report.changes.total;

describe('changes of the day, by kind and outcome', () => {
  it('counts every outcome, pending/sending/blocked as still pending, and closed as its own', async () => {
    const store = await folder.reopen({ now });
    await startAudit(store);
    const states: ChangeState[] = [
      'applied',
      'applied',
      'duplicate',
      'rejected',
      'conflict',
      'closed',
      'pending',
      'sending',
      'blocked',
    ];
    await commitChanges(
      store,
      states.map((state, i) => ({ entry: changeAt(store, `2026-11-23T0${i}:00:00.000Z`), state })),
    );
    const unlock = changeAt(store, '2026-11-23T09:30:00.000Z', 'unlock-request');
    await commitChanges(store, [{ entry: unlock, state: 'applied' }]);

    const report = await reportsOf(store).report(DAY);
    expect(totals(report)).toEqual({
      applied: 3,
      duplicate: 1,
      rejected: 1,
      conflict: 1,
      closed: 1,
      pending: 3,
    });
    expect(report.changes.byKind['unlink-device']).toEqual({
      applied: 2,
      duplicate: 1,
      rejected: 1,
      conflict: 1,
      closed: 1,
      pending: 3,
    });
    expect(report.changes.byKind['unlock-request'].applied).toBe(1);
    expect(report.changes.byKind['unlink-all-devices']).toEqual({
      applied: 0,
      duplicate: 0,
      rejected: 0,
      conflict: 0,
      closed: 0,
      pending: 0,
    });
    expect(report.requests).toHaveLength(10);
    expect(report.requests.map((request) => request.state)).toEqual([...states, 'applied']);
    for (const request of report.requests) expect(request.idNumberMasked).toBe('0010****2345');
    expect(JSON.stringify(report)).not.toContain('001090012345');
  });

  it('counts a day in Vietnam time: 00:00 to 24:00 at UTC+7', async () => {
    const store = await folder.reopen({ now });
    await startAudit(store);
    await commitChanges(store, [
      // 23:59 on 22/11 in Vietnam: the day before.
      { entry: changeAt(store, '2026-11-22T16:59:59.999Z'), state: 'applied' },
      // 00:00 on 23/11.
      { entry: changeAt(store, '2026-11-22T17:00:00.000Z'), state: 'applied' },
      // 23:59 on 23/11.
      { entry: changeAt(store, '2026-11-23T16:59:59.999Z'), state: 'pending' },
    ]);
    clock = new Date('2026-11-24T03:00:00.000Z');
    const reports = reportsOf(store);
    expect(totals(await reports.report(DAY))).toMatchObject({ applied: 1, pending: 1 });
    expect(totals(await reports.report('2026-11-22'))).toMatchObject({ applied: 1, pending: 0 });
  });

  it('counts the same figures once the finished changes moved to the archive', async () => {
    const store = await folder.reopen({ now });
    await startAudit(store);
    const applied = changeAt(store, '2026-11-23T01:00:00.000Z');
    const duplicate = changeAt(store, '2026-11-23T01:30:00.000Z');
    await commitChanges(store, [
      { entry: applied, state: 'applied' },
      { entry: duplicate, state: 'duplicate' },
      { entry: changeAt(store, '2026-11-23T02:00:00.000Z'), state: 'rejected' },
      { entry: changeAt(store, '2026-11-23T03:00:00.000Z'), state: 'closed' },
      { entry: changeAt(store, '2026-11-23T04:00:00.000Z'), state: 'pending' },
    ]);
    const before = await reportsOf(store).report(DAY);
    await store.compact();
    expect(store.get(applied.change.changeId)).toBeUndefined();
    expect(store.get(duplicate.change.changeId)).toBeUndefined();
    expect(store.read().archive.batches).toHaveLength(1);

    const after = await reportsOf(store).report(DAY);
    expect(after.changes).toEqual(before.changes);
    expect(after.requests).toEqual(before.requests);
    expect(totals(after)).toEqual({
      applied: 1,
      duplicate: 1,
      rejected: 1,
      conflict: 0,
      closed: 1,
      pending: 1,
    });
  });

  it('counts a change once in the window between its batch file written and the journal record', async () => {
    const disk = new PlayedDisk();
    // The batch file lands whole; the journal's next flush (the written record) fails.
    const fileSystem: DurableFileSystem = {
      ...nodeDurableFileSystem,
      async rename(from, to) {
        await nodeDurableFileSystem.rename(from, to);
        if (to.includes(`/${ARCHIVE_DIR}/`)) disk.writeErrors.push('EIO');
      },
    };
    const store = await folder.reopen({ now, appendFiles: disk.open, fileSystem });
    await startAudit(store);
    const applied = [1, 2, 3].map((hour) => ({
      entry: changeAt(store, `2026-11-23T0${hour}:00:00.000Z`),
      state: 'applied' as const,
    }));
    await commitChanges(store, [
      ...applied,
      { entry: changeAt(store, '2026-11-23T05:00:00.000Z'), state: 'conflict' },
    ]);
    await expect(store.compact()).rejects.toMatchObject({ code: 'STORE_FAILED' });

    // Every finished change is now in the store and in a batch file.
    const copies = await copiesOfChanges(store, folder.dir);
    for (const { entry } of applied) expect(copies.get(entry.change.changeId)).toBe(2);
    const report = await reportsOf(store).report(DAY);
    expect(totals(report)).toEqual({
      applied: 3,
      duplicate: 0,
      rejected: 0,
      conflict: 1,
      closed: 0,
      pending: 0,
    });
    expect(new Set(report.requests.map((request) => request.reference)).size).toBe(4);
    expect(report.requests).toHaveLength(4);

    // And after the restart that finishes the batch: still each once.
    const reopened = await folder.reopen({ now });
    const again = await reportsOf(reopened).report(DAY);
    expect(again.changes).toEqual(report.changes);
    expect(again.requests).toEqual(report.requests);
  });

  it('counts a change once even when an old archive holds it twice', async () => {
    const store = await folder.reopen({ now });
    await startAudit(store);
    const entry = changeAt(store, '2026-11-23T01:00:00.000Z');
    // A v1 day file (before issue 9) with the same change appended twice.
    const line = JSON.stringify({
      changeId: entry.change.changeId,
      reference: 'X',
      seq: entry.change.seq,
      kind: 'unlink-device',
      idNumberMasked: '0010****2345',
      verifiedBy: 'passcode',
      acceptedAt: entry.change.createdAt,
      finalState: 'applied',
      finishedAt: '2026-11-23T01:00:05.000Z',
    });
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(folder.dir, ARCHIVE_DIR), { recursive: true });
    await writeFile(join(folder.dir, ARCHIVE_DIR, 'changes-2026-11-23.jsonl'), `${line}\n${line}\n`);
    const report = await reportsOf(store).report(DAY);
    expect(totals(report).applied).toBe(1);
    expect(report.requests).toHaveLength(1);
  });
});

describe('identifications, unlock requests and staff work, from the audit log', () => {
  it('counts by method, failures, unlock grounds (refused at the kiosk too) and work per staff member', async () => {
    const store = await folder.reopen({ now });
    const audit = await startAudit(store);
    const citizen = { idNumber: '001090012345', assisted: false };
    const entries: AuditInput[] = [
      { action: 'staff.signIn', actor: 'staff', staffId: 'CB01' },
      { action: 'staff.signIn', actor: 'staff', staffId: 'CB02' },
      { action: 'staff.signIn', actor: 'staff', staffId: 'CB01' },
      { action: 'session.verified', actor: 'citizen', verifiedBy: 'passcode', ...citizen },
      { action: 'session.verified', actor: 'citizen', verifiedBy: 'passcode', ...citizen },
      { action: 'session.verified', actor: 'citizen', verifiedBy: 'otp', ...citizen },
      {
        action: 'session.verificationFailed',
        actor: 'citizen',
        verifiedBy: 'passcode',
        outcome: 'VERIFICATION_FAILED',
        ...citizen,
      },
      {
        action: 'session.verificationFailed',
        actor: 'citizen',
        verifiedBy: 'otp',
        outcome: 'OTP_EXPIRED',
        ...citizen,
      },
      {
        action: 'session.attested',
        actor: 'staff',
        staffId: 'CB02',
        verifiedBy: 'staff',
        outcome: 'confirmed-online',
        idNumber: '001090012345',
        assisted: true,
      },
      {
        action: 'unlock.request',
        actor: 'staff',
        staffId: 'CB02',
        changeId: '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        detail: 'lockReason=holder-request',
        outcome: 'accepted',
        ...citizen,
      },
      {
        action: 'unlock.request',
        actor: 'citizen',
        changeId: '7f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        detail: 'lockReason=terms-violation',
        outcome: 'accepted',
        ...citizen,
      },
      // Taken back (offline, a citizen alone): not a request the office received.
      {
        action: 'unlock.request',
        actor: 'citizen',
        changeId: '8f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        detail: 'lockReason=terms-violation',
        outcome: 'accepted',
        ...citizen,
      },
      {
        action: 'change.withdrawn',
        actor: 'citizen',
        changeId: '8f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        outcome: 'offline',
        ...citizen,
      },
      {
        action: 'unlock.refused',
        actor: 'citizen',
        outcome: 'COMPETENT_AUTHORITY',
        detail: 'lockReason=competent-authority',
        ...citizen,
      },
      // Written before issue 11: the eligibility reason still names the ground.
      { action: 'unlock.refused', actor: 'citizen', outcome: 'HOLDER_DECEASED', ...citizen },
      { action: 'unlock.refused', actor: 'citizen', outcome: 'NOT_LOCKED', ...citizen },
      {
        action: 'device.unlink',
        actor: 'staff',
        staffId: 'CB01',
        changeId: '9f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        outcome: 'accepted',
        ...citizen,
      },
      { action: 'receipt.printed', actor: 'staff', staffId: 'CB01', outcome: 'printed' },
      { action: 'receipt.printed', actor: 'staff', staffId: 'CB01', outcome: 'not-printed' },
    ];
    for (const entry of entries) await audit.append(entry);
    // The next day's entries stay out of this day's report.
    clock = new Date('2026-11-23T17:00:00.000Z');
    await audit.append({ action: 'staff.signIn', actor: 'staff', staffId: 'CB01' });
    await audit.append({ action: 'session.verified', actor: 'citizen', verifiedBy: 'otp', ...citizen });

    const report = await reportsOf(store).report(DAY);
    expect(report.identifications).toEqual({
      passcode: { succeeded: 2, failed: 1 },
      otp: { succeeded: 1, failed: 1 },
      staff: { succeeded: 1, failed: 0 },
    });
    expect(report.unlocks).toEqual([
      { lockReason: 'terms-violation', requested: 1, refusedAtKiosk: 0 },
      { lockReason: 'holder-request', requested: 1, refusedAtKiosk: 0 },
      { lockReason: 'holder-deceased', requested: 0, refusedAtKiosk: 1 },
      { lockReason: 'competent-authority', requested: 0, refusedAtKiosk: 1 },
      { lockReason: 'not-locked', requested: 0, refusedAtKiosk: 1 },
    ]);
    expect(report.staff).toEqual([
      { staffId: 'CB01', signIns: 2, attested: 0, changes: 1, receiptsPrinted: 1 },
      { staffId: 'CB02', signIns: 1, attested: 1, changes: 1, receiptsPrinted: 0 },
    ]);
    expect(JSON.stringify(report)).not.toContain('001090012345');
  });
});

describe('which days a report can be made for', () => {
  it('today by default; from the first audit entry to today; anything else REPORT_DAY_NOT_AVAILABLE', async () => {
    const store = await folder.reopen({ now });
    await startAudit(store);
    const reports = reportsOf(store);
    const today = await reports.report();
    expect(today).toMatchObject({ day: DAY, earliestDay: '2026-11-20', latestDay: DAY });
    await expect(reports.report('2026-11-20')).resolves.toMatchObject({ day: '2026-11-20' });
    for (const day of ['2026-11-24', '2026-11-19']) {
      await expect(reports.report(day)).rejects.toMatchObject({
        code: 'REPORT_DAY_NOT_AVAILABLE',
        details: { day, earliestDay: '2026-11-20', latestDay: DAY },
      });
    }
  });

  it('no earlier than the archive keeps changes', async () => {
    const store = await folder.reopen({ now });
    await startAudit(store);
    const reports = new DayReports({
      history: store.history,
      dataDir: folder.dir,
      communeName: 'UBND xã',
      kioskId: 'K',
      retentionDays: 2,
      now,
    });
    await expect(reports.days()).resolves.toEqual({ earliestDay: '2026-11-22', latestDay: DAY });
  });
});
