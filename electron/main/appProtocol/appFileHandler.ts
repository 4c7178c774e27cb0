import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { resolveAppFile } from './appUrl.js';

/**
 * The kiosk page's policy, sent as a header as well as index.html's meta tag: a header also
 * covers what the meta tag cannot (`frame-ancestors`). 'self' is `app://kiosk`.
 */
export const APP_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const securityHeaders = {
  'Content-Security-Policy': APP_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function inside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest !== '' && rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
}

/**
 * Answers `app://` requests from the renderer build only (`protocol.handle('app', …)`). The URL
 * is checked as text first (`resolveAppFile`), then on the disk: the real path, symlinks
 * followed, must still lie inside the build's real path and be a regular file. Anything else
 * is a 404 that says nothing of what exists outside.
 */
export function createAppFileHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const wanted = resolveAppFile(request.url, rendererDir);
    if (!wanted.ok) return notFound();
    try {
      const [realRoot, real] = await Promise.all([realpath(rendererDir), realpath(wanted.file)]);
      if (!inside(realRoot, real) || !(await stat(real)).isFile()) return notFound();
      const body = request.method === 'HEAD' ? null : await readFile(real);
      return new Response(body, {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': wanted.contentType, 'Cache-Control': 'no-store' },
      });
    } catch {
      return notFound();
    }
  };
}
