import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KioskCore } from '../core/createKioskCore.js';
import { handleEvents, handleInvoke, sendJson } from './apiRoutes.js';
import { handleReceipt, RECEIPT_PATH } from './receiptRoute.js';
import { EXPORT_PATH, handleExport } from './exportRoute.js';
import { LaunchGate } from './launch/launchGate.js';
import { openLaunchMailbox } from './launch/launchMailbox.js';
import type { LaunchMailbox } from './launch/launchMailbox.js';
import { handleLaunch, LAUNCH_PATH, sessionFromCookies } from './launch/launchRoute.js';
import { checkHost, checkOrigin, checkSession } from './requestGuard.js';
import type { GuardRefusal } from './requestGuard.js';
import { serveRendererFile, setSecurityHeaders } from './staticFiles.js';

export interface WebHostOptions {
  core: Pick<KioskCore, 'handlers' | 'events'>;
  rendererDir: string;
  port?: number;
  /**
   * The launch code made at start, whose URL the host prints: `code` fixes it (tests, through
   * KIOSK_LAUNCH_CODE), `ttlMs` lets it die unused. `'none'` when a launcher opens the window
   * itself and asks for its code through the launch folder. Default: a random code, valid until
   * its first use.
   */
  startCode?: { code?: string | undefined; ttlMs?: number | undefined } | 'none';
  /** The data folder whose `launch/` folder this user's commands ask for new codes through. */
  launchDataDir?: string;
  /** The clock launch codes expire by. */
  now?: () => number;
  /** The host's log lines: a session opened, a code made (never a code itself). */
  log?: (line: string) => void;
}

export interface RunningWebHost {
  port: number;
  origin: string;
  /** `…/launch?code=…` with the start code; undefined with `startCode: 'none'`. */
  launchUrl: string | undefined;
  /** A fresh single-use launch URL (what the launch folder answers with). */
  mintLaunchUrl(options?: { ttlMs?: number | undefined }): string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  const openStreams = new Set<ServerResponse>();
  const gate = new LaunchGate(options.now === undefined ? {} : { now: options.now });
  const log = options.log ?? (() => undefined);
  let mailbox: LaunchMailbox | undefined;
  let port = 0;

  const server = createServer((request, response) => {
    setSecurityHeaders(response);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const refuse = (refusal: GuardRefusal) =>
      sendJson(response, refusal.status, { code: refusal.code, message: refusal.message });
    const hostRefusal = checkHost(request.headers, port);
    if (hostRefusal) return refuse(hostRefusal);

    if (url.pathname === LAUNCH_PATH && request.method === 'GET') {
      // No Origin or Sec-Fetch-Site check here: the launch file Chromium opens is a file:// page,
      // so its navigation is cross-site; a code is the whole proof, and a refusal changes nothing.
      return handleLaunch(gate, url, request, response, port, (label) => {
        log(`Kiosk session opened with launch code ${label}`);
        mailbox?.noteUsed(label);
      });
    }
    if (url.pathname.startsWith('/api/')) {
      // Every API route, the event stream and the receipt alike: the session cookie, nothing else.
      const refusal =
        checkOrigin(request.headers, port) ?? checkSession(gate, sessionFromCookies(request.headers, port));
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
      if (url.pathname === EXPORT_PATH && request.method === 'GET') {
        return void handleExport(options.core, url, response).catch((error: unknown) => {
          console.error('web host: export failed', error);
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
  const mintLaunchUrl = (label: string, ttlMs?: number, code?: string) => {
    const minted = gate.mint({ label, ttlMs, code });
    return { url: `${origin}${LAUNCH_PATH}?code=${minted.code}`, ...minted };
  };
  const start = options.startCode ?? {};
  const launchUrl = start === 'none' ? undefined : mintLaunchUrl('start', start.ttlMs, start.code).url;
  if (options.launchDataDir !== undefined) {
    mailbox = await openLaunchMailbox({
      dataDir: options.launchDataDir,
      origin,
      mint: (label, ttlMs) => mintLaunchUrl(label, ttlMs),
      log,
    }).catch(async (error: unknown) => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      throw error;
    });
  }

  return {
    port,
    origin,
    launchUrl,
    mintLaunchUrl: (mintOptions = {}) => mintLaunchUrl('direct', mintOptions.ttlMs).url,
    async close() {
      await mailbox?.close();
      await new Promise<void>((resolve) => {
        for (const stream of openStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
