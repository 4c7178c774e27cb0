import type { IncomingHttpHeaders } from 'node:http';
import type { LaunchGate } from './launch/launchGate.js';

export interface GuardRefusal {
  status: 400 | 401 | 403;
  code: 'BAD_HOST' | 'FOREIGN_ORIGIN' | 'NO_KIOSK_SESSION';
  message: string;
}

/** Names this host answers to; anything else is DNS rebinding or a misdirected request. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkHost(headers: IncomingHttpHeaders, port: number): GuardRefusal | undefined {
  const host = headers.host?.toLowerCase();
  if (host !== undefined && allowedHosts(port).has(host)) return undefined;
  return { status: 400, code: 'BAD_HOST', message: 'This kiosk answers only on its loopback address.' };
}

/**
 * Browsers send Origin on every POST and on cross-site requests; a page on another origin
 * must never drive the kiosk, even if it guessed the port.
 */
export function checkOrigin(headers: IncomingHttpHeaders, port: number): GuardRefusal | undefined {
  const origin = headers.origin;
  const site = headers['sec-fetch-site'];
  const refusal: GuardRefusal = {
    status: 403,
    code: 'FOREIGN_ORIGIN',
    message: 'Requests from other sites are refused.',
  };
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return refusal;
  if (origin === undefined) return undefined;
  for (const host of allowedHosts(port)) if (origin === `http://${host}`) return undefined;
  return refusal;
}

/** The session cookie a launch code was exchanged for; the only credential the API takes. */
export function checkSession(gate: LaunchGate, session: string | undefined): GuardRefusal | undefined {
  if (gate.admits(session)) return undefined;
  return {
    status: 401,
    code: 'NO_KIOSK_SESSION',
    message: 'No kiosk session: open the kiosk with its launch link (npm run open makes one).',
  };
}
