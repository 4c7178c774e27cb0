import { z } from 'zod';

/**
 * Codes the core returns to the renderer. The renderer shows each in plain Vietnamese from its
 * message catalogue; `message` is for logs and staff.
 */
export const kioskErrorCodes = [
  'UNKNOWN_METHOD',
  'BAD_ARGUMENTS',
  'INVALID_ID_NUMBER',
  'NO_SESSION',
  'VERIFICATION_FAILED',
  'VERIFICATION_LOCKED',
  'ACCOUNT_NOT_FOUND',
  'DEVICE_NOT_FOUND',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_REFUSED',
  'STORE_FAILED',
  'INTERNAL',
  // The national system cannot be reached: "cannot check right now". Reads fail; writes are queued only in assisted mode.
  'OFFLINE',
  'STAFF_REQUIRED',
  // The message carries "N attempts left" for a known staff ID.
  'STAFF_PIN_WRONG',
  // The message carries "until <ISO instant>".
  'STAFF_LOCKED_OUT',
  // The message carries "retry in N seconds".
  'OTP_RATE_LIMITED',
  'NO_REGISTERED_PHONE',
  // No OTP can be used any more (none sent, expired, or used): ask for a new one.
  'OTP_EXPIRED',
  // The message starts with the unlock reason code (shared/rules/unlockEligibility), e.g. "HOLDER_DECEASED: …".
  'UNLOCK_NOT_POSSIBLE',
  'BAD_REFERENCE',
  'REQUEST_NOT_FOUND',
  'RECEIPT_NOT_AVAILABLE',
] as const;
export const KioskErrorCode = z.enum(kioskErrorCodes);
export type KioskErrorCode = z.infer<typeof KioskErrorCode>;

export const KioskErrorShape = z.object({ code: KioskErrorCode, message: z.string() }).strict();
export type KioskErrorShape = z.infer<typeof KioskErrorShape>;

/** Thrown inside the core; crosses the process boundary as a plain `{ code, message }`. */
export class KioskError extends Error {
  readonly code: KioskErrorCode;

  constructor(code: KioskErrorCode, message: string) {
    super(message);
    this.name = 'KioskError';
    this.code = code;
  }

  toShape(): KioskErrorShape {
    return { code: this.code, message: this.message };
  }
}

/** What `invoke` returns on both hosts: never a thrown error across the boundary. */
export type InvokeResponse<T> = { ok: true; value: T } | { ok: false; error: KioskErrorShape };
