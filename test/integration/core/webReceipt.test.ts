import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWebHost } from '../../../electron/web/webHost.js';
import { DEMO_ID_NUMBERS } from '../../../upstream/demo/demoAccounts.js';
import { openSession } from '../../support/launchSession.js';
import { startTestWebKiosk } from '../../support/webKiosk.js';
import type { TestWebKiosk } from '../../support/webKiosk.js';
import { pdfText } from '../../unit/receipts/pdfTools.js';

let web: TestWebKiosk;
let host: RunningWebHost;
/** `Cookie` header of the kiosk's session: the receipt, like every API route, takes it and nothing else. */
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

const receiptUrl = (changeId: string) => `${host.origin}/api/receipt.pdf?changeId=${changeId}`;
/** The receipt as the kiosk's page opens it: same origin, with the session cookie. */
const fetchReceipt = (changeId: string, headers: Record<string, string> = {}) =>
  fetch(receiptUrl(changeId), { headers: { cookie: session, ...headers } });

describe('the web host serves the receipt PDF (it has no printer)', () => {
  it('answers printed: false, and serves the PDF inline, framable by the kiosk page only', async () => {
    await invoke('session.verifyPasscode', { idNumber: DEMO_ID_NUMBERS.binh, passcode: '123456' });
    const receipt = await invoke('unlock.request', {});
    expect(await invoke('receipt.print', { changeId: receipt.changeId })).toEqual({ printed: false });

    const response = await fetchReceipt(String(receipt.changeId), { 'sec-fetch-site': 'same-origin' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="bien-nhan-${String(receipt.reference)}.pdf"`,
    );
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain(String(receipt.reference));
    expect(text).toContain('0421****1234');
  });

  it('refuses without the session cookie, from another site, and for a change not made in this session', async () => {
    await invoke('session.verifyPasscode', { idNumber: DEMO_ID_NUMBERS.em, passcode: '123456' });
    const receipt = await invoke('unlock.request', {});
    const changeId = String(receipt.changeId);
    expect((await fetch(receiptUrl(changeId))).status).toBe(401);
    const [name = ''] = session.split('=');
    expect((await fetchReceipt(changeId, { cookie: `${name}=wrong-session` })).status).toBe(401);
    const foreign = await fetchReceipt(changeId, { 'sec-fetch-site': 'cross-site' });
    expect(foreign.status).toBe(403);
    await invoke('session.end', {});
    const gone = await fetchReceipt(changeId);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ code: 'RECEIPT_NOT_AVAILABLE' });
    expect((await fetchReceipt('not-a-uuid')).status).toBe(400);
  });
});
