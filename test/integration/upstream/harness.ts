import { randomUUID } from 'node:crypto';
import { signRequest, type KioskCredentials } from '../../../electron/core/upstream/requestSigner.js';
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

export interface Harness {
  upstream: ReferenceUpstream;
  url: string;
  /** The service clock; tests move it with `advance`. */
  clock: { now: () => number; advance: (ms: number) => void };
  call: (request: SignedCall) => Promise<Reply>;
  /** Verifies with the demo passcode and returns the token. */
  passcodeToken: (idNumber: string) => Promise<string>;
  postChanges: (changes: UpstreamChange[]) => Promise<Reply>;
  close: () => Promise<void>;
}

export async function startHarness(options: Partial<ReferenceUpstreamOptions> = {}): Promise<Harness> {
  let nowMs = Date.parse('2026-03-10T02:30:00.000Z');
  const clock = { now: () => nowMs, advance: (ms: number) => void (nowMs += ms) };
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
    const signed = signRequest(request.credentials ?? DEMO_KIOSK, {
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

  return {
    upstream,
    url: running.url,
    clock,
    call,
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
