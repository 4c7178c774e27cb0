import type { ServerResponse } from 'node:http';
import type { KioskCore } from '../core/createKioskCore.js';
import { sendJson } from './apiRoutes.js';

export { RECEIPT_PATH } from '../../shared/ipc/receiptContract.js';

/**
 * `GET /api/receipt.pdf?changeId=…&language=vi|en`: the receipt PDF itself, for the web host,
 * which has no printer of its own. The kiosk page loads it in a hidden frame of its own (the
 * session cookie goes with it) and prints that frame in place: no second window. It goes through
 * `receipt.get`, so the same rule decides who may have it. Framing is allowed for this answer
 * alone, and only by the kiosk's own page.
 */
export async function handleReceipt(
  core: Pick<KioskCore, 'handlers'>,
  url: URL,
  response: ServerResponse,
): Promise<void> {
  const language = url.searchParams.get('language');
  const answer = await core.handlers.invoke('receipt.get', {
    changeId: url.searchParams.get('changeId') ?? '',
    ...(language === null ? {} : { language }),
  });
  if (!answer.ok) {
    const status = answer.error.code === 'BAD_ARGUMENTS' ? 400 : answer.error.code === 'INTERNAL' ? 500 : 404;
    sendJson(response, status, answer.error);
    return;
  }
  const { fileName, pdfBase64 } = answer.value as { fileName: string; pdfBase64: string };
  const pdf = Buffer.from(pdfBase64, 'base64');
  response.setHeader('X-Frame-Options', 'SAMEORIGIN');
  // Only frame-ancestors: an object-src or default-src here would block Chromium's own PDF viewer.
  response.setHeader('Content-Security-Policy', "frame-ancestors 'self'");
  response.writeHead(200, {
    'Content-Type': 'application/pdf',
    'Content-Length': pdf.length,
    // The file name is ours (bien-nhan-XXXXX-XXXXX.pdf): nothing to escape.
    'Content-Disposition': `inline; filename="${fileName}"`,
    'Cache-Control': 'no-store',
  });
  response.end(pdf);
}
