import { describe, expect, it } from 'vitest';
import { UpstreamClient } from '../../../electron/core/upstream/UpstreamClient.js';
import type { UpstreamContact } from '../../../electron/core/upstream/UpstreamClient.js';
import { UpstreamFailure } from '../../../electron/core/upstream/upstreamFailure.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import { upstreamHeaders } from '../../../shared/upstream/api.js';
import type { UpstreamChange } from '../../../shared/upstream/api.js';
import { idFor } from './queuedChanges.js';

const serviceNow = Date.parse('2026-03-10T02:30:00.000Z');
const change: UpstreamChange = {
  changeId: idFor(1),
  seq: 1,
  kind: 'unlink-device',
  idNumber: '001090000001',
  deviceId: 'device-1',
  evidence: { method: 'staff', verifiedAt: '2026-03-10T02:00:00.000Z', staffId: 'CB01' },
  createdAt: '2026-03-10T02:00:00.000Z',
};
const applied = { changeId: idFor(1), outcome: 'applied', code: 'DEVICE_UNLINKED', message: 'ok' };

type Answer = { status: number; body: unknown; headers?: Record<string, string> } | Error;

/** A fetch that answers from a script and records the signed timestamps it was sent. */
function scripted(answers: Answer[]) {
  const timestamps: number[] = [];
  const fetchStub = (async (_url: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    timestamps.push(Number(headers.get(upstreamHeaders.timestamp)));
    const answer = answers.shift();
    if (answer === undefined) throw new Error('no more answers scripted');
    if (answer instanceof Error) throw answer;
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(text, {
      status: answer.status,
      headers: {
        'content-type': 'application/json',
        date: new Date(serviceNow).toUTCString(),
        ...answer.headers,
      },
    });
  }) as typeof fetch;
  return { fetchStub, timestamps };
}

function client(answers: Answer[], kioskNow = () => serviceNow) {
  const { fetchStub, timestamps } = scripted(answers);
  const contacts: boolean[] = [];
  const upstream = new UpstreamClient({
    baseUrl: 'http://127.0.0.1:9',
    credentials: { kioskId: 'KIOSK-TEST', secret: 'secret' },
    now: kioskNow,
    fetch: fetchStub,
  });
  upstream.onContact((contact) => contacts.push(contact.healthy));
  return { upstream, timestamps, contacts };
}

async function failureOf(promise: Promise<unknown>): Promise<UpstreamFailure> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UpstreamFailure);
  expect(error).not.toBeInstanceOf(KioskError);
  return error as UpstreamFailure;
}

describe('UpstreamClient contact: what each call tells of the national system', () => {
  function watched(answers: Answer[]) {
    const contacts: UpstreamContact[] = [];
    let clock = serviceNow;
    const upstream = new UpstreamClient({
      baseUrl: 'http://127.0.0.1:9',
      credentials: { kioskId: 'KIOSK-TEST', secret: 'secret' },
      now: () => (clock += 10),
      fetch: scripted(answers).fetchStub,
    });
    upstream.onContact((contact) => contacts.push(contact));
    return { upstream, contacts };
  }

  const refusedConnection = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
  const cases: [string, Answer, boolean, boolean][] = [
    ['a success', { status: 200, body: { results: [applied] } }, true, true],
    ['a refusal (4xx)', { status: 401, body: { code: 'BAD_SIGNATURE', message: 'no' } }, true, true],
    ['a 429', { status: 429, body: { code: 'RATE_LIMITED', message: 'busy' } }, false, true],
    ['a 503', { status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: 'down' } }, false, false],
    ['a proxy page', { status: 502, body: '<html>Bad gateway</html>' }, false, false],
    ['no connection', refusedConnection, false, false],
  ];
  it.each(cases)('%s: healthy %s, reachable %s', async (_name, answer, healthy, reachable) => {
    const { upstream, contacts } = watched([answer]);
    await upstream.submitChanges([change]).catch(() => undefined);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ healthy, reachable });
    // When it left and when it came back, on the kiosk's clock: the later is later.
    expect(contacts[0]?.answeredAt).toBeGreaterThan(contacts[0]?.sentAt ?? Infinity);
  });
});

