import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, RENDERER_SECURITY_HEADERS } from '../../core/bootstrap/rendererFiles.js';
import { resolveAppFile } from './appUrl.js';

/** The kiosk page's policy: 'self' is `app://kiosk`. */
export const APP_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...RENDERER_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
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
  // The build's own real path does not change while the app runs: resolved once.
  const realRoot = realpath(rendererDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const wanted = resolveAppFile(request.url, rendererDir);
    if (!wanted.ok) return notFound();
    try {
      const [root, real] = await Promise.all([realRoot, realpath(wanted.file)]);
      if (!inside(root, real) || !(await stat(real)).isFile()) return notFound();
      const body = request.method === 'HEAD' ? null : await readFile(real);
      return new Response(body, {
        status: 200,
        headers: {
          ...RENDERER_SECURITY_HEADERS,
          'Content-Type': wanted.contentType,
          'Cache-Control': 'no-store',
        },
      });
    } catch {
      return notFound();
    }
  };
}
