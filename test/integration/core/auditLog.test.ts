import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, STAFF, startCoreRig } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

// Issue 11, part A, through the handler table: the audit log is read and exported by staff
// only, newest first, filtered and paged; the CSV opens in Excel with its Vietnamese letters.
let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function auditLines(dataDir: string): Promise<string[]> {
  const dir = join(dataDir, 'audit');
  const lines: string[] = [];
  for (const name of (await readdir(dir)).sort())
    lines.push(...(await readFile(join(dir, name), 'utf8')).trimEnd().split('\n'));
  return lines;
}

/** A short morning: a wrong PIN, a sign-in, an attested citizen, an unlink, a lookup. */
async function morning(current: CoreRig): Promise<string> {
  await current.refusal('staff.signIn', { staffId: 'CB01', pin: '1357' });
  await current.call('staff.signIn', STAFF);
  await current.call('session.attestByStaff', {
    idNumber: DEMO.an.id,
    dateOfBirth: DEMO.an.dob,
    cardChecked: true,
  });
  const receipt = await current.call('device.unlinkAll', {});
  await current.call('session.end', {});
  await current.call('request.lookup', { reference: receipt.reference });
  return receipt.reference;
}

function csvRows(contentBase64: string): { text: string; rows: string[][] } {
  const text = Buffer.from(contentBase64, 'base64').toString('utf8');
  return { text, rows: parse(text, { bom: true, relax_column_count: false }) as string[][] };
}

describe('the audit log through the contract', () => {
  it('is for staff only: a citizen (nobody signed in) gets STAFF_REQUIRED and nothing is written', async () => {
    const current = (rig = await startCoreRig());
    await morning(current);
    await current.call('staff.signOut', {});
    await current.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' });
    const before = await auditLines(current.dataDir);
    expect((await current.refusal('audit.entries', {})).code).toBe('STAFF_REQUIRED');
    expect((await current.refusal('audit.export', {})).code).toBe('STAFF_REQUIRED');
    expect(await auditLines(current.dataDir)).toEqual(before);
  });

  it('refuses bad filters before anything runs', async () => {
    const current = (rig = await startCoreRig());
    await current.call('staff.signIn', STAFF);
    for (const args of [
      { day: '02/12/2026' },
      { limit: 101 },
      { before: 0 },
      { action: 'no.such' },
      { staffId: 'cb01; drop' },
      { day: '2026-12-02', extra: true },
    ]) {
      expect((await current.refusal('audit.entries', args)).code).toBe('BAD_ARGUMENTS');
    }
    expect((await current.refusal('audit.export', { limit: 5 })).code).toBe('BAD_ARGUMENTS');
  });

  it('lists the morning newest first with the chain intact, filtered by staff and action, paged', async () => {
    const current = (rig = await startCoreRig());
    const reference = await morning(current);
    const page = await current.call('audit.entries', { limit: 3 });
    expect(page.chain).toMatchObject({ status: 'intact' });
    expect(page.actions).toContain('audit.exported');
    expect(page.staffIds).toEqual(['CB01']);
    expect(page.entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['request.lookup']));
    expect(page.entries[0]?.seq).toBeGreaterThan(page.entries[2]?.seq ?? Infinity);
    expect(page.nextBefore).toBe(page.entries[2]?.seq);

    const byAction = await current.call('audit.entries', { action: 'request.lookup' });
    expect(byAction.entries).toEqual([
      expect.objectContaining({ action: 'request.lookup', actor: 'staff', staffId: 'CB01', reference }),
    ]);
    const failed = await current.call('audit.entries', { action: 'staff.signInFailed', staffId: 'CB01' });
    expect(failed.entries).toEqual([expect.objectContaining({ outcome: 'wrong-pin' })]);
    const unlink = await current.call('audit.entries', { action: 'device.unlinkAll' });
    expect(unlink.entries[0]?.idNumberMasked).toBe('0010****2345');
    expect(JSON.stringify(await current.call('audit.entries', {}))).not.toContain(DEMO.an.id);

    // Every entry is reached exactly once by following the cursor.
    const seen: number[] = [];
    let before: number | undefined;
    do {
      const next = await current.call('audit.entries', {
        limit: 2,
        ...(before === undefined ? {} : { before }),
      });
      seen.push(...next.entries.map((entry) => entry.seq));
      before = next.nextBefore;
    } while (before !== undefined);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe((await auditLines(current.dataDir)).length);
  });

  it('exports the filtered entries as CSV for Excel, and audits the export with the staff ID', async () => {
    const current = (rig = await startCoreRig());
    const reference = await morning(current);
    const file = await current.call('audit.export', { staffId: 'CB01' });
    expect(file.mediaType).toBe('text/csv; charset=utf-8');
    expect(file.fileName).toMatch(/^nhat-ky_KIOSK-DEMO-01_.*_CB01\.csv$/);
    const { text, rows } = csvRows(file.contentBase64);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n').length).toBe(rows.length + 1);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(rows[0]).toEqual([
      'Số thứ tự',
      'Thời gian',
      'Việc',
      'Mã việc',
      'Người thực hiện',
      'Mã cán bộ',
      'Số định danh (đã che)',
      'Mã tra cứu',
      'Kết quả',
      'Ghi chú',
    ]);
    const body = rows.slice(1);
    // What the screen lists for the same filter, less the export's own entry written after it.
    const listed = (await current.call('audit.entries', { staffId: 'CB01' })).entries.filter(
      (entry) => entry.action !== 'audit.exported',
    );
    expect(body.map((row) => Number(row[0]))).toEqual(listed.map((entry) => entry.seq));
    const lookup = body.find((row) => row[3] === 'request.lookup');
    expect(lookup).toEqual([
      expect.stringMatching(/^\d+$/),
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/),
      'Tra cứu yêu cầu',
      'request.lookup',
      'Cán bộ',
      'CB01',
      '',
      reference,
      'Tìm thấy ở hệ thống quốc gia',
      '',
    ]);
    expect(body.find((row) => row[3] === 'staff.signInFailed')?.[8]).toBe('Sai mã PIN');
    expect(body.find((row) => row[3] === 'device.unlinkAll')?.slice(2, 7)).toEqual([
      'Hủy liên kết mọi thiết bị',
      'device.unlinkAll',
      'Cán bộ',
      'CB01',
      '0010****2345',
    ]);
    expect(text).not.toContain(DEMO.an.id);

    const exported = await current.call('audit.entries', { action: 'audit.exported' });
    expect(exported.entries).toEqual([
      expect.objectContaining({
        actor: 'staff',
        staffId: 'CB01',
        outcome: 'exported',
        detail: `rows=${body.length} staffId=CB01`,
      }),
    ]);
  });

  it('shows a damaged chain: the first failing entry, and the entries before it as proven', async () => {
    const current = (rig = await startCoreRig());
    await morning(current);
    const dir = join(current.dataDir, 'audit');
    const [name] = await readdir(dir);
    const file = join(dir, name ?? '');
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    lines[1] = (lines[1] as string).replace('"staffId":"CB01"', '"staffId":"CB09"');
    await writeFile(file, `${lines.join('\n')}\n`);
    const page = await current.call('audit.entries', {});
    expect(page.chain).toMatchObject({
      status: 'broken',
      entriesBefore: 1,
      untrustedFromSeq: 2,
      firstBreak: { file: name, line: 2, seq: 2, reason: 'hash' },
    });
  });
});
