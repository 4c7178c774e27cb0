import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWebHost } from '../../../electron/web/webHost.js';
import { DEMO_ID_NUMBERS } from '../../../upstream/demo/demoAccounts.js';
import { startTestWebKiosk } from '../../support/webKiosk.js';
import type { TestWebKiosk } from '../../support/webKiosk.js';
import { pdfText } from '../../unit/receipts/pdfTools.js';

const TOKEN = 'receipt-launch-token-0123456789';
let web: TestWebKiosk;
let host: RunningWebHost;

beforeAll(async () => {
  web = await startTestWebKiosk(TOKEN);
  ({ host } = web);
});

afterAll(() => web.stop());

async function invoke(method: string, args: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${host.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: host.origin, 'x-kiosk-token': TOKEN },
    body: JSON.stringify({ method, args }),
  });
  const body = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
  expect(body.ok).toBe(true);
  return body.value;
}

const receiptUrl = (changeId: string, token = TOKEN) =>
  `${host.origin}/api/receipt.pdf?changeId=${changeId}&token=${encodeURIComponent(token)}`;

describe('the web host serves the receipt PDF (it has no printer)', () => {
  it('answers printed: false, and serves the PDF inline, framable by the kiosk page only', async () => {
    await invoke('session.verifyPasscode', { idNumber: DEMO_ID_NUMBERS.binh, passcode: '123456' });
    const receipt = await invoke('unlock.request', {});
    expect(await invoke('receipt.print', { changeId: receipt.changeId })).toEqual({ printed: false });

    const response = await fetch(receiptUrl(String(receipt.changeId)), {
      headers: { 'sec-fetch-site': 'same-origin' },
    });
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

  it('refuses without the token, from another site, and for a change not made in this session', async () => {
    await invoke('session.verifyPasscode', { idNumber: DEMO_ID_NUMBERS.em, passcode: '123456' });
    const receipt = await invoke('unlock.request', {});
    expect((await fetch(receiptUrl(String(receipt.changeId), 'wrong-token'))).status).toBe(401);
    const foreign = await fetch(receiptUrl(String(receipt.changeId)), {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(foreign.status).toBe(403);
    await invoke('session.end', {});
    const gone = await fetch(receiptUrl(String(receipt.changeId)));
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ code: 'RECEIPT_NOT_AVAILABLE' });
    expect((await fetch(receiptUrl('not-a-uuid'))).status).toBe(400);
  });
});
