import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountOfVerification, VerificationResponse } from '../../../shared/upstream/api.js';
import { DEMO_ID_NUMBERS } from '../../../upstream/demo/demoAccounts.js';
import { startHarness, type Harness } from './harness.js';

const path = '/v1/verifications';

describe('reference upstream: POST /v1/verifications', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  const verify = (body: unknown) => h.call({ method: 'POST', path, body });
  const withPasscode = (idNumber: string, passcode: string) =>
    verify({ idNumber, method: 'passcode', passcode });

  it('issues a 15-minute token for the right passcode, with the whole account', async () => {
    const reply = await withPasscode(DEMO_ID_NUMBERS.an, '123456');
    expect(reply.status).toBe(200);
    const body = VerificationResponse.parse(reply.body);
    expect(body.account).toMatchObject({ level: 2, status: 'active' });
    // The same account the read endpoint gives: the kiosk needs no second round trip for it.
    const read = await h.call({
      method: 'GET',
      path: `/v1/accounts/${DEMO_ID_NUMBERS.an}`,
      headers: { authorization: `Bearer ${body.token}` },
    });
    expect(accountOfVerification(body)).toEqual(read.json);
    expect(Date.parse(body.expiresAt) - h.clock.now()).toBe(15 * 60_000);
  });

  it('verifies a locked account, since people come to ask for the unlock', async () => {
    const reply = await withPasscode(DEMO_ID_NUMBERS.cuong, '123456');
    expect(reply.status).toBe(200);
    expect(reply.json.account).toMatchObject({
      level: 2,
      status: 'locked',
      lock: { reason: 'holder-deceased' },
    });
  });

  it('issues a different token each time', async () => {
    const a = await h.passcodeToken(DEMO_ID_NUMBERS.an);
    const b = await h.passcodeToken(DEMO_ID_NUMBERS.an);
    expect(a).not.toBe(b);
  });

  it('refuses a wrong passcode with WRONG_PASSCODE', async () => {
    const reply = await withPasscode(DEMO_ID_NUMBERS.an, '654321');
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe('WRONG_PASSCODE');
    expect(reply.json.token).toBeUndefined();
  });

  it('uses the passcodes given at start', async () => {
    const local = await startHarness({ passcodes: { [DEMO_ID_NUMBERS.an]: '908172' } });
    try {
      const demo = await local.call({
        method: 'POST',
        path,
        body: { idNumber: DEMO_ID_NUMBERS.an, method: 'passcode', passcode: '123456' },
      });
      expect(demo.json.code).toBe('WRONG_PASSCODE');
      const own = await local.call({
        method: 'POST',
        path,
        body: { idNumber: DEMO_ID_NUMBERS.an, method: 'passcode', passcode: '908172' },
      });
      expect(own.status).toBe(200);
    } finally {
      await local.close();
    }
  });

  it('answers an unknown ID number with ACCOUNT_NOT_FOUND', async () => {
    const reply = await withPasscode('001099999999', '123456');
    expect(reply.status).toBe(404);
    expect(reply.json.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('locks verification for 15 minutes after five wrong passcodes in a row', async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const wrong = await withPasscode(DEMO_ID_NUMBERS.an, '000000');
      // The attempts left are a typed field of the refusal, not words in its message.
      expect(wrong.json).toMatchObject({ code: 'WRONG_PASSCODE', attemptsLeft: 5 - attempt });
    }
    const fifth = await withPasscode(DEMO_ID_NUMBERS.an, '000000');
    expect(fifth.status).toBe(423);
    expect(fifth.json.code).toBe('VERIFICATION_LOCKED');
    expect(fifth.headers.get('retry-after')).toBe('900');
    expect(Date.parse(String(fifth.json.lockedUntil)) - h.clock.now()).toBe(15 * 60_000);

    const rightButLocked = await withPasscode(DEMO_ID_NUMBERS.an, '123456');
    expect(rightButLocked.status).toBe(423);
    expect(rightButLocked.json.code).toBe('VERIFICATION_LOCKED');

    const otherAccount = await withPasscode(DEMO_ID_NUMBERS.binh, '123456');
    expect(otherAccount.status).toBe(200);

    h.clock.advance(14 * 60_000);
    const stillLocked = await withPasscode(DEMO_ID_NUMBERS.an, '123456');
    expect(stillLocked.json.code).toBe('VERIFICATION_LOCKED');
    expect(stillLocked.headers.get('retry-after')).toBe('60');
    expect(Date.parse(String(stillLocked.json.lockedUntil)) - h.clock.now()).toBe(60_000);

    h.clock.advance(60_000);
    expect((await withPasscode(DEMO_ID_NUMBERS.an, '123456')).status).toBe(200);
  });

  it('counts only wrong passcodes in a row: a right one resets the count', async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) await withPasscode(DEMO_ID_NUMBERS.an, '000000');
    expect((await withPasscode(DEMO_ID_NUMBERS.an, '123456')).status).toBe(200);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect((await withPasscode(DEMO_ID_NUMBERS.an, '000000')).json.code).toBe('WRONG_PASSCODE');
    }
  });

  it('issues a token on staff attestation, which needs a staffId', async () => {
    const attested = await verify({ idNumber: DEMO_ID_NUMBERS.em, method: 'staff', staffId: 'CB01' });
    expect(attested.status).toBe(200);
    expect(VerificationResponse.parse(attested.body).account).toMatchObject({ level: 1, status: 'locked' });

    const anonymous = await verify({ idNumber: DEMO_ID_NUMBERS.em, method: 'staff' });
    expect(anonymous.status).toBe(400);
    expect(anonymous.json.code).toBe('BAD_REQUEST');
  });

  it.each([
    ['a passcode method without a passcode', { idNumber: DEMO_ID_NUMBERS.an, method: 'passcode' }],
    ['a 5-digit passcode', { idNumber: DEMO_ID_NUMBERS.an, method: 'passcode', passcode: '12345' }],
    ['an 11-digit ID number', { idNumber: '00109001234', method: 'passcode', passcode: '123456' }],
    ['an unknown method', { idNumber: DEMO_ID_NUMBERS.an, method: 'face', passcode: '123456' }],
    ['an unknown field', { idNumber: DEMO_ID_NUMBERS.an, method: 'passcode', passcode: '123456', pin: '1' }],
  ])('refuses %s with BAD_REQUEST', async (_case, body) => {
    const reply = await verify(body);
    expect(reply.status).toBe(400);
    expect(reply.json.code).toBe('BAD_REQUEST');
  });

  it('refuses malformed JSON and a non-JSON content type', async () => {
    const malformed = await h.call({ method: 'POST', path, body: '{"idNumber":' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.code).toBe('BAD_REQUEST');

    const form = await h.call({
      method: 'POST',
      path,
      body: 'idNumber=001090012345',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect(form.json.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
