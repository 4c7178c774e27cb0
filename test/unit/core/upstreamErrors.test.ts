import { describe, expect, it } from 'vitest';
import { isUnreachable, kioskErrorFrom } from '../../../electron/core/handlers/upstreamErrors.js';
import { UpstreamFailure } from '../../../electron/core/upstream/upstreamFailure.js';
import { KioskError, KioskErrorShape } from '../../../shared/ipc/errors.js';

const refused = (upstreamCode: string, status = 401, retryAfterMs?: number) =>
  new UpstreamFailure('refused', `${upstreamCode}: …`, {
    status,
    upstreamCode,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });

/** For the answers whose facts do not depend on the time. */
const anyTime = new Date('2026-11-23T08:00:00.000Z');

describe('national-system answers as kiosk errors', () => {
  it.each([
    [refused('WRONG_PASSCODE'), 'VERIFICATION_FAILED'],
    [refused('WRONG_OTP'), 'VERIFICATION_FAILED'],
    [refused('OTP_EXPIRED'), 'OTP_EXPIRED'],
    [refused('NO_REGISTERED_PHONE', 422), 'NO_REGISTERED_PHONE'],
    [refused('VERIFICATION_LOCKED', 423, 900_000), 'VERIFICATION_LOCKED'],
    [refused('ACCOUNT_NOT_FOUND', 404), 'ACCOUNT_NOT_FOUND'],
    [
      new UpstreamFailure('rate-limited', '429', {
        status: 429,
        upstreamCode: 'OTP_RATE_LIMITED',
        retryAfterMs: 12_300,
      }),
      'OTP_RATE_LIMITED',
    ],
    [new UpstreamFailure('unreachable', 'ECONNREFUSED'), 'OFFLINE'],
    [new UpstreamFailure('timeout', 'slow'), 'OFFLINE'],
    [new UpstreamFailure('unavailable', '503', { status: 503 }), 'OFFLINE'],
    [
      new UpstreamFailure('rate-limited', '429', {
        status: 429,
        upstreamCode: 'RATE_LIMITED',
      }),
      'OFFLINE',
    ],
    [new UpstreamFailure('malformed', 'proxy page'), 'OFFLINE'],
    [refused('BAD_SIGNATURE'), 'UPSTREAM_REFUSED'],
  ])('%s → %s', (failure, code) => {
    const error = kioskErrorFrom(failure, anyTime);
    expect(error).toBeInstanceOf(KioskError);
    expect((error as KioskError).code).toBe(code);
  });

  it('carries the facts as typed details, never only in the message', () => {
    const wrong = new UpstreamFailure('refused', 'WRONG_PASSCODE: …', {
      status: 401,
      upstreamCode: 'WRONG_PASSCODE',
      attemptsLeft: 2,
    });
    expect((kioskErrorFrom(wrong, anyTime) as KioskError).toShape()).toMatchObject({
      code: 'VERIFICATION_FAILED',
      details: { attemptsLeft: 2 },
    });
    const locked = new UpstreamFailure('refused', 'VERIFICATION_LOCKED: …', {
      status: 423,
      upstreamCode: 'VERIFICATION_LOCKED',
      retryAfterMs: 900_000,
      lockedUntil: '2026-11-23T08:15:00.000Z',
    });
    expect((kioskErrorFrom(locked, anyTime) as KioskError).details).toEqual({
      until: '2026-11-23T08:15:00.000Z',
    });
    // An older service without the field: Retry-After from now says the same.
    const now = new Date('2026-11-23T08:00:00.000Z');
    expect((kioskErrorFrom(refused('VERIFICATION_LOCKED', 423, 900_000), now) as KioskError).details).toEqual(
      {
        until: '2026-11-23T08:15:00.000Z',
      },
    );
    const shape = (kioskErrorFrom(refused('WRONG_OTP'), anyTime) as KioskError).toShape();
    expect(KioskErrorShape.parse(shape)).toEqual({
      code: 'VERIFICATION_FAILED',
      message: 'WRONG_OTP: …',
      details: {},
    });
  });

  it('says how long to wait, in seconds, rounded up', () => {
    const rateLimited = new UpstreamFailure('rate-limited', '429', {
      status: 429,
      upstreamCode: 'OTP_RATE_LIMITED',
      retryAfterMs: 12_300,
    });
    expect((kioskErrorFrom(rateLimited, anyTime) as KioskError).details).toEqual({ retryAfterSeconds: 13 });
  });

  it('leaves anything else as it was', () => {
    const other = new TypeError('bug');
    expect(kioskErrorFrom(other, anyTime)).toBe(other);
    expect(isUnreachable(other)).toBe(false);
  });
});
