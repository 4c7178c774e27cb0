import type { KioskMode } from '../domain/kioskMode.js';

/**
 * Why a national system's URL is refused. Production talks to it over https only; plain http
 * is for the demo's reference service on this very machine (loopback), never across a network.
 */
export type UpstreamUrlProblem =
  | { code: 'NOT_A_URL' }
  | { code: 'NOT_HTTPS'; mode: 'production' }
  | { code: 'HTTP_NOT_LOOPBACK'; host: string };

// Parsed by hand: shared/ has neither Node's nor the DOM's URL type. No user:password@ part.
const URL_SHAPE = /^(https?):\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?(?:[/?#][^\s]*)?$/;

/** 127.0.0.0/8, ::1 and localhost: a request to them never leaves the machine. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name === '[::1]' || name === '::1') return true;
  const octets = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
  return octets !== null && octets.slice(1).every((octet) => Number(octet) <= 255);
}

/** The URL's problem in this mode, or undefined when the kiosk may use it. */
export function upstreamUrlProblem(url: string, mode: KioskMode): UpstreamUrlProblem | undefined {
  const match = URL_SHAPE.exec(url.trim());
  if (match === null) return { code: 'NOT_A_URL' };
  const [, scheme, host = '', port] = match;
  if (port !== undefined && Number(port) > 65535) return { code: 'NOT_A_URL' };
  if (scheme === 'https') return undefined;
  if (mode === 'production') return { code: 'NOT_HTTPS', mode };
  return isLoopbackHost(host) ? undefined : { code: 'HTTP_NOT_LOOPBACK', host };
}

/** An English line for logs and the command line (the first-run screen never sees a URL). */
export function describeUpstreamUrlProblem(problem: UpstreamUrlProblem): string {
  switch (problem.code) {
    case 'NOT_A_URL':
      return 'not an http(s) URL of the form https://host[:port][/path]';
    case 'NOT_HTTPS':
      return 'a kiosk in production talks to the national system over https only';
    case 'HTTP_NOT_LOOPBACK':
      return `plain http is allowed only to this machine (127.0.0.1, ::1, localhost), in demo mode; not to ${problem.host}`;
  }
}
