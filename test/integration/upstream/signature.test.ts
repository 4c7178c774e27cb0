import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signRequest } from '../../../shared/upstream/requestSigner.js';
import { DEMO_ID_NUMBERS, DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { startHarness, toReply, type Harness } from './harness.js';

const verification = { idNumber: DEMO_ID_NUMBERS.an, method: 'passcode', passcode: '123456' };

describe('reference upstream: signed requests', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('accepts a correctly signed request', async () => {
    const reply = await h.call({ method: 'POST', path: '/v1/verifications', body: verification });
    expect(reply.status).toBe(200);
  });

  it('refuses an unsigned request with MISSING_SIGNATURE', async () => {
    const reply = await toReply(
      await fetch(`${h.url}/v1/verifications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(verification),
      }),
    );
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe('MISSING_SIGNATURE');
  });

  it('refuses a request missing only the signature header', async () => {
    const body = JSON.stringify(verification);
    const headers = await signRequest(DEMO_KIOSK, {
      method: 'POST',
      path: '/v1/verifications',
      body,
      timestampMs: h.clock.now(),
    });
    delete headers['x-signature'];
    const response = await fetch(`${h.url}/v1/verifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const reply = await toReply(response);
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe('MISSING_SIGNATURE');
  });

  it('refuses an unknown kiosk with UNKNOWN_KIOSK', async () => {
    const reply = await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: verification,
      credentials: { kioskId: 'KIOSK-ROGUE', secret: DEMO_KIOSK.secret },
    });
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe('UNKNOWN_KIOSK');
  });

  it('refuses a wrong secret with BAD_SIGNATURE', async () => {
    const reply = await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: verification,
      credentials: { kioskId: DEMO_KIOSK.kioskId, secret: 'not-the-secret' },
    });
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe('BAD_SIGNATURE');
  });

  it('refuses a body other than the one signed with BAD_SIGNATURE', async () => {
    const reply = await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: verification,
      signedBody: JSON.stringify({ ...verification, idNumber: DEMO_ID_NUMBERS.binh }),
    });
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe('BAD_SIGNATURE');
  });

  it('signs the query string as part of the path', async () => {
    const token = await h.passcodeToken(DEMO_ID_NUMBERS.an);
    const path = `/v1/accounts/${DEMO_ID_NUMBERS.an}`;
    const headers = await signRequest(DEMO_KIOSK, {
      method: 'GET',
      path,
      body: '',
      timestampMs: h.clock.now(),
    });
    const response = await fetch(`${h.url}${path}?x=1`, {
      headers: { ...headers, authorization: `Bearer ${token}` },
    });
    const reply = await toReply(response);
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe('BAD_SIGNATURE');
  });

  it.each([
    ['ahead', 6 * 60_000],
    ['behind', -6 * 60_000],
  ])('refuses a timestamp 6 minutes %s with CLOCK_SKEW', async (_direction, offsetMs) => {
    const reply = await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: verification,
      timestampMs: h.clock.now() + offsetMs,
    });
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe('CLOCK_SKEW');
  });

  it('accepts a timestamp 4 minutes off', async () => {
    const reply = await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: verification,
      timestampMs: h.clock.now() - 4 * 60_000,
    });
    expect(reply.status).toBe(200);
  });

  it('refuses a replayed nonce with NONCE_REPLAYED', async () => {
    const first = await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: verification,
      nonce: 'n-1',
    });
    expect(first.status).toBe(200);
    const again = await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: verification,
      nonce: 'n-1',
    });
    expect(again.status).toBe(401);
    expect(again.json.code).toBe('NONCE_REPLAYED');
  });

  it('does not burn a nonce on a request whose signature failed', async () => {
    const forged = await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: verification,
      nonce: 'n-2',
      credentials: { kioskId: DEMO_KIOSK.kioskId, secret: 'wrong' },
    });
    expect(forged.json.code).toBe('BAD_SIGNATURE');
    const genuine = await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: verification,
      nonce: 'n-2',
    });
    expect(genuine.status).toBe(200);
  });

  it('refuses a replay of the exact same request even after the window has moved on', async () => {
    const timestampMs = h.clock.now();
    await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: verification,
      nonce: 'n-3',
      timestampMs,
    });
    h.clock.advance(6 * 60_000);
    const replay = await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: verification,
      nonce: 'n-3',
      timestampMs,
    });
    expect(replay.status).toBe(401);
    expect(replay.json.code).toBe('CLOCK_SKEW');
  });

  it('puts the service clock in a Date header on every answer', async () => {
    const ok = await h.call({ method: 'POST', path: '/v1/verifications', body: verification });
    const refused = await toReply(await fetch(`${h.url}/v1/changes`, { method: 'POST' }));
    const missing = await toReply(await fetch(`${h.url}/nowhere`));
    for (const reply of [ok, refused, missing]) {
      expect(reply.headers.get('date')).toBe(new Date(h.clock.now()).toUTCString());
    }
    h.clock.advance(3_600_000);
    const later = await h.call({ method: 'POST', path: '/v1/verifications', body: verification });
    expect(Date.parse(later.headers.get('date') ?? '')).toBe(Math.floor(h.clock.now() / 1000) * 1000);
  });

  it('answers an unknown route with NOT_FOUND', async () => {
    const signed = await h.call({ method: 'GET', path: '/v1/nothing-here' });
    expect(signed.status).toBe(404);
    expect(signed.json).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
    const outside = await toReply(await fetch(`${h.url}/`));
    expect(outside.status).toBe(404);
    expect(outside.json.code).toBe('NOT_FOUND');
  });

  it('answers an unhandled error with INTERNAL and no stack trace', async () => {
    const reported: unknown[] = [];
    const local = await startHarness({ reportError: (error) => reported.push(error) });
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      local.upstream.state.tokens.find = () => {
        throw new Error('secret internals at ledger.ts:42');
      };
      const token = 'vt_anything';
      const path = `/v1/accounts/${DEMO_ID_NUMBERS.an}`;
      const reply = await local.call({ method: 'GET', path, headers: { authorization: `Bearer ${token}` } });
      expect(reply.status).toBe(500);
      expect(reply.json).toEqual({ code: 'INTERNAL', message: expect.any(String) });
      expect(JSON.stringify(reply.body)).not.toContain('secret internals');
      expect(reported).toHaveLength(1);
      expect(reply.headers.get('date')).toBe(new Date(local.clock.now()).toUTCString());
    } finally {
      log.mockRestore();
      await local.close();
    }
  });
});