describe('UpstreamClient failures, as sync and the handlers see them', () => {
  it.each([
    [503, 'SERVICE_UNAVAILABLE', 'unavailable'],
    [500, 'INTERNAL', 'unavailable'],
    [429, 'RATE_LIMITED', 'rate-limited'],
  ] as const)(
    '%i is retryable, honours Retry-After, and keeps the service’s code',
    async (status, code, kind) => {
      const { upstream, contacts } = client([
        { status, body: { code, message: 'busy' }, headers: { 'retry-after': '7' } },
      ]);
      const failure = await failureOf(upstream.submitChanges([change]));
      expect(failure).toMatchObject({
        kind,
        status,
        upstreamCode: code,
        retryAfterMs: 7_000,
      });
      expect(failure.retryable).toBe(true);
      expect(contacts).toEqual([false]);
    },
  );

  it('reads an HTTP-date Retry-After against the service’s Date header, not the kiosk clock', async () => {
    const retryAt = new Date(serviceNow + 30_000).toUTCString();
    const { upstream } = client(
      [
        {
          status: 503,
          body: { code: 'SERVICE_UNAVAILABLE', message: 'x' },
          headers: { 'retry-after': retryAt },
        },
      ],
      () => serviceNow + 3_600_000,
    );
    expect((await failureOf(upstream.submitChanges([change]))).retryAfterMs).toBe(30_000);
  });

  it('keeps the national system’s codes and facts for refusals, which are not retryable', async () => {
    const { upstream, contacts } = client([
      { status: 401, body: { code: 'WRONG_PASSCODE', message: 'no', attemptsLeft: 3 } },
      {
        status: 423,
        body: { code: 'VERIFICATION_LOCKED', message: 'no', lockedUntil: '2026-11-23T08:15:00.000Z' },
      },
      { status: 404, body: { code: 'ACCOUNT_NOT_FOUND', message: 'no' } },
      { status: 401, body: { code: 'BAD_SIGNATURE', message: 'no' } },
    ]);
    const request = { idNumber: '001090000001', method: 'passcode' as const, passcode: '123456' };
    const failures = [];
    for (let i = 0; i < 4; i++) {
      const failure = await failureOf(upstream.verify(request));
      expect(failure.kind).toBe('refused');
      expect(failure.retryable).toBe(false);
      failures.push(failure);
    }
    expect(failures.map((failure) => failure.upstreamCode)).toEqual([
      'WRONG_PASSCODE',
      'VERIFICATION_LOCKED',
      'ACCOUNT_NOT_FOUND',
      'BAD_SIGNATURE',
    ]);
    expect(failures[0]?.attemptsLeft).toBe(3);
    expect(failures[1]?.lockedUntil).toBe('2026-11-23T08:15:00.000Z');
    // The client's own error type is not the renderer contract's.
    expect(failures[0]).not.toBeInstanceOf(KioskError);
    // A refusal is the service answering as itself: it is up.
    expect(contacts).toEqual([true, true, true, true]);
  });

  it('keeps a refusal whose facts do not parse as a refusal, without the facts', async () => {
    const { upstream } = client([
      { status: 401, body: { code: 'WRONG_PASSCODE', message: 'no', attemptsLeft: -1 } },
      { status: 423, body: { code: 'VERIFICATION_LOCKED', message: 'no', lockedUntil: 'soon' } },
    ]);
    const request = { idNumber: '001090000001', method: 'passcode' as const, passcode: '123456' };
    const wrong = await failureOf(upstream.verify(request));
    const locked = await failureOf(upstream.verify(request));
    expect([wrong.kind, wrong.upstreamCode, wrong.attemptsLeft]).toEqual([
      'refused',
      'WRONG_PASSCODE',
      undefined,
    ]);
    expect([locked.kind, locked.upstreamCode, locked.lockedUntil]).toEqual([
      'refused',
      'VERIFICATION_LOCKED',
      undefined,
    ]);
  });

  it('tells a connection never made (nothing left the kiosk) from one that dropped', async () => {
    const networkError = (code: string) => new TypeError('fetch failed', { cause: { code } });
    const { upstream } = client([
      networkError('ECONNREFUSED'),
      networkError('EHOSTUNREACH'),
      networkError('ECONNRESET'),
      new TypeError('fetch failed'),
    ]);
    const left = [];
    for (let i = 0; i < 4; i++) {
      const failure = await failureOf(upstream.submitChanges([change]));
      expect(failure.kind).toBe('unreachable');
      left.push(failure.requestLeft);
    }
    // Only a refused or unroutable connection proves the service cannot have acted on the request.
    expect(left).toEqual([false, false, true, true]);
  });

  it('treats a malformed answer as a retryable failure, never as data', async () => {
    const { upstream, contacts } = client([
      { status: 200, body: '<html>captive portal</html>' },
      { status: 200, body: { results: [{ ...applied, outcome: 'maybe' }] } },
      { status: 502, body: '<html>bad gateway</html>' },
    ]);
    for (const kind of ['malformed', 'malformed', 'unavailable']) {
      const failure = await failureOf(upstream.submitChanges([change]));
      expect(failure.kind).toBe(kind);
      expect(failure.retryable).toBe(true);
      expect(failure.upstreamCode).toBeUndefined();
    }
    expect(contacts).toEqual([false, false, false]);
  });

  it('keeps the ID number out of its messages, which reach logs and staff screens', async () => {
    const { upstream } = client([{ status: 200, body: { not: 'an account' } }]);
    const failure = await failureOf(upstream.readAccount('001090000001', 'token'));
    expect(failure.message).toContain('GET /v1/accounts/:key');
    expect(failure.message).not.toContain('001090000001');
  });

  it('calls no answer at all unreachable, and a time-out a timeout', async () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    const { upstream } = client([new TypeError('fetch failed'), timeout]);
    expect((await failureOf(upstream.submitChanges([change]))).kind).toBe('unreachable');
    expect((await failureOf(upstream.submitChanges([change]))).kind).toBe('timeout');
  });

  it('times out a request that hangs', async () => {
    const hanging = ((_url: string | URL | Request, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof fetch;
    const upstream = new UpstreamClient({
      baseUrl: 'http://127.0.0.1:9',
      credentials: { kioskId: 'K', secret: 's' },
      timeoutMs: 20,
      fetch: hanging,
    });
    expect((await failureOf(upstream.submitChanges([change]))).kind).toBe('timeout');
  });
});

describe('UpstreamClient clock', () => {
  it('corrects from a CLOCK_SKEW answer and retries once, signed with the service’s time', async () => {
    const kioskNow = () => serviceNow + 3_600_000;
    const { upstream, timestamps } = client(
      [
        { status: 401, body: { code: 'CLOCK_SKEW', message: 'off' } },
        { status: 200, body: { results: [applied] } },
      ],
      kioskNow,
    );
    await expect(upstream.submitChanges([change])).resolves.toEqual({ results: [applied] });
    expect(timestamps[0]).toBe(serviceNow + 3_600_000);
    expect(Math.abs((timestamps[1] ?? 0) - serviceNow)).toBeLessThan(1_000);
    expect(Math.abs(upstream.clockOffsetMs + 3_600_000)).toBeLessThan(1_000);
  });

  it('retries only once: a second CLOCK_SKEW is a refusal for staff', async () => {
    const { upstream, timestamps } = client(
      [
        { status: 401, body: { code: 'CLOCK_SKEW', message: 'off' } },
        {
          status: 401,
          body: { code: 'CLOCK_SKEW', message: 'off' },
          headers: { date: new Date(serviceNow - 7_200_000).toUTCString() },
        },
        { status: 200, body: { results: [applied] } },
      ],
      () => serviceNow + 3_600_000,
    );
    const failure = await failureOf(upstream.submitChanges([change]));
    expect(failure).toMatchObject({ kind: 'refused', upstreamCode: 'CLOCK_SKEW' });
    expect(timestamps).toHaveLength(2);
  });

  it('learns the offset from ordinary answers too, before any refusal', async () => {
    const { upstream, timestamps } = client(
      [
        { status: 200, body: { results: [applied] } },
        { status: 200, body: { results: [applied] } },
      ],
      () => serviceNow - 3_600_000,
    );
    await upstream.submitChanges([change]);
    await upstream.submitChanges([change]);
    expect(Math.abs((timestamps[1] ?? 0) - serviceNow)).toBeLessThan(1_000);
  });
});

describe('UpstreamClient.lookupRequest and probe', () => {
  it('reads an unknown reference as undefined, which is still a healthy answer', async () => {
    const { upstream, contacts } = client([
      { status: 404, body: { code: 'REQUEST_NOT_FOUND', message: 'none' } },
      new TypeError('fetch failed'),
    ]);
    await expect(upstream.lookupRequest('ABCDE-12345')).resolves.toBeUndefined();
    await expect(upstream.probe()).resolves.toBeUndefined();
    expect(contacts).toEqual([true, false]);
  });
});
