import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KioskCore } from '../core/createKioskCore.js';
import { handleEvents, handleInvoke, sendJson } from './apiRoutes.js';
import { handleReceipt, RECEIPT_PATH } from './receiptRoute.js';
import { checkHost, checkOrigin, checkToken } from './requestGuard.js';
import type { GuardRefusal } from './requestGuard.js';
import { serveRendererFile, setSecurityHeaders } from './staticFiles.js';

export interface WebHostOptions {
  core: Pick<KioskCore, 'handlers' | 'events'>;
  rendererDir: string;
  /** The per-launch token; only whoever was given the launch URL can drive the kiosk. */
  token: string;
  port?: number;
}

export interface RunningWebHost {
  port: number;
  origin: string;
  /** Opens the kiosk: the token rides in the fragment, which browsers never send to a server. */
  launchUrl: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  const openStreams = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((request, response) => {
    setSecurityHeaders(response);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const refuse = (refusal: GuardRefusal) =>
      sendJson(response, refusal.status, { code: refusal.code, message: refusal.message });
    const hostRefusal = checkHost(request.headers, port);
    if (hostRefusal) return refuse(hostRefusal);

    if (url.pathname.startsWith('/api/')) {
      const refusal =
        checkOrigin(request.headers, port) ??
        checkToken(
          // An EventSource, a frame or a window cannot send headers: these carry the token in the query.
          url.pathname === '/api/events' || url.pathname === RECEIPT_PATH
            ? (url.searchParams.get('token') ?? undefined)
            : headerValue(request.headers['x-kiosk-token']),
          options.token,
        );
      if (refusal) return refuse(refusal);
      if (url.pathname === '/api/invoke' && request.method === 'POST') {
        // node:http ignores a listener's promise; the catch below answers a failure with a 500.
        return void handleInvoke(options.core, request, response).catch((error: unknown) => {
          console.error('web host: invoke failed', error);
          if (!response.headersSent)
            sendJson(response, 500, { code: 'INTERNAL', message: 'Unexpected error.' });
        });
      }
      if (url.pathname === '/api/events' && request.method === 'GET') {
        return handleEvents(options.core, request, response, openStreams);
      }
      if (url.pathname === RECEIPT_PATH && request.method === 'GET') {
        // As above: the catch answers a failed receipt with a 500.
        return void handleReceipt(options.core, url, response).catch((error: unknown) => {
          console.error('web host: receipt failed', error);
          if (!response.headersSent)
            sendJson(response, 500, { code: 'INTERNAL', message: 'Unexpected error.' });
        });
      }
      return sendJson(response, 404, { code: 'NOT_FOUND', message: 'No such endpoint.' });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Only GET here.' });
    }
    // serveRendererFile answers every failure (404, 500) itself and never rejects.
    return void serveRendererFile(options.rendererDir, url.pathname, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    port,
    origin,
    launchUrl: `${origin}/#token=${encodeURIComponent(options.token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of openStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
