import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/account.js';
import { AccountResponse } from '../../../shared/upstream/api.js';
import { DEMO_DEVICE_IDS, DEMO_ID_NUMBERS } from '../../../upstream/demo/demoAccounts.js';
import { startHarness, type Harness } from './harness.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('reference upstream: GET /v1/accounts/:idNumber', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  const getAccount = (idNumber: string, token?: string) =>
    h.call({
      method: 'GET',
      path: `/v1/accounts/${idNumber}`,
      ...(token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } }),
    });

  async function demoAccount(idNumber: string): Promise<Account> {
    const reply = await getAccount(idNumber, await h.passcodeToken(idNumber));
    expect(reply.status).toBe(200);
    return AccountResponse.parse(reply.body);
  }

  it('serves the six demo accounts of DESIGN §9', async () => {
    const summary = [];
    for (const idNumber of Object.values(DEMO_ID_NUMBERS)) {
      const account = await demoAccount(idNumber);
      summary.push({
        idNumber: account.idNumber,
        fullName: account.fullName,
        dateOfBirth: account.dateOfBirth,
        gender: account.gender,
        level: account.level,
        status: account.status,
        lockReason: account.lock?.reason,
        devices: account.devices.length,
      });
    }
    expect(summary).toEqual([
      row('001090012345', 'Nguyễn Văn An', '1990-05-12', 'male', 2, 'active', undefined, 2),
      row('042195001234', 'Trần Thị Bình', '1995-08-03', 'female', 2, 'locked', 'holder-request', 1),
      row('042075009876', 'Lê Văn Cường', '1975-01-20', 'male', 2, 'locked', 'holder-deceased', 1),
      row('038301004321', 'Phạm Thị Dung', '2001-11-14', 'female', 2, 'locked', 'competent-authority', 1),
      row('040088005555', 'Hoàng Văn Em', '1988-06-30', 'male', 1, 'locked', 'terms-violation', 1),
      row('042197003333', 'Võ Thị Giang', '1997-09-09', 'female', 1, 'locked', 'id-card-revoked', 0),
    ]);
  });

  it("shows An's old Galaxy A52, seen months ago and inactive, beside his active iPhone 15", async () => {
    const { devices } = await demoAccount(DEMO_ID_NUMBERS.an);
    const galaxy = devices.find((device) => device.deviceId === DEMO_DEVICE_IDS.anGalaxyA52);
    const iphone = devices.find((device) => device.deviceId === DEMO_DEVICE_IDS.anIphone15);
    expect(galaxy).toMatchObject({ name: 'Samsung Galaxy A52', active: false });
    expect(galaxy?.os).toMatch(/^Android/);
    expect(h.clock.now() - Date.parse(galaxy?.lastSeen ?? '')).toBeGreaterThan(90 * DAY_MS);
    expect(iphone).toMatchObject({ name: 'iPhone 15', active: true });
    expect(iphone?.os).toMatch(/^iOS/);
    expect(h.clock.now() - Date.parse(iphone?.lastSeen ?? '')).toBeLessThan(DAY_MS);
  });

  it("dates Em's terms-violation lock to have ended yesterday, by the service clock", async () => {
    const { lock } = await demoAccount(DEMO_ID_NUMBERS.em);
    const endedAgo = h.clock.now() - Date.parse(lock?.until ?? '');
    expect(endedAgo).toBeGreaterThanOrEqual(DAY_MS);
    expect(endedAgo).toBeLessThan(DAY_MS + 60_000);
    expect(Date.parse(lock?.since ?? '')).toBeLessThan(Date.parse(lock?.until ?? ''));
  });

  it('gives every lock a start and who asked for it, and no end unless it has one', async () => {
    for (const idNumber of [DEMO_ID_NUMBERS.binh, DEMO_ID_NUMBERS.cuong, DEMO_ID_NUMBERS.dung]) {
      const { lock } = await demoAccount(idNumber);
      expect(Date.parse(lock?.since ?? '')).toBeLessThan(h.clock.now());
      expect(lock?.requestedBy).toBeTruthy();
      expect(lock?.until).toBeUndefined();
    }
  });

  it('requires a token: TOKEN_MISSING', async () => {
    const reply = await getAccount(DEMO_ID_NUMBERS.an);
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe('TOKEN_MISSING');
    expect(reply.json.fullName).toBeUndefined();
  });

  it('refuses a token it never issued: TOKEN_INVALID', async () => {
    const reply = await getAccount(DEMO_ID_NUMBERS.an, 'vt_forged');
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe('TOKEN_INVALID');
  });

  it('refuses an expired token: TOKEN_EXPIRED', async () => {
    const token = await h.passcodeToken(DEMO_ID_NUMBERS.an);
    h.clock.advance(15 * 60_000 - 1);
    expect((await getAccount(DEMO_ID_NUMBERS.an, token)).status).toBe(200);
    h.clock.advance(1);
    const reply = await getAccount(DEMO_ID_NUMBERS.an, token);
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe('TOKEN_EXPIRED');
  });

  it("refuses another holder's token with 403 TOKEN_WRONG_ACCOUNT", async () => {
    const token = await h.passcodeToken(DEMO_ID_NUMBERS.binh);
    const reply = await getAccount(DEMO_ID_NUMBERS.an, token);
    expect(reply.status).toBe(403);
    expect(reply.json.code).toBe('TOKEN_WRONG_ACCOUNT');
    expect(reply.json.fullName).toBeUndefined();
  });

  it('refuses a malformed ID number with BAD_REQUEST', async () => {
    const token = await h.passcodeToken(DEMO_ID_NUMBERS.an);
    const reply = await getAccount('00109001234x', token);
    expect(reply.status).toBe(400);
    expect(reply.json.code).toBe('BAD_REQUEST');
  });

  it('serves accounts given at start instead of the demo data', async () => {
    const own: Account = {
      idNumber: '001200000001',
      fullName: 'Đặng Thị Hoa',
      dateOfBirth: '2000-01-01',
      gender: 'female',
      level: 1,
      status: 'active',
      devices: [],
    };
    const local = await startHarness({ accounts: [own] });
    try {
      const token = await local.passcodeToken(own.idNumber);
      const reply = await local.call({
        method: 'GET',
        path: `/v1/accounts/${own.idNumber}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(reply.body).toEqual(own);
      await expect(local.passcodeToken(DEMO_ID_NUMBERS.an)).rejects.toThrow(/404/);
    } finally {
      await local.close();
    }
  });
});

function row(
  idNumber: string,
  fullName: string,
  dateOfBirth: string,
  gender: string,
  level: number,
  status: string,
  lockReason: string | undefined,
  devices: number,
) {
  return { idNumber, fullName, dateOfBirth, gender, level, status, lockReason, devices };
}
