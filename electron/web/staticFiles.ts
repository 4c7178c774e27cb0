import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import {
  CONTENT_SECURITY_POLICY,
  RENDERER_CONTENT_TYPES,
  RENDERER_SECURITY_HEADERS,
} from '../core/bootstrap/rendererFiles.js';

export { CONTENT_SECURITY_POLICY };

export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(RENDERER_SECURITY_HEADERS)) response.setHeader(name, value);
  response.setHeader('X-Frame-Options', 'DENY');
}

/** Serves the built renderer; a path that escapes its folder, or an unknown type, is a 404. */
export async function serveRendererFile(
  rendererDir: string,
  urlPath: string,
  response: ServerResponse,
): Promise<void> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    relative = '/__malformed__';
  }
  const root = normalize(rendererDir + sep);
  const file = normalize(join(root, relative));
  const type = RENDERER_CONTENT_TYPES[extname(file)];
  let body: Buffer | undefined;
  if (file.startsWith(root) && type !== undefined) {
    body = await readFile(file).catch(() => undefined);
  }
  if (body === undefined || type === undefined) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const immutable = relative.startsWith('/assets/');
  response.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  response.end(body);
}
