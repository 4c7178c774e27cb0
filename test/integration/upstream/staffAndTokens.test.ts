import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeBatchResponse, VerificationResponse } from '../../../shared/upstream/api.js';
import { DEMO_DEVICE_IDS, DEMO_ID_NUMBERS } from '../../../upstream/demo/demoAccounts.js';
import { makeChange, startHarness, type Harness } from './harness.js';

const MINUTE = 60_000;
const an = DEMO_ID_NUMBERS.an;

describe('reference upstream: staff attestation and token lifetimes', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ devEndpoints: true, admin: true, log: () => undefined });
  });
  afterEach(async () => {
    await h.close();
  });

  const verify = (body: Record<string, unknown>) =>
    h.call({ method: 'POST', path: '/v1/verifications', body });
  const staffToken = async (idNumber: string, staffId = 'CB01'): Promise<string> => {
    const reply = await verify({ idNumber, method: 'staff', staffId });
    expect(reply.status).toBe(200);
    return VerificationResponse.parse(reply.body).token;
  };
  const readAccount = (idNumber: string, token: string) =>
    h.call({
      method: 'GET',
      path: `/v1/accounts/${idNumber}`,
      headers: { authorization: `Bearer ${token}` },
    });

  it('issues a token on staff attestation and records who vouched for whom, where and when', async () => {
    const token = await staffToken(DEMO_ID_NUMBERS.em);
    expect((await readAccount(DEMO_ID_NUMBERS.em, token)).status).toBe(200);
    expect(h.upstream.state.attestations.list()).toEqual([
      {
        idNumber: DEMO_ID_NUMBERS.em,
        staffId: 'CB01',
        kioskId: 'KIOSK-DEMO-01',
        at: new Date(h.clock.now()).toISOString(),
      },
    ]);
    expect(h.upstream.state.tokens.find(token)).toMatchObject({ method: 'staff', staffId: 'CB01' });
    const listed = await h.local({ path: '/admin/attestations' });
    expect(listed.json.attestations).toEqual([
      { idNumberMasked: '0400****5555', staffId: 'CB01', kioskId: 'KIOSK-DEMO-01', at: expect.any(String) },
    ]);
  });

  it.each([['bob'], ['cb01'], ['CB'], ['C01'], ['CB01 ']])(
    'refuses a staffId that is not a staff ID (%j) and records nothing',
    async (staffId) => {
      const reply = await verify({ idNumber: an, method: 'staff', staffId });
      expect(reply.status).toBe(400);
      expect(reply.json.code).toBe('BAD_REQUEST');
      expect(h.upstream.state.attestations.list()).toEqual([]);
    },
  );

  it('accepts a staff token as evidence only from the staff member it was issued to', async () => {
    const registered = await h.call({
      method: 'POST',
      path: '/v1/staff',
      body: { staffId: 'CB02', displayName: 'Cán bộ Trần Văn Nam', role: 'staff' },
    });
    expect(registered.status).toBe(200);
    const token = await staffToken(an, 'CB01');
    const evidence = (staffId: string) => ({
      method: 'staff' as const,
      verifiedAt: new Date(h.clock.now()).toISOString(),
      staffId,
      token,
    });
    const other = makeChange('unlink-device', an, evidence('CB02'), {
      deviceId: DEMO_DEVICE_IDS.anGalaxyA52,
    });
    const own = makeChange('unlink-device', an, evidence('CB01'), { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    const malformed = makeChange(
      'unlink-device',
      an,
      { ...evidence('bob'), token: undefined },
      {
        deviceId: DEMO_DEVICE_IDS.anGalaxyA52,
      },
    );
    const reply = await h.postChanges([other, malformed, own]);
    const codes = ChangeBatchResponse.parse(reply.body).results.map((result) => result.code);
    expect(codes).toEqual(['EVIDENCE_INVALID', 'EVIDENCE_INVALID', 'DEVICE_UNLINKED']);
  });

  it.each(['passcode', 'otp', 'staff'] as const)(
    'lets a %s token read the account for 15 minutes, then answers 401 TOKEN_EXPIRED',
    async (method) => {
      let token: string;
      if (method === 'staff') token = await staffToken(an);
      else if (method === 'passcode') token = await h.passcodeToken(an);
      else {
        await h.call({ method: 'POST', path: '/v1/otp', body: { idNumber: an } });
        const otp = String((await h.local({ path: `/dev/otp/${an}` })).json.otp);
        const reply = await verify({ idNumber: an, method: 'otp', otp });
        token = VerificationResponse.parse(reply.body).token;
      }
      h.clock.advance(15 * MINUTE - 1);
      expect((await readAccount(an, token)).status).toBe(200);
      h.clock.advance(1);
      const expired = await readAccount(an, token);
      expect(expired.status).toBe(401);
      expect(expired.json.code).toBe('TOKEN_EXPIRED');
    },
  );

  it('expires tokens by the business clock, which the admin clock moves', async () => {
    const token = await h.passcodeToken(an);
    const moved = await h.local({ method: 'POST', path: '/admin/clock', body: { advanceMs: 15 * MINUTE } });
    expect(moved.status).toBe(200);
    const expired = await readAccount(an, token);
    expect(expired.json.code).toBe('TOKEN_EXPIRED');
  });
});
