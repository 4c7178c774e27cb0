import { z } from 'zod';
import { ChangeState } from '../domain/change.js';
import { cardIssueDateProblems } from '../rules/cardIssueDate.js';
import { pinRules } from '../rules/pinRules.js';
import { unlockReasonCodes } from '../rules/unlockEligibility.js';

/**
 * Codes the core returns to the renderer. The renderer chooses its words from `code` and
 * `details` only; `message` is English for logs and staff.
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
  // The disk is full: nothing was saved (and nothing queued) until staff free some space.
  'STORE_FULL',
  'INTERNAL',
  // The national system cannot be reached: "cannot check right now". Reads fail; writes are queued only in assisted mode.
  'OFFLINE',
  'STAFF_REQUIRED',
  'STAFF_PIN_WRONG',
  'STAFF_LOCKED_OUT',
  // Issue 12: too soon after wrong staff sign-in tries at this kiosk; nothing was checked.
  'STAFF_SIGN_IN_WAIT',
  'OTP_RATE_LIMITED',
  'NO_REGISTERED_PHONE',
  // No OTP can be used any more (none sent, expired, or used): ask for a new one.
  'OTP_EXPIRED',
  'UNLOCK_NOT_POSSIBLE',
  'BAD_REFERENCE',
  'REQUEST_NOT_FOUND',
  'RECEIPT_NOT_AVAILABLE',
  // A staff backup did not finish; no folder that looks complete was left behind.
  'BACKUP_FAILED',
  // No open store notice has this id (already acknowledged, or never raised).
  'NOTICE_NOT_FOUND',
  'STAFF_NOT_REGISTERED',
  'SETUP_REQUIRED',
  'SETUP_NOT_AVAILABLE',
  'SETUP_PIN_MISMATCH',
  'RECOVERY_KIT_FAILED',
  'SUPERVISOR_REQUIRED',
  // Issue 11, part R (the day report): a future day, or one before anything the kiosk keeps.
  'REPORT_DAY_NOT_AVAILABLE',
  // Part S (issue 11, the sync desk): no change in the queue has this id.
  'CHANGE_NOT_FOUND',
  // The national system decided it (or it is not waiting for staff): a resend replays the same answer.
  'CHANGE_NOT_RESENDABLE',
  // Only a change waiting for staff (conflict, rejected, held after a refused batch) can be closed.
  'CHANGE_NOT_CLOSABLE',
  // Part M (issue 11, staff accounts).
  // The staff ID to enrol is someone's already.
  'STAFF_ID_TAKEN',
  // No member has this staff ID.
  'STAFF_NOT_FOUND',
  // The new PIN breaks a rule (shared/rules/pinRules): which one is in the details.
  'PIN_TOO_WEAK',
  // Wrong staff ID or setup code; counts toward the lockout like a wrong PIN.
  'SETUP_CODE_WRONG',
  // The setup code was right but is over 24 hours old: a supervisor issues a new one.
  'SETUP_CODE_EXPIRED',
  // A supervisor disabled this member: they cannot sign in.
  'STAFF_DISABLED',
  // The last active supervisor cannot be disabled or made staff.
  'LAST_SUPERVISOR',
  // The PIN signed in with must be changed first: nothing else until then.
  'PIN_CHANGE_REQUIRED',
  // Issue 13: a scanned card's issue date is after today or before the date of birth; nothing was checked.
  'CARD_ISSUE_DATE_INVALID',
] as const;
export const KioskErrorCode = z.enum(kioskErrorCodes);
export type KioskErrorCode = z.infer<typeof KioskErrorCode>;

const Instant = z.iso.datetime({ offset: true });

/** Why a backup did not finish: what staff can do about it differs for each. */
export const backupFailureReasons = [
  /** Not an absolute path to an existing folder outside the data folder. */
  'DESTINATION_INVALID',
  /** The destination (a USB stick) has too little space, or filled up while writing. */
  'DESTINATION_FULL',
  /** Writing to the destination failed otherwise (removed, read-only, an I/O error). */
  'WRITE_FAILED',
  /** The kiosk's data key or data could not be read to make the backup. */
  'SOURCE_UNREADABLE',
] as const;

