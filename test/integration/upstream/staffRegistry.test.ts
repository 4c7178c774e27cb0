import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeBatchResponse, StaffRegistrationResponse } from '../../../shared/upstream/api.js';
import { DEMO_DEVICE_IDS, DEMO_ID_NUMBERS, DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { STATE_FILE_NAME } from '../../../upstream/persistence/openState.js';
import { UPSTREAM_DOCUMENT_VERSION } from '../../../upstream/persistence/upstreamDocument.js';
import { createReferenceUpstream } from '../../../upstream/server.js';
import type { KioskCredentials } from '../../../shared/upstream/requestSigner.js';
import { makeChange, startHarness, testClock, toReply, type Harness } from './harness.js';

const an = DEMO_ID_NUMBERS.an;
const OTHER_KIOSK = { kioskId: 'KIOSK-HN-0002', secret: 'another-kiosk-secret-of-32-chars!!' };
const nam = { staffId: 'CB02', displayName: 'Cán bộ Trần Văn Nam', role: 'staff' } as const;

const running: Harness[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const h of running.splice(0)) await h.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function start(
  options: Parameters<typeof startHarness>[0] = {},
  clock = testClock(),
): Promise<Harness> {
  const h = await startHarness(
    {
      kiosks: { [DEMO_KIOSK.kioskId]: DEMO_KIOSK.secret, [OTHER_KIOSK.kioskId]: OTHER_KIOSK.secret },
      log: () => undefined,
      ...options,
    },
    clock,
  );
  running.push(h);
  return h;
}

const register = (h: Harness, body: unknown, credentials: KioskCredentials = DEMO_KIOSK) =>
  h.call({ method: 'POST', path: '/v1/staff', body, credentials });

const attest = (h: Harness, staffId: string, credentials: KioskCredentials = DEMO_KIOSK) =>
  h.call({
    method: 'POST',
    path: '/v1/verifications',
    body: { idNumber: an, method: 'staff', staffId },
    credentials,
  });

const staffEvidenceOf = (staffId: string, dateOfBirth?: string) => ({
  method: 'staff' as const,
  verifiedAt: '2026-03-10T02:28:00.000Z',
  staffId,
  ...(dateOfBirth === undefined ? {} : { dateOfBirth }),
});

describe('reference upstream: POST /v1/staff', () => {
  it('registers a staff member for the signing kiosk, and answers a repeat with the same registration', async () => {
    const h = await start();
    const first = await register(h, nam);
    expect(first.status).toBe(200);
    expect(StaffRegistrationResponse.parse(first.body)).toEqual({
      staffId: 'CB02',
      registeredAt: new Date(h.clock.now()).toISOString(),
    });
    h.clock.advance(60_000);
    const again = await register(h, { ...nam, displayName: 'Trần Văn Nam' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(h.upstream.state.staff.list().filter((member) => member.staffId === 'CB02')).toEqual([
      {
        kioskId: DEMO_KIOSK.kioskId,
        ...nam,
        displayName: 'Trần Văn Nam',
        registeredAt: first.json.registeredAt,
      },
    ]);
  });

  it('refuses an unsigned or badly signed registration with 401, and registers nothing', async () => {
    const h = await start();
    const unsigned = await toReply(
      await fetch(`${h.url}/v1/staff`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(nam),
      }),
    );
    expect(unsigned.status).toBe(401);
    expect(unsigned.json.code).toBe('MISSING_SIGNATURE');
    const forged = await h.call({
      method: 'POST',
      path: '/v1/staff',
      body: nam,
      signedBody: JSON.stringify({ ...nam, staffId: 'CB03' }),
    });
    expect(forged.status).toBe(401);
    expect(forged.json.code).toBe('BAD_SIGNATURE');
    const wrongSecret = await register(h, nam, { kioskId: DEMO_KIOSK.kioskId, secret: 'not-the-secret' });
    expect(wrongSecret.status).toBe(401);
    expect(h.upstream.state.staff.isRegistered(DEMO_KIOSK.kioskId, 'CB02')).toBe(false);
  });

  it.each([
    ['a staff ID not like CB01', { ...nam, staffId: 'cb02' }],
    ['no display name', { staffId: 'CB02', role: 'staff' }],
    ['an unknown role', { ...nam, role: 'admin' }],
    ['an unknown field', { ...nam, pin: '2468' }],
  ])('refuses a body with %s with 400 BAD_REQUEST', async (_what, body) => {
    const h = await start();
    const reply = await register(h, body);
    expect(reply.status).toBe(400);
    expect(reply.json.code).toBe('BAD_REQUEST');
    expect(h.upstream.state.staff.isRegistered(DEMO_KIOSK.kioskId, 'CB02')).toBe(false);
  });

  it('keeps registrations across a restart of the service', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upstream-staff-'));
    folders.push(dataDir);
    const clock = testClock();
    const first = await start({ dataDir }, clock);
    const answer = await register(first, nam);
    await first.close();
    running.splice(running.indexOf(first), 1);

    const second = await start({ dataDir }, clock);
    expect((await attest(second, 'CB02')).status).toBe(200);
    expect((await register(second, nam)).body).toEqual(answer.body);
  });
});

describe('reference upstream: only registered staff attest', () => {
  it('knows the demo staff member CB01 for the demo kiosk from the start', async () => {
    const h = await start();
    expect((await attest(h, 'CB01')).status).toBe(200);
  });

  it.each(['CB99', 'XX00'])(
    'refuses a staff verification by %s, whom the kiosk never registered, with 403 STAFF_UNKNOWN',
    async (staffId) => {
      const h = await start();
      const reply = await attest(h, staffId);
      expect(reply.status).toBe(403);
      expect(reply.json.code).toBe('STAFF_UNKNOWN');
      expect(h.upstream.state.attestations.list()).toEqual([]);
    },
  );

  it("refuses another kiosk's staff member: a registration belongs to the kiosk that made it", async () => {
    const h = await start();
    expect((await register(h, nam, OTHER_KIOSK)).status).toBe(200);
    expect((await attest(h, 'CB02')).json.code).toBe('STAFF_UNKNOWN');
    expect((await attest(h, 'CB01', OTHER_KIOSK)).json.code).toBe('STAFF_UNKNOWN');
    expect((await attest(h, 'CB02', OTHER_KIOSK)).status).toBe(200);
  });

  it('rejects the change of unknown staff on its own, and applies the other changes of the batch', async () => {
    const h = await start();
    const batch = [
      makeChange('unlink-device', an, staffEvidenceOf('CB01'), { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 }),
      makeChange('unlock-request', DEMO_ID_NUMBERS.binh, staffEvidenceOf('CB99')),
      makeChange('unlock-request', DEMO_ID_NUMBERS.em, staffEvidenceOf('XX00')),
      makeChange('unlink-device', DEMO_ID_NUMBERS.dung, staffEvidenceOf('CB01'), {
        deviceId: DEMO_DEVICE_IDS.dungPhone,
      }),
    ];
    const reply = await h.postChanges(batch);
    expect(reply.status).toBe(200);
    const results = ChangeBatchResponse.parse(reply.body).results;
    expect(results.map((result) => [result.outcome, result.code])).toEqual([
      ['applied', 'DEVICE_UNLINKED'],
      ['rejected', 'STAFF_UNKNOWN'],
      ['rejected', 'STAFF_UNKNOWN'],
      ['applied', 'DEVICE_UNLINKED'],
    ]);
    expect(results[1]?.message).toContain('CB99');
    // Nothing of the rejected changes took effect: Bình and Em stay locked.
    expect(h.upstream.state.account(DEMO_ID_NUMBERS.binh)?.status).toBe('locked');
    expect(h.upstream.state.account(DEMO_ID_NUMBERS.em)?.status).toBe('locked');
  });
});

describe('reference upstream: the date of birth in offline staff evidence', () => {
  it('rejects a date of birth that is not the one on record, and applies one that is', async () => {
    const h = await start();
    const wrongDay = makeChange(
      'unlock-request',
      DEMO_ID_NUMBERS.binh,
      staffEvidenceOf('CB01', '1995-03-08'),
    );
    const right = makeChange('unlock-request', DEMO_ID_NUMBERS.em, staffEvidenceOf('CB01', '1988-06-30'));
    const results = ChangeBatchResponse.parse((await h.postChanges([wrongDay, right])).body).results;
    expect(results.map((result) => [result.outcome, result.code])).toEqual([
      ['rejected', 'DATE_OF_BIRTH_MISMATCH'],
      ['applied', 'UNLOCKED'],
    ]);
    expect(h.upstream.state.account(DEMO_ID_NUMBERS.binh)?.status).toBe('locked');
    expect(h.upstream.state.account(DEMO_ID_NUMBERS.em)?.status).toBe('active');
  });

  it('refuses a date of birth in evidence that is not a staff attestation', async () => {
    const h = await start();
    const token = await h.passcodeToken(an);
    const change = makeChange(
      'unlink-device',
      an,
      { method: 'passcode', verifiedAt: '2026-03-10T02:28:00.000Z', token, dateOfBirth: '1990-05-12' },
      { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 },
    );
    const [result] = ChangeBatchResponse.parse((await h.postChanges([change])).body).results;
    expect(result).toMatchObject({ outcome: 'rejected', code: 'EVIDENCE_INVALID' });
  });
});

describe('reference upstream: impossible ID numbers', () => {
  // The test clock is in March 2026.
  const impossible = [
    ['an unassigned province code', '003090012345'],
    ['a century that has not begun', '001490012345'],
    ['a birth year in the future', '001299012345'],
  ] as const;

  it.each(impossible)('answers 400 ID_NUMBER_IMPOSSIBLE to a verification of %s', async (_what, idNumber) => {
    const h = await start();
    const reply = await h.call({
      method: 'POST',
      path: '/v1/verifications',
      body: { idNumber, method: 'passcode', passcode: '123456' },
    });
    expect(reply.status).toBe(400);
    expect(reply.json.code).toBe('ID_NUMBER_IMPOSSIBLE');
  });

  it.each(impossible)('answers 400 ID_NUMBER_IMPOSSIBLE to an OTP for %s', async (_what, idNumber) => {
    const h = await start();
    const reply = await h.call({ method: 'POST', path: '/v1/otp', body: { idNumber } });
    expect(reply.status).toBe(400);
    expect(reply.json.code).toBe('ID_NUMBER_IMPOSSIBLE');
  });

  it.each(impossible)(
    'answers 400 ID_NUMBER_IMPOSSIBLE to reading the account of %s',
    async (_what, idNumber) => {
      const h = await start();
      const token = await h.passcodeToken(an);
      const reply = await h.call({
        method: 'GET',
        path: `/v1/accounts/${idNumber}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(reply.status).toBe(400);
      expect(reply.json.code).toBe('ID_NUMBER_IMPOSSIBLE');
    },
  );

  it('rejects each change for an impossible ID number on its own, without holding up the batch', async () => {
    const h = await start();
    const batch = [
      ...impossible.map(([, idNumber]) => makeChange('unlock-request', idNumber, staffEvidenceOf('CB01'))),
      makeChange('unlock-request', DEMO_ID_NUMBERS.binh, staffEvidenceOf('CB01')),
    ];
    const results = ChangeBatchResponse.parse((await h.postChanges(batch)).body).results;
    expect(results.map((result) => [result.outcome, result.code])).toEqual([
      ['rejected', 'ID_NUMBER_IMPOSSIBLE'],
      ['rejected', 'ID_NUMBER_IMPOSSIBLE'],
      ['rejected', 'ID_NUMBER_IMPOSSIBLE'],
      ['applied', 'UNLOCKED'],
    ]);
  });

  it('still answers 404 for a possible ID number that has no account', async () => {
    const h = await start();
    const reply = await h.call({ method: 'POST', path: '/v1/otp', body: { idNumber: '001099999999' } });
    expect(reply.status).toBe(404);
    expect(reply.json.code).toBe('ACCOUNT_NOT_FOUND');
  });
});

describe('reference upstream: a data file written before the staff registry', () => {
  it('is migrated: the demo kiosk keeps CB01, nobody else is known, and it is saved as the current version', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upstream-v1-'));
    folders.push(dataDir);
    const service = createReferenceUpstream({
      kiosks: {},
      dataDir,
      now: testClock().now,
      log: () => undefined,
    });
    await service.save();
    const file = join(dataDir, STATE_FILE_NAME);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(saved.version).toBe(UPSTREAM_DOCUMENT_VERSION);
    // What a service before issue 10 wrote: the same document without the staff registry.
    const older: Record<string, unknown> = { ...saved, version: 1 };
    delete older.staff;
    writeFileSync(file, JSON.stringify(older));

    const h = await start({ dataDir });
    expect((await attest(h, 'CB01')).status).toBe(200);
    expect((await attest(h, 'CB02')).json.code).toBe('STAFF_UNKNOWN');
    await h.upstream.save();
    expect((JSON.parse(readFileSync(file, 'utf8')) as { version: number }).version).toBe(
      UPSTREAM_DOCUMENT_VERSION,
    );
  });

  it('refuses a data file from a newer service by name, and leaves it as it was', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upstream-newer-'));
    folders.push(dataDir);
    const file = join(dataDir, STATE_FILE_NAME);
    const newerVersion = UPSTREAM_DOCUMENT_VERSION + 1;
    const newer = JSON.stringify({ format: 'commune-vneid-reference-upstream', version: newerVersion });
    writeFileSync(file, newer);
    expect(() => createReferenceUpstream({ kiosks: {}, dataDir, log: () => undefined })).toThrow(
      `newer reference service (version ${newerVersion}; this one reads up to ${UPSTREAM_DOCUMENT_VERSION})`,
    );
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });
});
