import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OtpResponse, VerificationResponse } from '../../../shared/upstream/api.js';
import { DEMO_ID_NUMBERS } from '../../../upstream/demo/demoAccounts.js';
import { rawGet, startHarness, type Harness } from './harness.js';

const MINUTE = 60_000;
const an = DEMO_ID_NUMBERS.an;

describe('reference upstream: OTP by SMS (POST /v1/otp, method otp)', () => {
  let h: Harness;
  let logged: string[];
  beforeEach(async () => {
    logged = [];
    h = await startHarness({ devEndpoints: true, log: (line) => logged.push(line) });
  });
  afterEach(async () => {
    await h.close();
  });

  const sendOtp = (idNumber: string) => h.call({ method: 'POST', path: '/v1/otp', body: { idNumber } });
  const verifyOtp = (idNumber: string, otp: string) =>
    h.call({ method: 'POST', path: '/v1/verifications', body: { idNumber, method: 'otp', otp } });
  const withPasscode = (idNumber: string, passcode: string) =>
    h.call({ method: 'POST', path: '/v1/verifications', body: { idNumber, method: 'passcode', passcode } });
  const latestOtp = async (idNumber: string): Promise<string> => {
    const reply = await h.local({ path: `/dev/otp/${idNumber}` });
    expect(reply.status).toBe(200);
    return String(reply.json.otp);
  };
  /** A 6-digit code that is certainly not `otp`. */
  const otherThan = (otp: string): string => String((Number(otp) + 1) % 1_000_000).padStart(6, '0');

  it('sends a 6-digit OTP to the registered phone, logs one line with the ID masked, and says where it went', async () => {
    const reply = await sendOtp(an);
    expect(reply.status).toBe(200);
    const body = OtpResponse.parse(reply.body);
    expect(body.sentTo).toBe('091****678');
    expect(Date.parse(body.expiresAt) - h.clock.now()).toBe(5 * MINUTE);
    expect(Date.parse(body.resendAfter) - h.clock.now()).toBe(30_000);

    const otp = await latestOtp(an);
    expect(otp).toMatch(/^\d{6}$/);
    // The code goes to the phone only, never back to the kiosk.
    expect(JSON.stringify(reply.body)).not.toContain(otp);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('0010****2345');
    expect(logged[0]).toContain(otp);
    expect(logged[0]).not.toContain(an);
  });

  it('verifies with the OTP once: the token reads the account, and the same OTP is refused after', async () => {
    await sendOtp(an);
    const otp = await latestOtp(an);
    const first = await verifyOtp(an, otp);
    expect(first.status).toBe(200);
    const { token, expiresAt } = VerificationResponse.parse(first.body);
    expect(Date.parse(expiresAt) - h.clock.now()).toBe(15 * MINUTE);
    const account = await h.call({
      method: 'GET',
      path: `/v1/accounts/${an}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(account.status).toBe(200);

    const again = await verifyOtp(an, otp);
    expect(again.status).toBe(401);
    expect(again.json.code).toBe('OTP_EXPIRED');
    expect((await h.local({ path: `/dev/otp/${an}` })).json.used).toBe(true);
  });

  it('expires an OTP five minutes after it was sent', async () => {
    await sendOtp(an);
    const otp = await latestOtp(an);
    h.clock.advance(5 * MINUTE);
    const late = await verifyOtp(an, otp);
    expect(late.status).toBe(401);
    expect(late.json.code).toBe('OTP_EXPIRED');

    h.clock.advance(1);
    await sendOtp(an);
    const fresh = await latestOtp(an);
    h.clock.advance(5 * MINUTE - 1);
    expect((await verifyOtp(an, fresh)).status).toBe(200);
  });

  it('answers a verification with no OTP sent with OTP_EXPIRED, without counting it as a guess', async () => {
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      expect((await verifyOtp(an, '000000')).json.code).toBe('OTP_EXPIRED');
    }
    expect((await withPasscode(an, '123456')).status).toBe(200);
  });

  it('refuses a wrong OTP with WRONG_OTP, and counts it towards the same lockout as passcodes', async () => {
    await sendOtp(an);
    const otp = await latestOtp(an);
    expect((await verifyOtp(an, otherThan(otp))).json.code).toBe('WRONG_OTP');
    expect((await withPasscode(an, '000000')).json.code).toBe('WRONG_PASSCODE');
    expect((await verifyOtp(an, otherThan(otp))).json.code).toBe('WRONG_OTP');
    expect((await withPasscode(an, '000000')).json.code).toBe('WRONG_PASSCODE');
    const fifth = await verifyOtp(an, otherThan(otp));
    expect(fifth.status).toBe(423);
    expect(fifth.json.code).toBe('VERIFICATION_LOCKED');
    expect(fifth.headers.get('retry-after')).toBe('900');

    // No new OTP until the lockout ends, and by then the outstanding one has expired.
    const send = await sendOtp(an);
    expect(send.status).toBe(423);
    expect(send.json.code).toBe('VERIFICATION_LOCKED');
    h.clock.advance(15 * MINUTE);
    expect((await verifyOtp(an, otp)).json.code).toBe('OTP_EXPIRED');
    expect((await sendOtp(an)).status).toBe(200);
    expect((await verifyOtp(an, await latestOtp(an))).status).toBe(200);
  });

  it('sends at most one OTP per ID every 30 seconds, answering 429 OTP_RATE_LIMITED with Retry-After', async () => {
    expect((await sendOtp(an)).status).toBe(200);
    const first = await latestOtp(an);
    h.clock.advance(10_000);
    const soon = await sendOtp(an);
    expect(soon.status).toBe(429);
    expect(soon.json.code).toBe('OTP_RATE_LIMITED');
    expect(soon.headers.get('retry-after')).toBe('20');
    expect(await latestOtp(an)).toBe(first);

    // Another ID is not held back.
    expect((await sendOtp(DEMO_ID_NUMBERS.binh)).status).toBe(200);

    h.clock.advance(20_000);
    expect((await sendOtp(an)).status).toBe(200);
    const second = await latestOtp(an);
    // Only the latest OTP counts.
    if (second !== first) expect((await verifyOtp(an, first)).json.code).toBe('WRONG_OTP');
    expect((await verifyOtp(an, second)).status).toBe(200);
    expect(logged).toHaveLength(3);
  });

  it('answers an unknown ID with ACCOUNT_NOT_FOUND and an account without a phone with NO_REGISTERED_PHONE', async () => {
    const unknown = await sendOtp('001099999999');
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('ACCOUNT_NOT_FOUND');
    const noPhone = await sendOtp(DEMO_ID_NUMBERS.giang);
    expect(noPhone.status).toBe(422);
    expect(noPhone.json.code).toBe('NO_REGISTERED_PHONE');
    expect(logged).toEqual([]);
  });

  it('refuses the otp method without an otp, and a malformed OTP request', async () => {
    const noOtp = await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: { idNumber: an, method: 'otp' },
    });
    expect(noOtp.status).toBe(400);
    const extra = await h.call({ method: 'POST', path: '/v1/otp', body: { idNumber: an, phone: '0912' } });
    expect(extra.status).toBe(400);
    expect(extra.json.code).toBe('BAD_REQUEST');
  });

  it('is signed like every /v1 call', async () => {
    const response = await fetch(`${h.url}/v1/otp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ idNumber: an }),
    });
    expect(response.status).toBe(401);
    expect(logged).toEqual([]);
  });
});

