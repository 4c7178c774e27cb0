/**
 * How the renderer build is served, by either host (the web host over http, Electron through
 * `app://`): the same types and the same policy, so tightening one tightens both.
 */
export const RENDERER_CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  // The camera's QR decoder (zxing-wasm); compiled while it streams in only with this type.
  '.wasm': 'application/wasm',
};

/**
 * Sent as a header as well as index.html's meta tag: only a header covers `frame-ancestors`.
 * `frame-src 'self'` is what default-src gives already, said outright because the page relies on
 * it: the web host prints the slip in a hidden same-origin frame (`/api/receipt.pdf`). No blob:,
 * no other origin; the page itself may be framed by no one. `'wasm-unsafe-eval'` lets the page
 * compile WebAssembly (the camera's QR decoder, loaded from 'self' like every script) and
 * nothing more: no eval, no inline script.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; font-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'";

export const RENDERER_SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;
