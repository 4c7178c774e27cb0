import { KioskError } from '../../../shared/ipc/errors.js';
import { UpstreamFailure } from '../upstream/upstreamFailure.js';

/** No usable answer: no connection, a timeout, ill health (5xx, 429, a malformed answer). */
export function isUnreachable(error: unknown): error is UpstreamFailure {
  return error instanceof UpstreamFailure && error.retryable && error.upstreamCode !== 'OTP_RATE_LIMITED';
}

function seconds(ms: number | undefined): number {
  return Math.max(1, Math.ceil((ms ?? 30_000) / 1000));
}

/**
 * The national system's answer as the error the renderer explains. Refusals keep their meaning
 * (a wrong OTP, a locked ID); every kind of silence becomes OFFLINE, "cannot check right now".
 */
export function kioskErrorFrom(error: unknown): unknown {
  if (!(error instanceof UpstreamFailure)) return error;
  switch (error.upstreamCode) {
    case 'OTP_RATE_LIMITED':
      return new KioskError(
        'OTP_RATE_LIMITED',
        `An OTP was sent to this account moments ago; retry in ${seconds(error.retryAfterMs)} seconds.`,
      );
    case 'NO_REGISTERED_PHONE':
      return new KioskError('NO_REGISTERED_PHONE', 'The account has no registered phone to send an OTP to.');
    case 'WRONG_PASSCODE':
    case 'WRONG_OTP':
      return new KioskError('VERIFICATION_FAILED', error.message);
    case 'OTP_EXPIRED':
      return new KioskError('OTP_EXPIRED', 'No OTP can be used: it expired or was used. Ask for a new one.');
    case 'VERIFICATION_LOCKED':
      return new KioskError(
        'VERIFICATION_LOCKED',
        `Too many wrong codes for this ID; retry in ${seconds(error.retryAfterMs)} seconds.`,
      );
    case 'ACCOUNT_NOT_FOUND':
      return new KioskError('ACCOUNT_NOT_FOUND', 'No account has this ID number.');
  }
  if (isUnreachable(error)) {
    return new KioskError('OFFLINE', `The national system cannot be reached right now: ${error.message}`);
  }
  return error;
}

/** Runs a call to the national system and throws what the renderer should hear. */
export async function fromUpstream<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw kioskErrorFrom(error);
  }
}
