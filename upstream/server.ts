import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Account } from '../shared/domain/account.js';
import { buildUpstreamApp } from './app.js';
import { DEMO_PASSCODE, demoAccounts } from './demo/demoAccounts.js';
import type { UpstreamEnv } from './http/context.js';
import { IdentityLedger } from './state/IdentityLedger.js';

export interface ReferenceUpstreamOptions {
  /** kioskId → shared secret of every kiosk allowed to call. */
  kiosks: Record<string, string>;
  /** The accounts to start with; the demo accounts of DESIGN §9 when omitted. */
  accounts?: Account[];
  /** The service clock, ms since the epoch. Injectable so tests can move time. */
  now?: () => number;
  /** idNumber → passcode; an account not listed uses the demo passcode. */
  passcodes?: Record<string, string>;
  /** Where unexpected errors go; the response never carries them. Defaults to console.error. */
  reportError?: (error: unknown) => void;
}

export interface RunningUpstream {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ReferenceUpstream {
  app: Hono<UpstreamEnv>;
  state: IdentityLedger;
  /** Starts serving on a loopback address; port 0 picks a free port. */
  listen(port?: number, host?: string): Promise<RunningUpstream>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

export function createReferenceUpstream(options: ReferenceUpstreamOptions): ReferenceUpstream {
  const now = options.now ?? Date.now;
  const state = new IdentityLedger(options.accounts ?? demoAccounts(now()), now);
  const passcodes = new Map(Object.entries(options.passcodes ?? {}));
  const app = buildUpstreamApp({
    ledger: state,
    now,
    passcodeFor: (idNumber) => passcodes.get(idNumber) ?? DEMO_PASSCODE,
    kiosks: new Map(Object.entries(options.kiosks)),
    reportError: options.reportError ?? ((error) => console.error('Reference upstream error:', error)),
  });

  return {
    app,
    state,
    listen: (port = 0, host = '127.0.0.1') => listenOnLoopback(app, port, host),
  };
}

async function listenOnLoopback(
  app: Hono<UpstreamEnv>,
  port: number,
  host: string,
): Promise<RunningUpstream> {
  // The demo secrets are public, so the service must never be reachable from the network.
  if (!LOOPBACK_HOSTS.has(host))
    throw new Error(`The reference upstream listens on loopback only, not ${host}`);
  // Leave the process's global Request/Response alone: the service may be embedded in the kiosk.
  const server = createServer(getRequestListener(app.fetch, { overrideGlobalObjects: false }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const urlHost = host === '::1' ? '[::1]' : host;
  return {
    url: `http://${urlHost}:${bound}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive sockets would otherwise hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
