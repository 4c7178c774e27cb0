import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../electron/core/audit/auditEntry.js';
import { createFolderExportSaver } from '../../../electron/core/report/ExportSaver.js';
import { vietnamDayOf } from '../../../shared/rules/time.js';
import { pdfText } from '../../unit/receipts/pdfTools.js';
import { DEMO, STAFF, startCoreRig } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

// Issue 11, the day report through the handler table: staff only (nothing read, written or
// audited for anyone else), figures that match what happened, and every export audited.
let rig: CoreRig;
let saveFolder: string;
let picked: string | undefined;
const printed: { pdf: Buffer; fileName: string }[] = [];

beforeEach(async () => {
  saveFolder = await mkdtemp(join(tmpdir(), 'kiosk-report-save-'));
  picked = saveFolder;
  printed.length = 0;
  rig = await startCoreRig({
    exportSaver: createFolderExportSaver({ pickFolder: async () => picked }),
    receiptPrinter: {
      async print(file) {
        printed.push(file);
        return true;
      },
    },
  });
});
afterEach(async () => {
  await rig.close();
  await rm(saveFolder, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function auditEntries(): Promise<AuditEntry[]> {
  const dir = join(rig.dataDir, 'audit');
  const entries: AuditEntry[] = [];
  for (const name of (await readdir(dir).catch(() => [] as string[])).sort()) {
    const text = await readFile(join(dir, name), 'utf8');
    for (const line of text.trimEnd().split('\n')) entries.push(JSON.parse(line) as AuditEntry);
  }
  return entries;
}

const today = () => vietnamDayOf(new Date());
const reportCalls = () => {
  const day = today();
  return [
    ['report.day', {}],
    ['report.export', { day, format: 'csv' }],
    ['report.export', { day, format: 'pdf' }],
    ['report.save', { day, format: 'pdf' }],
    ['report.print', { day }],
  ] as const;
};

describe('the day report is for staff only', () => {
  it('refuses nobody and a citizen alone with STAFF_REQUIRED, and nothing is saved, printed or audited', async () => {
    const before = (await auditEntries()).length;
    for (const [method, args] of reportCalls()) {
      expect((await rig.refusal(method, args)).code, method).toBe('STAFF_REQUIRED');
    }
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    const withCitizen = (await auditEntries()).length;
    expect(withCitizen).toBe(before + 1);
    for (const [method, args] of reportCalls()) {
      expect((await rig.refusal(method, args)).code, method).toBe('STAFF_REQUIRED');
    }
    expect((await auditEntries()).length).toBe(withCitizen);
    expect(await readdir(saveFolder)).toEqual([]);
    expect(printed).toEqual([]);
  });

  it('checks the arguments before anything: a day in another form is BAD_ARGUMENTS', async () => {
    await rig.call('staff.signIn', STAFF);
    for (const args of [{ day: '23/11/2026' }, { day: '2026-11-23', extra: 1 }]) {
      expect((await rig.refusal('report.day', args)).code).toBe('BAD_ARGUMENTS');
    }
    expect((await rig.refusal('report.export', { day: today(), format: 'xlsx' })).code).toBe('BAD_ARGUMENTS');
  });
});

describe('a staff member at the counter', () => {
  it('sees the day as it happened, exports it (audited), saves it into the picked folder and prints it', async () => {
    await rig.call('staff.signIn', STAFF);
    // A wrong passcode, then a right one and an unlock request (holder's own lock).
    expect(
      (await rig.refusal('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '000000' })).code,
    ).toBe('VERIFICATION_FAILED');
    await rig.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' });
    const unlock = await rig.call('unlock.request', {});
    await rig.call('session.end', {});
    // A card checked by staff, whose lock the kiosk cannot lift: refused at the kiosk.
    await rig.call('session.attestByStaff', {
      idNumber: DEMO.dung.id,
      dateOfBirth: DEMO.dung.dob,
      cardChecked: true,
    });
    expect((await rig.refusal('unlock.request', {})).code).toBe('UNLOCK_NOT_POSSIBLE');
    await rig.call('session.end', {});

    const report = await rig.call('report.day', {});
    expect(report).toMatchObject({ day: today(), latestDay: today(), communeName: 'UBND xã Cẩm Bình' });
    expect(report.changes.byKind['unlock-request'].applied).toBe(1);
    expect(report.changes.total).toEqual({
      applied: 1,
      duplicate: 0,
      rejected: 0,
      conflict: 0,
      closed: 0,
      pending: 0,
    });
    expect(report.identifications).toEqual({
      passcode: { succeeded: 1, failed: 1 },
      otp: { succeeded: 0, failed: 0 },
      staff: { succeeded: 1, failed: 0 },
    });
    expect(report.unlocks).toEqual([
      { lockReason: 'holder-request', requested: 1, refusedAtKiosk: 0 },
      { lockReason: 'competent-authority', requested: 0, refusedAtKiosk: 1 },
    ]);
    expect(report.staff).toEqual([
      { staffId: 'CB01', signIns: 1, attested: 1, changes: 1, receiptsPrinted: 0 },
    ]);
    expect(report.requests).toEqual([
      {
        at: expect.any(String),
        reference: unlock.reference,
        idNumberMasked: '0421****1234',
        kind: 'unlock-request',
        state: 'applied',
      },
    ]);
    expect(JSON.stringify(report)).not.toContain(DEMO.binh.id);
    expect(JSON.stringify(report)).not.toContain('Trần Thị Bình');

    const csv = await rig.call('report.export', { day: today(), format: 'csv' });
    expect(csv).toMatchObject({
      fileName: `bao-cao-ngay-${today()}.csv`,
      mediaType: 'text/csv; charset=utf-8',
    });
    const csvBytes = Buffer.from(csv.contentBase64, 'base64');
    const rows = parse(csvBytes, { bom: true }) as string[][];
    expect(rows.slice(1)).toEqual([
      [expect.any(String), unlock.reference, '0421****1234', 'Mở khóa tài khoản', 'Đã thực hiện'],
    ]);

    const pdf = await rig.call('report.export', { day: today(), format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: `bao-cao-ngay-${today()}.pdf`, mediaType: 'application/pdf' });
    const text = await pdfText(Buffer.from(pdf.contentBase64, 'base64'));
    expect(text).toContain(unlock.reference);
    expect(text).toContain('UBND xã Cẩm Bình');
    expect(text).not.toContain(DEMO.binh.id);

    const saved = await rig.call('report.save', { day: today(), format: 'csv' });
    expect(saved).toEqual({ saved: true, file: join(saveFolder, `bao-cao-ngay-${today()}.csv`) });
    expect(await readFile(join(saveFolder, `bao-cao-ngay-${today()}.csv`))).toEqual(csvBytes);
    expect(await readdir(saveFolder)).toEqual([`bao-cao-ngay-${today()}.csv`]);
    picked = undefined;
    expect(await rig.call('report.save', { day: today(), format: 'pdf' })).toEqual({ saved: false });

    expect(await rig.call('report.print', { day: today() })).toEqual({ printed: true });
    expect(printed).toHaveLength(1);
    expect(printed[0]?.fileName).toBe(`bao-cao-ngay-${today()}.pdf`);
    expect(await pdfText(printed[0]?.pdf ?? Buffer.alloc(0))).toContain(unlock.reference);

    const exported = (await auditEntries()).filter((entry) => entry.action === 'report.exported');
    expect(exported.map((entry) => [entry.staffId, entry.outcome, entry.detail])).toEqual([
      ['CB01', 'csv', `day=${today()}`],
      ['CB01', 'pdf', `day=${today()}`],
      ['CB01', 'saved-csv', `day=${today()}`],
      ['CB01', 'printed', `day=${today()}`],
    ]);
  });

  it('says which days can be reported when asked for another', async () => {
    await rig.call('staff.signIn', STAFF);
    const refusal = await rig.refusal('report.day', { day: '2099-01-01' });
    expect(refusal).toMatchObject({
      code: 'REPORT_DAY_NOT_AVAILABLE',
      details: { day: '2099-01-01', earliestDay: today(), latestDay: today() },
    });
    expect((await rig.refusal('report.export', { day: '2000-01-01', format: 'csv' })).code).toBe(
      'REPORT_DAY_NOT_AVAILABLE',
    );
    expect((await auditEntries()).filter((entry) => entry.action === 'report.exported')).toEqual([]);
  });
});