describe('reference upstream: GET /dev/otp/:idNumber', () => {
  it('does not exist unless development endpoints are on', async () => {
    const h = await startHarness({ log: () => undefined });
    try {
      await h.call({ method: 'POST', path: '/v1/otp', body: { idNumber: an } });
      const reply = await h.local({ path: `/dev/otp/${an}` });
      expect(reply.status).toBe(404);
      expect(reply.json.code).toBe('NOT_FOUND');
    } finally {
      await h.close();
    }
  });

  it('answers OTP_NOT_SENT before any OTP, and refuses a Host that is not loopback', async () => {
    const h = await startHarness({ devEndpoints: true, log: () => undefined });
    try {
      const none = await h.local({ path: `/dev/otp/${an}` });
      expect(none.status).toBe(404);
      expect(none.json.code).toBe('OTP_NOT_SENT');
      await h.call({ method: 'POST', path: '/v1/otp', body: { idNumber: an } });
      const rebound = await rawGet(`${h.url}/dev/otp/${an}`, { host: 'evil.example' });
      expect(rebound.status).toBe(403);
      expect(JSON.parse(rebound.body)).toEqual({ code: 'LOOPBACK_ONLY', message: expect.any(String) });
      expect((await rawGet(`${h.url}/dev/otp/${an}`, { host: 'localhost' })).status).toBe(200);
    } finally {
      await h.close();
    }
  });
});
