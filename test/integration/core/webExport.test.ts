import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDayOf } from '../../../shared/rules/time.js';
import type { RunningWebHost } from '../../../electron/web/webHost.js';
import { exportUrl } from '../../../shared/ipc/exportContract.js';
import { DEMO_ID_NUMBERS } from '../../../upstream/demo/demoAccounts.js';
import { openSession } from '../../support/launchSession.js';
import { startTestWebKiosk } from '../../support/webKiosk.js';
import type { TestWebKiosk } from '../../support/webKiosk.js';
import { pdfText } from '../../unit/receipts/pdfTools.js';

// Issue 11: the web host cannot save into a folder, so an office export is a download from
// /api/export, with the receipt's access rules: the session cookie, same origin, and the
// method's own rule (staff only) through the handler table.
let web: TestWebKiosk;
let host: RunningWebHost;
let session: string;

beforeAll(async () => {
  web = await startTestWebKiosk();
  ({ host } = web);
  session = await openSession(String(host.launchUrl));
});

afterAll(() => web.stop());

async function invoke(method: string, args: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${host.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: host.origin, cookie: session },
    body: JSON.stringify({ method, args }),
  });
  const body = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
  expect(body.ok).toBe(true);
  return body.value;
}

const day = () => vietnamDayOf(new Date());
const download = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}${path}`, {
    headers: { cookie: session, 'sec-fetch-site': 'same-origin', ...headers },
  });

describe('GET /api/export', () => {
  it('refuses a citizen and nobody (STAFF_REQUIRED, 403), without the cookie (401), from another site (403)', async () => {
    const url = exportUrl('report.export', { day: day(), format: 'csv' });
    const nobody = await download(url);
    expect(nobody.status).toBe(403);
    expect(await nobody.json()).toMatchObject({ code: 'STAFF_REQUIRED' });
    await invoke('session.verifyPasscode', { idNumber: DEMO_ID_NUMBERS.an, passcode: '123456' });
    const citizen = await download(url);
    expect(citizen.status).toBe(403);
    expect(await citizen.json()).toMatchObject({ code: 'STAFF_REQUIRED' });
    await invoke('session.end', {});

    await invoke('staff.signIn', { staffId: 'CB01', pin: '2468' });
    expect((await fetch(`${host.origin}${url}`)).status).toBe(401);
    const [name = ''] = session.split('=');
    expect((await download(url, { cookie: `${name}=wrong-session` })).status).toBe(401);
    expect((await download(url, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    await invoke('staff.signOut', {});
  });

  it('serves the report as an attachment to staff, CSV and PDF', async () => {
    await invoke('staff.signIn', { staffId: 'CB01', pin: '2468' });
    await invoke('session.verifyPasscode', { idNumber: DEMO_ID_NUMBERS.binh, passcode: '123456' });
    const unlock = await invoke('unlock.request', {});
    await invoke('session.end', {});

    const csv = await download(exportUrl('report.export', { day: day(), format: 'csv' }));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="bao-cao-ngay-${day()}.csv"`);
    expect(csv.headers.get('cache-control')).toBe('no-store');
    const rows = parse(Buffer.from(await csv.arrayBuffer()), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Giờ', 'Mã tra cứu', 'Số định danh', 'Loại yêu cầu', 'Trạng thái']);
    expect(rows.map((row) => row[1])).toContain(unlock.reference);

    const pdf = await download(exportUrl('report.export', { day: day(), format: 'pdf' }));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="bao-cao-ngay-${day()}.pdf"`);
    expect(await pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain(String(unlock.reference));
    await invoke('staff.signOut', {});
  });

  it('refuses a method not in the list, bad JSON, bad arguments and a day not kept', async () => {
    await invoke('staff.signIn', { staffId: 'CB01', pin: '2468' });
    const notExport = await download(`/api/export?method=report.day&args=${encodeURIComponent('{}')}`);
    expect(notExport.status).toBe(400);
    expect(await notExport.json()).toMatchObject({ code: 'UNKNOWN_METHOD' });
    expect((await download(`/api/export?method=staff.signOut&args={}`)).status).toBe(400);
    expect((await download('/api/export')).status).toBe(400);
    const badJson = await download(`/api/export?method=report.export&args=${encodeURIComponent('{day:')}`);
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ code: 'BAD_ARGUMENTS' });
    expect((await download(exportUrl('report.export', { day: day(), format: 'xlsx' }))).status).toBe(400);
    const future = await download(exportUrl('report.export', { day: '2099-01-01', format: 'csv' }));
    expect(future.status).toBe(404);
    expect(await future.json()).toMatchObject({ code: 'REPORT_DAY_NOT_AVAILABLE' });
    // Still signed in: the refused calls changed nothing.
    expect(await invoke('staff.current', {})).toMatchObject({ signedIn: true, staffId: 'CB01' });
    await invoke('staff.signOut', {});
  });
});
