import { describe, expect, it } from 'vitest';
import { connectionStates } from '../../../shared/domain/connection.js';
import {
  canStartIdentify,
  offlineNoticeFor,
  otpUnreachable,
} from '../../../renderer/src/state/connectionNotice.js';
import { identifyReducer, startIdentify } from '../../../renderer/src/state/identifyFlow.js';
import type { IdentifyAction, IdentifyState } from '../../../renderer/src/state/identifyFlow.js';

const screens = ['welcome', 'identify', 'account', 'devices', 'receipt', 'lookup', 'guide'] as const;

describe('where "offline" is said, once', () => {
  it('says nothing anywhere while the connection is unknown or online', () => {
    for (const connection of ['unknown', 'online'] as const) {
      for (const screen of screens) {
        expect(offlineNoticeFor(connection, screen, false)).toBe('none');
        expect(offlineNoticeFor(connection, screen, true)).toBe('none');
      }
    }
  });

  it('alone and offline: Welcome and the identify steps say it themselves, with no banner on top', () => {
    expect(offlineNoticeFor('offline', 'welcome', false)).toBe('screen');
    expect(offlineNoticeFor('offline', 'identify', false)).toBe('screen');
    expect(offlineNoticeFor('offline', 'lookup', false)).toBe('banner');
    expect(offlineNoticeFor('offline', 'devices', false)).toBe('banner');
  });

  it('with staff: the banner on every screen, since changes are queued', () => {
    for (const screen of screens) expect(offlineNoticeFor('offline', screen, true)).toBe('banner');
  });
});

describe('starting a task that needs the national system', () => {
  it('goes ahead while unknown or online; alone and offline, it does not', () => {
    const alone = connectionStates.map((connection) => canStartIdentify(connection, false));
    expect(alone).toEqual([true, true, false]);
  });

  it('always goes ahead with staff signed in (they can attest a card and queue the change)', () => {
    for (const connection of connectionStates) expect(canStartIdentify(connection, true)).toBe(true);
  });
});

describe('the SMS step, offline', () => {
  const run = (state: IdentifyState, ...actions: IdentifyAction[]) => actions.reduce(identifyReducer, state);
  const atOtp = () =>
    run(
      { ...startIdentify(Date.parse('2026-03-10T02:00:00.000Z')), step: 'method' },
      { type: 'otp-requested' },
    );

  it('the code could not be sent: one message, whatever else happened', () => {
    const failed = run(atOtp(), { type: 'otp-failed', code: 'OFFLINE', resendAt: 0, waitSeconds: undefined });
    expect(otpUnreachable(failed)).toBe('send');
  });

  it('the code typed could not be checked', () => {
    const sent = run(atOtp(), { type: 'otp-sent', sentToMasked: '091****678', resendAt: 0 });
    const refused = run(sent, { type: 'verifying' }, { type: 'refused', code: 'OFFLINE' });
    expect(otpUnreachable(refused)).toBe('check');
  });

  it('other failures keep the pad and "Gửi lại mã"', () => {
    const limited = run(atOtp(), {
      type: 'otp-failed',
      code: 'OTP_RATE_LIMITED',
      resendAt: 0,
      waitSeconds: 30,
    });
    expect(otpUnreachable(limited)).toBeUndefined();
    const sent = run(atOtp(), { type: 'otp-sent', sentToMasked: '091****678', resendAt: 0 });
    expect(otpUnreachable(sent)).toBeUndefined();
    const wrong = run(sent, { type: 'verifying' }, { type: 'refused', code: 'VERIFICATION_FAILED' });
    expect(otpUnreachable(wrong)).toBeUndefined();
  });

  it('says nothing once the citizen went back from the step', () => {
    const failed = run(atOtp(), { type: 'otp-failed', code: 'OFFLINE', resendAt: 0, waitSeconds: undefined });
    expect(otpUnreachable(run(failed, { type: 'back' }))).toBeUndefined();
  });
});