/** Why a recovery kit was not written; no kit file was left behind. */
export const recoveryKitFailureReasons = [
  /** Not an absolute path to an existing folder. */
  'DESTINATION_INVALID',
  /** The destination (a USB stick) has too little space. */
  'DESTINATION_FULL',
  /** Writing failed otherwise (removed, read-only, an I/O error). */
  'WRITE_FAILED',
] as const;

/**
 * The facts a code carries, typed per code. A code missing here carries none. Each fact is
 * what a screen needs to say its sentence; none is ever parsed out of `message`.
 */
export const kioskErrorDetails = {
  /** Wrong passcode or OTP; `attemptsLeft` before the ID is locked, when the national system said. */
  VERIFICATION_FAILED: z.object({ attemptsLeft: z.number().int().nonnegative().optional() }).strict(),
  /** Too many wrong codes for this ID: codes may be tried again from `until`. */
  VERIFICATION_LOCKED: z.object({ until: Instant }).strict(),
  /** An OTP was sent moments ago: another may be asked for after this many seconds. */
  OTP_RATE_LIMITED: z.object({ retryAfterSeconds: z.number().int().positive() }).strict(),
  /**
   * Wrong staff ID or PIN. `attemptsLeft` only for a known staff member with a wrong PIN: an
   * unknown ID gets none, so the answer does not tell which IDs exist. `retryAfterSeconds`: the
   * kiosk-wide wait before the next try is checked, once wrong tries pile up (issue 12).
   */
  STAFF_PIN_WRONG: z
    .object({
      attemptsLeft: z.number().int().nonnegative().optional(),
      retryAfterSeconds: z.number().int().positive().optional(),
    })
    .strict(),
  /** Too many wrong PINs: the staff member may sign in again from `until`. */
  STAFF_LOCKED_OUT: z.object({ until: Instant }).strict(),
  /** Too soon after wrong tries at this kiosk: the next try is checked after this many seconds. */
  STAFF_SIGN_IN_WAIT: z.object({ retryAfterSeconds: z.number().int().positive() }).strict(),
  /** Why the kiosk cannot ask for this unlock (shared/rules/unlockEligibility). */
  UNLOCK_NOT_POSSIBLE: z.object({ reason: z.enum(unlockReasonCodes) }).strict(),
  /** Why the backup failed; with `DESTINATION_FULL`, the space it needed and found when known. */
  BACKUP_FAILED: z
    .object({
      reason: z.enum(backupFailureReasons),
      neededBytes: z.number().int().nonnegative().optional(),
      freeBytes: z.number().int().nonnegative().optional(),
    })
    .strict(),
  /** The id asked for, which names no open store notice. */
  NOTICE_NOT_FOUND: z.object({ noticeId: z.string().max(80) }).strict(),
  /**
   * The signed-in staff member cannot attest a card until the national system has registered
   * them ("chờ đăng ký với hệ thống quốc gia"); the kiosk registers them when it can reach it.
   */
  STAFF_NOT_REGISTERED: z.object({ staffId: z.string().max(32) }).strict(),
  /** Why the recovery kit could not be written. */
  RECOVERY_KIT_FAILED: z.object({ reason: z.enum(recoveryKitFailureReasons) }).strict(),
  /** Issue 11 (R): the day asked for, and the days a report can be made for now. */
  REPORT_DAY_NOT_AVAILABLE: z
    .object({ day: z.iso.date(), earliestDay: z.iso.date().optional(), latestDay: z.iso.date() })
    .strict(),
  /** Part S: where the change stands, so the desk can say why a resend cannot help. */
  CHANGE_NOT_RESENDABLE: z.object({ state: ChangeState }).strict(),
  /** Part S: where the change stands, so the desk can say why it cannot be closed. */
  CHANGE_NOT_CLOSABLE: z.object({ state: ChangeState }).strict(),
  /** Part M: the rule the new PIN breaks. */
  PIN_TOO_WEAK: z.object({ rule: z.enum(pinRules) }).strict(),
  /** Part M: tries left before the lockout; only for a known member (like STAFF_PIN_WRONG). */
  SETUP_CODE_WRONG: z
    .object({
      attemptsLeft: z.number().int().nonnegative().optional(),
      retryAfterSeconds: z.number().int().positive().optional(),
    })
    .strict(),
  /** Issue 13: what is wrong with the scanned card's issue date. */
  CARD_ISSUE_DATE_INVALID: z.object({ problem: z.enum(cardIssueDateProblems) }).strict(),
} as const satisfies Partial<Record<KioskErrorCode, z.ZodType>>;

