import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Account } from '../shared/domain/account.js';
import { buildUpstreamApp } from './app.js';
import type { ServiceClock } from './clock/ServiceClock.js';
import { DEMO_PASSCODE } from './demo/demoAccounts.js';
import { FaultInjector } from './faults/FaultInjector.js';
import type { FaultKnobs } from './faults/faultKnobs.js';
import type { UpstreamEnv } from './http/context.js';
import { openState } from './persistence/openState.js';
import type { IdentityLedger } from './state/IdentityLedger.js';

export interface ReferenceUpstreamOptions {
  /** kioskId → shared secret of every kiosk allowed to call. */
  kiosks: Record<string, string>;
  /** The accounts to start with; the demo accounts of DESIGN §9 when omitted. Ignored when `dataDir` holds saved state. */
  accounts?: Account[];
  /** The wall clock, ms since the epoch. Injectable so tests can move time. */
  now?: () => number;
  /** idNumber → passcode; an account not listed uses the demo passcode. */
  passcodes?: Record<string, string>;
  /** Where unexpected errors go; the response never carries them. Defaults to console.error. */
  reportError?: (error: unknown) => void;
  /** Where the service's one-line notices go (OTPs "sent" by SMS). Defaults to console.log. */
  log?: (line: string) => void;
  /** Keep the state in this folder across restarts; in memory only when absent. */
  dataDir?: string;
  /** Serve GET /dev/otp/:idNumber. Off by default. */
  devEndpoints?: boolean;
  /** Serve the /admin endpoints (loopback only). Off by default. */
  admin?: boolean;
  /** When set, /admin callers must send `Authorization: Bearer <adminToken>`. */
  adminToken?: string;
  /** Fault knobs at start; all off when omitted. */
  faults?: Partial<FaultKnobs>;
  /** Seed of the fault decisions, for repeatable runs; random when omitted. */
  faultSeed?: number;
}

export interface RunningUpstream {
  url: string;
  port: number;
  /** Stops serving, then saves what only GETs changed (their nonces). */
  close(): Promise<void>;
}

export interface ReferenceUpstream {
  app: Hono<UpstreamEnv>;
  state: IdentityLedger;
  clock: ServiceClock;
  faults: FaultInjector;
  /** Resolves once the state is on disk (at once without a data folder). */
  save(): Promise<void>;
  /**
   * Starts serving on a loopback address; port 0 picks a free port. With `tls` it serves https
   * (production-mode tests: a kiosk in production talks https only).
   */
  listen(port?: number, host?: string, tls?: UpstreamTls): Promise<RunningUpstream>;
}

/** PEM key and certificate for serving https. */
export interface UpstreamTls {
  key: string;
  cert: string;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * The reference national system. With `dataDir`, the saved state is loaded before this returns,
 * and an unreadable file throws UpstreamDataError instead of starting over.
 */
export function createReferenceUpstream(options: ReferenceUpstreamOptions): ReferenceUpstream {
  const opened = openState({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.accounts === undefined ? {} : { accounts: options.accounts }),
    wallNow: options.now ?? Date.now,
  });
  const { ledger, clock, save } = opened;
  const faults = new FaultInjector(options.faults, options.faultSeed);
  const passcodes = new Map(Object.entries(options.passcodes ?? {}));
  const app = buildUpstreamApp({
    ledger,
    now: clock.now,
    clock,
    faults,
    save,
    passcodeFor: (idNumber) => passcodes.get(idNumber) ?? DEMO_PASSCODE,
    kiosks: new Map(Object.entries(options.kiosks)),
    reportError: options.reportError ?? ((error) => console.error('Reference upstream error:', error)),
    log: options.log ?? ((line) => console.log(line)),
    devEndpoints: options.devEndpoints ?? false,
    admin: {
      enabled: options.admin ?? false,
      ...(options.adminToken === undefined ? {} : { token: options.adminToken }),
    },
  });

  return {
    app,
    state: ledger,
    clock,
    faults,
    save,
    listen: (port = 0, host = '127.0.0.1', tls?: UpstreamTls) => listenOnLoopback(app, port, host, save, tls),
  };
}

async function listenOnLoopback(
  app: Hono<UpstreamEnv>,
  port: number,
  host: string,
  save: () => Promise<void>,
  tls?: UpstreamTls,
): Promise<RunningUpstream> {
  // The demo secrets are public, so the service must never be reachable from the network.
  if (!LOOPBACK_HOSTS.has(host))
    throw new Error(`The reference upstream listens on loopback only, not ${host}`);
  // Leave the process's global Request/Response alone: the service may be embedded in the kiosk.
  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false });
  // node:http ignores a listener's promise; Hono's listener answers a failed handler with a 500 itself.
  const server =
    tls === undefined
      ? createServer((request, response) => void listener(request, response))
      : createTlsServer(tls, (request, response) => void listener(request, response));
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
    url: `${tls === undefined ? 'http' : 'https'}://${urlHost}:${bound}`,
    port: bound,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive sockets would otherwise hold close() open until they time out.
        server.closeAllConnections();
      });
      await save();
    },
  };
}
