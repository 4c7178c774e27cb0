import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { RENDERER_CONTENT_TYPES } from '../../core/bootstrap/rendererFiles.js';

/**
 * The renderer's own origin. `file://` pages share one origin with every file on the disk; a
 * standard, secure custom scheme gives the kiosk page an origin of its own (`app://kiosk`), on
 * which 'self' in the CSP means the renderer build and nothing else.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const RENDERER_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** What `protocol.registerSchemesAsPrivileged` is given, before the app is ready. */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export type AppFileRefusal = 'NOT_APP_URL' | 'OTHER_HOST' | 'BAD_PATH' | 'UNKNOWN_TYPE';

export type AppFileRequest =
  { ok: true; file: string; contentType: string } | { ok: false; refusal: AppFileRefusal };

/** A path segment that could step out of the folder or name something else on Windows. */
function unsafeSegment(segment: string): boolean {
  return (
    segment === '' ||
    segment === '.' ||
    segment === '..' ||
    /[/\\:\0]/.test(segment) ||
    // A trailing dot or space is dropped by Windows: `index.html.` would open `index.html`.
    /[. ]$/.test(segment)
  );
}

/**
 * Which file of the renderer build an `app://` URL names, decided from the text alone. Chromium
 * has already resolved `..` in a standard URL, but the handler does not rely on it: any segment
 * that is, or decodes to, `..`, `.`, a slash, a backslash, a drive or NUL is refused, and the
 * joined path must still lie inside `rendererDir`. Symlinks are the caller's (`openAppFile`).
 */
export function resolveAppFile(url: string, rendererDir: string): AppFileRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, refusal: 'NOT_APP_URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) return { ok: false, refusal: 'NOT_APP_URL' };
  if (parsed.hostname.toLowerCase() !== APP_HOST || parsed.port !== '' || parsed.username !== '')
    return { ok: false, refusal: 'OTHER_HOST' };
  if (parsed.password !== '') return { ok: false, refusal: 'OTHER_HOST' };
  const rawPath = parsed.pathname === '/' || parsed.pathname === '' ? '/index.html' : parsed.pathname;
  if (!rawPath.startsWith('/') || rawPath.includes('\\')) return { ok: false, refusal: 'BAD_PATH' };
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, refusal: 'BAD_PATH' };
    }
    if (unsafeSegment(segment)) return { ok: false, refusal: 'BAD_PATH' };
    segments.push(segment);
  }
  const file = join(rendererDir, ...segments);
  const inside = relative(rendererDir, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
    return { ok: false, refusal: 'BAD_PATH' };
  const contentType = RENDERER_CONTENT_TYPES[extname(file).toLowerCase()];
  if (contentType === undefined) return { ok: false, refusal: 'UNKNOWN_TYPE' };
  return { ok: true, file, contentType };
}
