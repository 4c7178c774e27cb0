import { randomInt } from 'node:crypto';

export const OTP_TTL_MS = 5 * 60 * 1000;
/** One SMS per ID number per 30 seconds: enough for "I did not get it", too few to flood a phone. */
export const OTP_RESEND_INTERVAL_MS = 30 * 1000;

export interface IssuedOtp {
  idNumber: string;
  code: string;
  sentAtMs: number;
  expiresAtMs: number;
  used: boolean;
}

export type OtpSend = { sent: true; otp: IssuedOtp } | { sent: false; retryAtMs: number };

export type OtpCheck = 'valid' | 'wrong' | 'none';

/**
 * The OTPs sent to registered phones: only the latest per ID counts, it expires after five
 * minutes and it works once. Kept in memory only: after a restart the holder asks for a new one.
 */
export class OtpCodes {
  readonly #latest = new Map<string, IssuedOtp>();

  send(idNumber: string, nowMs: number): OtpSend {
    const previous = this.#latest.get(idNumber);
    if (previous !== undefined && nowMs < previous.sentAtMs + OTP_RESEND_INTERVAL_MS) {
      return { sent: false, retryAtMs: previous.sentAtMs + OTP_RESEND_INTERVAL_MS };
    }
    const otp: IssuedOtp = {
      idNumber,
      code: String(randomInt(0, 1_000_000)).padStart(6, '0'),
      sentAtMs: nowMs,
      expiresAtMs: nowMs + OTP_TTL_MS,
      used: false,
    };
    this.#latest.set(idNumber, otp);
    return { sent: true, otp: { ...otp } };
  }

  /**
   * `none` when no OTP can be used (never sent, expired or already used): that is not a guess,
   * so it is not counted as a wrong attempt. A valid code is used up by this call.
   */
  check(idNumber: string, given: string, nowMs: number, same: (a: string, b: string) => boolean): OtpCheck {
    const otp = this.#latest.get(idNumber);
    if (otp === undefined || otp.used || nowMs >= otp.expiresAtMs) return 'none';
    if (!same(otp.code, given)) return 'wrong';
    otp.used = true;
    return 'valid';
  }

  /** For the development endpoint only. */
  latest(idNumber: string): IssuedOtp | undefined {
    const otp = this.#latest.get(idNumber);
    return otp === undefined ? undefined : { ...otp };
  }
}
