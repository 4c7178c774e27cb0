import { KioskError } from '../../../shared/ipc/errors.js';
import { UpstreamFailure } from '../upstream/upstreamFailure.js';

/**
 * The one place where the national system's answers become kiosk codes: the edge between the
 * upstream client (which throws its own `UpstreamFailure`, with the service's code and facts)
 * and the handlers (which throw `KioskError`s with typed details for the renderer).
 */

/** No usable answer: no connection, a timeout, ill health (5xx, 429, a malformed answer). */
export function isUnreachable(error: unknown): boolean {
  return error instanceof UpstreamFailure && isSilence(error);
}

function isSilence(failure: UpstreamFailure): boolean {
  return failure.retryable && failure.upstreamCode !== 'OTP_RATE_LIMITED';
}

/** Whole seconds, at least one; half a minute when the service gave no Retry-After. */
function seconds(ms: number | undefined): number {
  return Math.max(1, Math.ceil((ms ?? 30_000) / 1000));
}

/** The end of a verification lockout: the service's own field, else its Retry-After from now. */
function lockoutEnd(failure: UpstreamFailure, now: Date): string {
  if (failure.lockedUntil !== undefined) return failure.lockedUntil;
  return new Date(now.getTime() + seconds(failure.retryAfterMs) * 1000).toISOString();
}

/**
 * The national system's answer as the error the renderer explains. Refusals keep their meaning
 * (a wrong OTP, a locked ID) and their facts; every kind of silence becomes OFFLINE, "cannot
 * check right now"; any other refusal (a bad signature, a token) is UPSTREAM_REFUSED for staff.
 * Anything that is not an UpstreamFailure is returned as it is.
 */
export function kioskErrorFrom(error: unknown, now: Date): unknown {
  if (!(error instanceof UpstreamFailure)) return error;
  switch (error.upstreamCode) {
    case 'OTP_RATE_LIMITED': {
      const retryAfterSeconds = seconds(error.retryAfterMs);
      return new KioskError(
        'OTP_RATE_LIMITED',
        `An OTP was sent to this account moments ago; retry in ${retryAfterSeconds} seconds.`,
        { retryAfterSeconds },
      );
    }
    case 'NO_REGISTERED_PHONE':
      return new KioskError('NO_REGISTERED_PHONE', 'The account has no registered phone to send an OTP to.');
    case 'WRONG_PASSCODE':
    case 'WRONG_OTP':
      return new KioskError(
        'VERIFICATION_FAILED',
        error.message,
        error.attemptsLeft === undefined ? {} : { attemptsLeft: error.attemptsLeft },
      );
    case 'OTP_EXPIRED':
      return new KioskError('OTP_EXPIRED', 'No OTP can be used: it expired or was used. Ask for a new one.');
    case 'VERIFICATION_LOCKED': {
      const until = lockoutEnd(error, now);
      return new KioskError(
        'VERIFICATION_LOCKED',
        `Too many wrong codes for this ID; locked until ${until}.`,
        {
          until,
        },
      );
    }
    case 'ACCOUNT_NOT_FOUND':
      return new KioskError('ACCOUNT_NOT_FOUND', 'No account has this ID number.');
    case 'ID_NUMBER_IMPOSSIBLE':
      // The kiosk checks the same rules first; the national system's clock may be a day ahead.
      return new KioskError('INVALID_ID_NUMBER', `ID_NUMBER_IMPOSSIBLE: ${error.message}`);
    case 'REQUEST_NOT_FOUND':
      return new KioskError('REQUEST_NOT_FOUND', 'The national system does not know this reference.');
  }
  if (isSilence(error)) {
    return new KioskError('OFFLINE', `The national system cannot be reached right now: ${error.message}`);
  }
  return new KioskError('UPSTREAM_REFUSED', error.forStaff);
}

/** Runs a call to the national system and throws what the renderer should hear. */
export async function fromUpstream<T>(call: () => Promise<T>, now: Date): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw kioskErrorFrom(error, now);
  }
}