export type DetailedKioskErrorCode = keyof typeof kioskErrorDetails;
export type PlainKioskErrorCode = Exclude<KioskErrorCode, DetailedKioskErrorCode>;
export type KioskErrorDetails<C extends DetailedKioskErrorCode> = z.infer<(typeof kioskErrorDetails)[C]>;

const detailedCodes = Object.keys(kioskErrorDetails) as DetailedKioskErrorCode[];
const plainCodes = kioskErrorCodes.filter(
  (code): code is PlainKioskErrorCode => !(detailedCodes as readonly string[]).includes(code),
);

function detailedShape<C extends DetailedKioskErrorCode>(code: C) {
  return z.object({ code: z.literal(code), message: z.string(), details: kioskErrorDetails[code] }).strict();
}

/** An error as it crosses the boundary: `{ code, message, details? }`, discriminated on `code`. */
export const KioskErrorShape = z.discriminatedUnion('code', [
  z
    .object({
      code: z.enum(plainCodes as [PlainKioskErrorCode, ...PlainKioskErrorCode[]]),
      message: z.string(),
    })
    .strict(),
  detailedShape('VERIFICATION_FAILED'),
  detailedShape('VERIFICATION_LOCKED'),
  detailedShape('OTP_RATE_LIMITED'),
  detailedShape('STAFF_PIN_WRONG'),
  detailedShape('STAFF_LOCKED_OUT'),
  detailedShape('STAFF_SIGN_IN_WAIT'),
  detailedShape('UNLOCK_NOT_POSSIBLE'),
  detailedShape('BACKUP_FAILED'),
  detailedShape('NOTICE_NOT_FOUND'),
  detailedShape('STAFF_NOT_REGISTERED'),
  detailedShape('RECOVERY_KIT_FAILED'),
  detailedShape('REPORT_DAY_NOT_AVAILABLE'),
  detailedShape('CHANGE_NOT_RESENDABLE'),
  detailedShape('CHANGE_NOT_CLOSABLE'),
  detailedShape('PIN_TOO_WEAK'),
  detailedShape('SETUP_CODE_WRONG'),
  detailedShape('CARD_ISSUE_DATE_INVALID'),
]);
export type KioskErrorShape = z.infer<typeof KioskErrorShape>;

/** What the constructor needs after the message: the code's details, or nothing. */
export type KioskErrorDetailsArgs<C extends KioskErrorCode> = C extends DetailedKioskErrorCode
  ? [details: KioskErrorDetails<C>]
  : [];

/** Thrown inside the core; crosses the process boundary as a plain `{ code, message, details? }`. */
export class KioskError<C extends KioskErrorCode = KioskErrorCode> extends Error {
  readonly code: C;
  readonly details: C extends DetailedKioskErrorCode ? KioskErrorDetails<C> : undefined;

  constructor(code: C, message: string, ...details: KioskErrorDetailsArgs<C>) {
    super(message);
    this.name = 'KioskError';
    this.code = code;
    this.details = details[0] as C extends DetailedKioskErrorCode ? KioskErrorDetails<C> : undefined;
  }

  toShape(): KioskErrorShape {
    const shape = { code: this.code, message: this.message } as KioskErrorShape;
    return this.details === undefined ? shape : ({ ...shape, details: this.details } as KioskErrorShape);
  }
}

/** What `invoke` returns on both hosts: never a thrown error across the boundary. */
export type InvokeResponse<T> = { ok: true; value: T } | { ok: false; error: KioskErrorShape };
