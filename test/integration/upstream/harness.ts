import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { signRequest, type KioskCredentials } from '../../../shared/upstream/requestSigner.js';
import type { ChangeEvidence, ChangeKind } from '../../../shared/domain/change.js';
import type { UpstreamChange } from '../../../shared/upstream/api.js';
import { DEMO_KIOSK, DEMO_PASSCODE } from '../../../upstream/demo/demoAccounts.js';
import {
  createReferenceUpstream,
  type ReferenceUpstream,
  type ReferenceUpstreamOptions,
} from '../../../upstream/server.js';

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
  /** The body as an object, for tests that read fields. */
  json: Record<string, unknown>;
}

export interface SignedCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** Sent as-is when a string, else JSON-encoded. */
  body?: unknown;
  headers?: Record<string, string>;
  credentials?: KioskCredentials;
  timestampMs?: number;
  nonce?: string;
  /** Sign this body instead of the one sent, to forge a mismatch. */
  signedBody?: string;
}

export interface TestClock {
  now: () => number;
  advance: (ms: number) => void;
}

/** The wall clock the harness gives the service; pass one to a second harness to restart "later". */
export function testClock(startMs = Date.parse('2026-03-10T02:30:00.000Z')): TestClock {
  let nowMs = startMs;
  return { now: () => nowMs, advance: (ms: number) => void (nowMs += ms) };
}

export interface LocalCall {
  method?: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Harness {
  upstream: ReferenceUpstream;
  url: string;
  /** The service's wall clock; tests move it with `advance`. */
  clock: TestClock;
  call: (request: SignedCall) => Promise<Reply>;
  /** An unsigned call, as an operator or developer makes to /admin and /dev. */
  local: (request: LocalCall) => Promise<Reply>;
  /** Verifies with the demo passcode and returns the token. */
  passcodeToken: (idNumber: string) => Promise<string>;
  postChanges: (changes: UpstreamChange[]) => Promise<Reply>;
  close: () => Promise<void>;
}

export async function startHarness(
  options: Partial<ReferenceUpstreamOptions> = {},
  clock: TestClock = testClock(),
): Promise<Harness> {
  const upstream = createReferenceUpstream({
    kiosks: { [DEMO_KIOSK.kioskId]: DEMO_KIOSK.secret },
    now: clock.now,
    ...options,
  });
  const running = await upstream.listen(0);

  const call = async (request: SignedCall): Promise<Reply> => {
    const body =
      request.body === undefined
        ? ''
        : typeof request.body === 'string'
          ? request.body
          : JSON.stringify(request.body);
    const signed = await signRequest(request.credentials ?? DEMO_KIOSK, {
      method: request.method,
      path: request.path,
      body: request.signedBody ?? body,
      timestampMs: request.timestampMs ?? clock.now(),
      ...(request.nonce === undefined ? {} : { nonce: request.nonce }),
    });
    const response = await fetch(`${running.url}${request.path}`, {
      method: request.method,
      headers: {
        ...(body === '' ? {} : { 'content-type': 'application/json' }),
        ...signed,
        ...request.headers,
      },
      ...(body === '' ? {} : { body }),
    });
    return toReply(response);
  };

  const passcodeToken = async (idNumber: string): Promise<string> => {
    const reply = await call({
      method: 'POST',
      path: '/v1/verifications',
      body: { idNumber, method: 'passcode', passcode: DEMO_PASSCODE },
    });
    if (reply.status !== 200)
      throw new Error(`verification failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return String(reply.json.token);
  };

  const local = async (request: LocalCall): Promise<Reply> => {
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const response = await fetch(`${running.url}${request.path}`, {
      method: request.method ?? (body === undefined ? 'GET' : 'POST'),
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...request.headers },
      ...(body === undefined ? {} : { body }),
    });
    return toReply(response);
  };

  return {
    upstream,
    url: running.url,
    clock,
    call,
    local,
    passcodeToken,
    postChanges: (changes) => call({ method: 'POST', path: '/v1/changes', body: { changes } }),
    close: running.close,
  };
}

export async function toReply(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Left as text: the assertion on it will show what came back.
  }
  const json = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  return { status: response.status, headers: response.headers, body, json };
}

export function makeChange(
  kind: ChangeKind,
  idNumber: string,
  evidence: ChangeEvidence,
  extra: Partial<UpstreamChange> = {},
): UpstreamChange {
  return {
    changeId: randomUUID(),
    seq: 1,
    kind,
    idNumber,
    evidence,
    createdAt: '2026-03-10T02:29:00.000Z',
    ...extra,
  };
}

export function passcodeEvidence(token: string): ChangeEvidence {
  return { method: 'passcode', verifiedAt: '2026-03-10T02:28:00.000Z', token };
}

export const staffEvidence: ChangeEvidence = {
  method: 'staff',
  verifiedAt: '2026-03-10T02:28:00.000Z',
  staffId: 'CB01',
};

/** A GET through node:http, for headers fetch will not send (Host). */
export function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
