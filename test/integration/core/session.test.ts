import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, STAFF, startCoreRig, until } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const attestAn = { idNumber: DEMO.an.id, dateOfBirth: DEMO.an.dob, cardChecked: true as const };

describe('identifying with the passcode', () => {
  it('answers a masked summary saying how the citizen was verified and that nobody assists', async () => {
    rig = await startCoreRig();
    expect(await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' })).toEqual({
      idNumberMasked: '0010****2345',
      fullName: 'Nguyễn Văn An',
      level: 2,
      status: 'active',
      verifiedBy: 'passcode',
      assisted: false,
    });
  });

  it('says assisted when a staff member is signed in', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    await expect(
      rig.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' }),
    ).resolves.toMatchObject({ verifiedBy: 'passcode', assisted: true, status: 'locked' });
  });

  it('refuses a wrong passcode and an impossible ID number, and starts no session', async () => {
    rig = await startCoreRig();
    expect(
      (await rig.refusal('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '000000' })).code,
    ).toBe('VERIFICATION_FAILED');
    expect(
      (await rig.refusal('session.verifyPasscode', { idNumber: '999090012345', passcode: '123456' })).code,
    ).toBe('INVALID_ID_NUMBER');
    expect((await rig.refusal('account.read', {})).code).toBe('NO_SESSION');
  });

  it('tells the attempts left after a wrong passcode, and the end of the lockout after the fifth', async () => {
    rig = await startCoreRig();
    const wrong = { idNumber: DEMO.an.id, passcode: '000000' };
    for (const attemptsLeft of [4, 3, 2, 1]) {
      expect(await rig.refusal('session.verifyPasscode', wrong)).toMatchObject({
        code: 'VERIFICATION_FAILED',
        details: { attemptsLeft },
      });
    }
    const before = Date.now();
    const locked = await rig.refusal('session.verifyPasscode', wrong);
    expect(locked.code).toBe('VERIFICATION_LOCKED');
    const until = Date.parse(locked.code === 'VERIFICATION_LOCKED' ? locked.details.until : '');
    expect(until - before).toBeGreaterThan(14 * 60_000);
    expect(until - before).toBeLessThanOrEqual(15 * 60_000 + 5_000);
  });

  it('keeps the lockout for the passcode and the SMS alike, the right passcode included, with the same end', async () => {
    rig = await startCoreRig();
    const wrong = { idNumber: DEMO.an.id, passcode: '000000' };
    for (let i = 0; i < 5; i++) await rig.refusal('session.verifyPasscode', wrong);
    const right = await rig.refusal('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    const otp = await rig.refusal('session.requestOtp', { idNumber: DEMO.an.id });
    expect(right.code).toBe('VERIFICATION_LOCKED');
    expect(otp).toEqual({ ...right, message: otp.message });
  });

  it('answers an unknown ID number the same way at every try: no tries left, no lockout to count down', async () => {
    rig = await startCoreRig();
    // A possible number (Hà Nội, a man born in 1990) that no account has.
    const unknown = { idNumber: '001090099999', passcode: '000000' };
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await rig.refusal('session.verifyPasscode', unknown));
    expect(answers.map((answer) => answer.code)).toEqual(Array(6).fill('ACCOUNT_NOT_FOUND'));
    expect(answers.every((answer) => !('details' in answer))).toBe(true);
    // Asking for an SMS code, the other way at the same step, says it too; the steps before ask nothing.
    expect(await rig.refusal('session.requestOtp', { idNumber: unknown.idNumber })).toMatchObject({
      code: 'ACCOUNT_NOT_FOUND',
    });
  });

  it('says OFFLINE when the national system cannot be reached', async () => {
    rig = await startCoreRig();
    rig.offline();
    expect(
      (await rig.refusal('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' })).code,
    ).toBe('OFFLINE');
  });
});

describe('identifying with an SMS OTP', () => {
  it('sends the OTP to the registered phone, shown masked, and verifies with it', async () => {
    rig = await startCoreRig();
    const sent = await rig.call('session.requestOtp', { idNumber: DEMO.an.id });
    expect(sent.sentToMasked).toBe('091****678');
    const otp = await rig.otpFor(DEMO.an.id);
    expect(await rig.call('session.verifyOtp', { idNumber: DEMO.an.id, otp })).toMatchObject({
      fullName: 'Nguyễn Văn An',
      verifiedBy: 'otp',
      assisted: false,
    });
    await expect(rig.call('account.read', {})).resolves.toMatchObject({ idNumberMasked: '0010****2345' });
  });

  it('refuses a second OTP within 30 seconds, saying how long to wait', async () => {
    rig = await startCoreRig();
    await rig.call('session.requestOtp', { idNumber: DEMO.an.id });
    const refusal = await rig.refusal('session.requestOtp', { idNumber: DEMO.an.id });
    expect(refusal.code).toBe('OTP_RATE_LIMITED');
    const seconds = refusal.code === 'OTP_RATE_LIMITED' ? refusal.details.retryAfterSeconds : 0;
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(30);
  });

  it('cannot send one to an account without a registered phone', async () => {
    rig = await startCoreRig();
    expect((await rig.refusal('session.requestOtp', { idNumber: DEMO.giang.id })).code).toBe(
      'NO_REGISTERED_PHONE',
    );
  });

  it('refuses a wrong OTP, and one that was never sent', async () => {
    rig = await startCoreRig();
    expect((await rig.refusal('session.verifyOtp', { idNumber: DEMO.em.id, otp: '123456' })).code).toBe(
      'OTP_EXPIRED',
    );
    await rig.call('session.requestOtp', { idNumber: DEMO.em.id });
    const otp = await rig.otpFor(DEMO.em.id);
    const wrong = otp === '000000' ? '111111' : '000000';
    expect((await rig.refusal('session.verifyOtp', { idNumber: DEMO.em.id, otp: wrong })).code).toBe(
      'VERIFICATION_FAILED',
    );
    expect((await rig.refusal('account.read', {})).code).toBe('NO_SESSION');
  });
});

