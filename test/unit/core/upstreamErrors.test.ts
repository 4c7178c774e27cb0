import { describe, expect, it } from 'vitest';
import { isUnreachable, kioskErrorFrom } from '../../../electron/core/handlers/upstreamErrors.js';
import { UpstreamFailure } from '../../../electron/core/upstream/upstreamFailure.js';
import { KioskError } from '../../../shared/ipc/errors.js';

const refused = (upstreamCode: string, status = 401, retryAfterMs?: number) =>
  new UpstreamFailure('refused', 'UPSTREAM_REFUSED', `${upstreamCode}: …`, {
    status,
    upstreamCode,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });

describe('national-system answers as kiosk errors', () => {
  it.each([
    [refused('WRONG_PASSCODE'), 'VERIFICATION_FAILED'],
    [refused('WRONG_OTP'), 'VERIFICATION_FAILED'],
    [refused('OTP_EXPIRED'), 'OTP_EXPIRED'],
    [refused('NO_REGISTERED_PHONE', 422), 'NO_REGISTERED_PHONE'],
    [refused('VERIFICATION_LOCKED', 423, 900_000), 'VERIFICATION_LOCKED'],
    [refused('ACCOUNT_NOT_FOUND', 404), 'ACCOUNT_NOT_FOUND'],
    [
      new UpstreamFailure('rate-limited', 'UPSTREAM_UNAVAILABLE', '429', {
        status: 429,
        upstreamCode: 'OTP_RATE_LIMITED',
        retryAfterMs: 12_300,
      }),
      'OTP_RATE_LIMITED',
    ],
    [new UpstreamFailure('unreachable', 'UPSTREAM_UNAVAILABLE', 'ECONNREFUSED'), 'OFFLINE'],
    [new UpstreamFailure('timeout', 'UPSTREAM_UNAVAILABLE', 'slow'), 'OFFLINE'],
    [new UpstreamFailure('unavailable', 'UPSTREAM_UNAVAILABLE', '503', { status: 503 }), 'OFFLINE'],
    [
      new UpstreamFailure('rate-limited', 'UPSTREAM_UNAVAILABLE', '429', {
        status: 429,
        upstreamCode: 'RATE_LIMITED',
      }),
      'OFFLINE',
    ],
    [new UpstreamFailure('malformed', 'UPSTREAM_UNAVAILABLE', 'proxy page'), 'OFFLINE'],
    [refused('BAD_SIGNATURE'), 'UPSTREAM_REFUSED'],
  ])('%s → %s', (failure, code) => {
    const error = kioskErrorFrom(failure);
    expect(error).toBeInstanceOf(KioskError);
    expect((error as KioskError).code).toBe(code);
  });

  it('says how long to wait, in seconds, rounded up', () => {
    const rateLimited = new UpstreamFailure('rate-limited', 'UPSTREAM_UNAVAILABLE', '429', {
      status: 429,
      upstreamCode: 'OTP_RATE_LIMITED',
      retryAfterMs: 12_300,
    });
    expect((kioskErrorFrom(rateLimited) as KioskError).message).toContain('retry in 13 seconds');
    expect((kioskErrorFrom(refused('VERIFICATION_LOCKED', 423, 900_000)) as KioskError).message).toContain(
      'retry in 900 seconds',
    );
  });

  it('leaves anything else as it was', () => {
    const other = new TypeError('bug');
    expect(kioskErrorFrom(other)).toBe(other);
    expect(isUnreachable(other)).toBe(false);
  });
});
