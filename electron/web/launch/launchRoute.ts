import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { LaunchGate, LaunchRefusalCode } from './launchGate.js';

export const LAUNCH_PATH = '/launch';

/**
 * Cookies are scoped by host, not port: the port in the name keeps two hosts on one machine
 * (and one browser profile) from overwriting each other's session.
 */
export function sessionCookieName(port: number): string {
  return `kiosk-session-${port}`;
}

/**
 * HttpOnly: no script, not even an injected one, reads it. SameSite=Strict: no other site's
 * page sends it. No `Secure`: the host speaks plain http on loopback only, where there is no
 * network to protect the cookie from, and a Secure cookie over http would hang on each browser's
 * special case for loopback. No Max-Age: it dies with the browser, and the host forgets it at
 * its next start anyway.
 */
export function sessionCookie(port: number, session: string): string {
  return `${sessionCookieName(port)}=${session}; HttpOnly; SameSite=Strict; Path=/`;
}

export function sessionFromCookies(headers: IncomingHttpHeaders, port: number): string | undefined {
  const name = sessionCookieName(port);
  for (const pair of (headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

const refusalWords: Record<LaunchRefusalCode, { vi: string; en: string }> = {
  BAD_LAUNCH_CODE: {
    vi: 'Đường dẫn mở máy không đúng.',
    en: 'This launch link is not valid.',
  },
  LAUNCH_CODE_USED: {
    vi: 'Đường dẫn mở máy này đã được dùng một lần và không dùng lại được.',
    en: 'This launch link was already used once and cannot be used again.',
  },
  LAUNCH_CODE_EXPIRED: {
    vi: 'Đường dẫn mở máy này đã hết hạn.',
    en: 'This launch link has expired.',
  },
};

const NEXT_STEP = {
  vi: 'Chạy lệnh npm run open trên máy kiosk để mở lại.',
  en: 'Run npm run open on the kiosk machine to open it again.',
};

/**
 * `GET /launch?code=…`: exchanges a launch code for the session cookie and sends the browser on
 * to `/` with a 303, so the code leaves the address bar and the history at once. A refusal is a
 * 401 naming its code: a page for a browser, `{ code, message }` for anything else.
 */
export function handleLaunch(
  gate: LaunchGate,
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
  port: number,
  onSessionOpened: (label: string) => void,
): void {
  response.setHeader('Cache-Control', 'no-store');
  const exchange = gate.exchange(url.searchParams.get('code'));
  if (exchange.ok) {
    response.writeHead(303, { Location: '/', 'Set-Cookie': sessionCookie(port, exchange.session) });
    response.end();
    onSessionOpened(exchange.label);
    return;
  }
  const words = refusalWords[exchange.code];
  if (request.headers.accept?.includes('text/html')) {
    response.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(refusalPage(exchange.code, words));
    return;
  }
  response.writeHead(401, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ code: exchange.code, message: words.en }));
}

/** Fixed words only: nothing from the request is echoed into the page. */
function refusalPage(code: LaunchRefusalCode, words: { vi: string; en: string }): string {
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Kiosk</title></head>',
    '<body>',
    `<h1>${words.vi}</h1><p>${NEXT_STEP.vi}</p>`,
    `<p lang="en">${words.en} ${NEXT_STEP.en}</p>`,
    `<p><code id="refusal-code">${code}</code></p>`,
    '</body></html>',
  ].join('');
}