describe('staff attestation', () => {
  it('needs a signed-in staff member', async () => {
    rig = await startCoreRig();
    expect((await rig.refusal('session.attestByStaff', attestAn)).code).toBe('STAFF_REQUIRED');
    expect((await rig.refusal('session.attestByStaff', { ...attestAn, cardChecked: false })).code).toBe(
      'BAD_ARGUMENTS',
    );
  });

  it('refuses an ID number that disagrees with the date of birth on the card', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    const refusal = await rig.refusal('session.attestByStaff', { ...attestAn, dateOfBirth: '1991-05-12' });
    expect(refusal.code).toBe('INVALID_ID_NUMBER');
    expect(refusal.message).toMatch(/^DOB_MISMATCH/);
    // Same year, another day: only the national record can tell, and it does.
    const onRecord = await rig.refusal('session.attestByStaff', { ...attestAn, dateOfBirth: '1990-05-13' });
    expect(onRecord).toMatchObject({ code: 'INVALID_ID_NUMBER' });
    expect((await rig.refusal('account.read', {})).code).toBe('NO_SESSION');
  });

  it('online: records the attestation with the national system under the staff ID and reads the account', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    expect(await rig.call('session.attestByStaff', attestAn)).toEqual({
      idNumberMasked: '0010****2345',
      fullName: 'Nguyễn Văn An',
      level: 2,
      status: 'active',
      verifiedBy: 'staff',
      assisted: true,
    });
    const attestations = (await (await fetch(`${rig.running.url}/admin/attestations`)).json()) as {
      attestations: { staffId: string; kioskId: string }[];
    };
    expect(attestations.attestations).toEqual([
      expect.objectContaining({ staffId: 'CB01', kioskId: 'KIOSK-DEMO-01' }),
    ]);
    await expect(rig.call('account.read', {})).resolves.toMatchObject({ devices: expect.any(Array) });
  });

  it('offline: begins a session from the attestation alone, with no account data', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    rig.offline();
    expect(await rig.call('session.attestByStaff', attestAn)).toEqual({
      idNumberMasked: '0010****2345',
      verifiedBy: 'staff',
      assisted: true,
    });
    expect((await rig.refusal('account.read', {})).code).toBe('OFFLINE');
    // Once the connection is back, the attestation is confirmed and the account can be read.
    rig.online();
    await expect(rig.call('account.read', {})).resolves.toMatchObject({ fullName: 'Nguyễn Văn An' });
  });
});

describe('the end of a session', () => {
  it('ends on request, tells the renderer, and keeps nothing', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    expect(await rig.call('session.end', {})).toEqual({ ended: true });
    expect(rig.eventsOf('session.ended')).toEqual([{ reason: 'ended' }]);
    expect((await rig.refusal('account.read', {})).code).toBe('NO_SESSION');
    expect((await rig.refusal('device.unlink', { deviceId: 'dev-an-galaxy-a52' })).code).toBe('NO_SESSION');
  });

  it('ends after inactivity, as a safety net behind the screen countdown', async () => {
    rig = await startCoreRig({ idle: { citizenMs: 250 } });
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await rig.call('account.read', {});
    // Polling the sync status is not someone at the screen.
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await rig.call('sync.status', {});
    }
    await until(() => rig?.eventsOf('session.ended').length === 1, 2_000, 'the idle end');
    expect(rig.eventsOf('session.ended')).toEqual([{ reason: 'idle' }]);
    expect((await rig.refusal('account.read', {})).code).toBe('NO_SESSION');
  });

  it('gives an assisted session the longer limit', async () => {
    rig = await startCoreRig({ idle: { citizenMs: 150, assistedMs: 5_000 } });
    await rig.call('staff.signIn', STAFF);
    await rig.call('session.attestByStaff', attestAn);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(rig.call('account.read', {})).resolves.toMatchObject({ fullName: 'Nguyễn Văn An' });
    expect(rig.eventsOf('session.ended')).toEqual([]);
  });

  it('does not announce an end when a new identification replaces the session', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    await rig.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' });
    expect(rig.eventsOf('session.ended')).toEqual([]);
    await expect(rig.call('account.read', {})).resolves.toMatchObject({ fullName: 'Trần Thị Bình' });
  });
});
