import { z } from 'zod';
import { Account, AccountLevel, AccountStatus, LockReason } from '../domain/account.js';
import { ChangeEvidence, ChangeKind, ChangeOutcome, VerificationMethod } from '../domain/change.js';
import { StaffRole } from '../domain/staffRole.js';
import { STAFF_ID_PATTERN } from '../rules/staffId.js';

/** The contract of the national system's API (DESIGN §4), shared by the kiosk and the reference service. */

export const upstreamHeaders = {
  kioskId: 'x-kiosk-id',
  timestamp: 'x-timestamp',
  nonce: 'x-nonce',
  signature: 'x-signature',
} as const;

export const MAX_CHANGES_PER_BATCH = 100;
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * Every `code` a change result can carry. The kiosk shows its own Vietnamese text per code, so a
 * code is never renamed; `ChangeResult.code` stays a plain string so that a code added by a newer
 * service does not make the whole answer unreadable.
 */
export const changeResultCodes = [
  'DEVICE_UNLINKED',
  'ALREADY_UNLINKED',
  'DEVICE_NOT_FOUND',
  'DEVICE_ID_REQUIRED',
  'ALL_DEVICES_UNLINKED',
  'NO_LINKED_DEVICES',
  'UNLOCKED',
  'REVIEW_PENDING',
  'NOT_LOCKED',
  'REVIEW_ALREADY_PENDING',
  'AUTHORITY_LOCK',
  'CARD_REVOKED',
  'LOCK_NEEDS_CHECKING',
  'HOLDER_DECEASED',
  'ACCOUNT_NOT_FOUND',
  'EVIDENCE_INVALID',
  'CHANGE_ID_REUSED',
  // Staff evidence names a staff member this kiosk never registered (POST /v1/staff).
  'STAFF_UNKNOWN',
  // The date of birth the staff member read off the card is not the one on record.
  'DATE_OF_BIRTH_MISMATCH',
  // The ID number cannot exist (unassigned province, impossible century, birth year in the future).
  'ID_NUMBER_IMPOSSIBLE',
  // Conflicts (issue 11): the account changed after the holder was verified (upstream/README.md).
  'LOCK_STATE_CHANGED',
  'DEVICE_STATE_CHANGED',
] as const;
export const ChangeResultCode = z.enum(changeResultCodes);
export type ChangeResultCode = z.infer<typeof ChangeResultCode>;

/** Every `code` of a non-2xx answer (`UpstreamErrorBody`) on the `/v1` API. */
export const upstreamErrorCodes = [
  // Signature (401)
  'MISSING_SIGNATURE',
  'UNKNOWN_KIOSK',
  'CLOCK_SKEW',
  'BAD_SIGNATURE',
  'NONCE_REPLAYED',
  // The request itself
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'NOT_FOUND',
  // An ID number no one can hold (shared/rules/idNumber.ts), on every route that takes one (400)
  'ID_NUMBER_IMPOSSIBLE',
  // Verification and OTP
  'ACCOUNT_NOT_FOUND',
  'WRONG_PASSCODE',
  'WRONG_OTP',
  'OTP_EXPIRED',
  'OTP_RATE_LIMITED',
  'NO_REGISTERED_PHONE',
  'VERIFICATION_LOCKED',
  // A staff verification naming staff this kiosk never registered (403)
  'STAFF_UNKNOWN',
  // Reading an account
  'TOKEN_MISSING',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'TOKEN_WRONG_ACCOUNT',
  // Request lookup
  'REQUEST_NOT_FOUND',
  // The whole batch of changes was refused, none decided (issue 11: the reference service's knob)
  'BATCH_REFUSED',
  // The service is unwell; retry after `Retry-After`
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
] as const;
export const UpstreamErrorCode = z.enum(upstreamErrorCodes);
export type UpstreamErrorCode = z.infer<typeof UpstreamErrorCode>;

/**
 * POST /v1/staff: the kiosk registers a staff member it enrolled. Only registered staff may
 * attest a citizen from that kiosk. Registering again is idempotent: the same answer, with the
 * first `registeredAt` (the name and role are updated to the kiosk's latest word).
 */
export const StaffRegistrationRequest = z
  .object({
    staffId: z.string().regex(STAFF_ID_PATTERN),
    displayName: z.string().min(1).max(100),
    role: StaffRole,
  })
  .strict();
export type StaffRegistrationRequest = z.infer<typeof StaffRegistrationRequest>;

export const StaffRegistrationResponse = z
  .object({ staffId: z.string().regex(STAFF_ID_PATTERN), registeredAt: z.iso.datetime({ offset: true }) })
  .strict();
export type StaffRegistrationResponse = z.infer<typeof StaffRegistrationResponse>;

/** Where an unlock request stands; it can move after its change result was given. */
export const requestStatuses = ['pending-review', 'approved', 'refused'] as const;
export const RequestStatus = z.enum(requestStatuses);
export type RequestStatus = z.infer<typeof RequestStatus>;

const IdNumberText = z.string().regex(/^\d{12}$/);

export const VerificationRequest = z
  .object({
    idNumber: IdNumberText,
    method: VerificationMethod,
    passcode: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    otp: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    staffId: z.string().min(1).max(32).optional(),
  })
  .strict();
export type VerificationRequest = z.infer<typeof VerificationRequest>;

/** What a service that predates the whole account in the answer sends: level and status only. */
export const AccountStanding = z.object({ level: AccountLevel, status: AccountStatus }).strict();
export type AccountStanding = z.infer<typeof AccountStanding>;

/**
 * A verification answers with the whole account (as `GET /v1/accounts/:idNumber` would), so a
 * kiosk on a slow commune line shows the devices without a second round trip. An older service
 * sends only `{ level, status }`; the kiosk then reads the account with the token.
 */
export const VerificationResponse = z
  .object({
    token: z.string().min(1).max(256),
    expiresAt: z.iso.datetime({ offset: true }),
    account: z.union([Account, AccountStanding]),
  })
  .strict();
export type VerificationResponse = z.infer<typeof VerificationResponse>;

/** The whole account when the verification carried it; undefined from an older service. */
export function accountOfVerification(response: VerificationResponse): Account | undefined {
  return 'idNumber' in response.account ? response.account : undefined;
}

export const OtpRequest = z.object({ idNumber: IdNumberText }).strict();
export type OtpRequest = z.infer<typeof OtpRequest>;

/** The OTP itself only reaches the holder's phone; the kiosk learns where it went and for how long. */
export const OtpResponse = z
  .object({
    sentTo: z.string().min(1).max(20),
    expiresAt: z.iso.datetime({ offset: true }),
    /** Before this instant another OTP for the same ID is refused with OTP_RATE_LIMITED. */
    resendAfter: z.iso.datetime({ offset: true }),
  })
  .strict();
export type OtpResponse = z.infer<typeof OtpResponse>;

export const AccountResponse = Account;
export type AccountResponse = z.infer<typeof AccountResponse>;

export const UpstreamChange = z
  .object({
    changeId: z.uuid(),
    seq: z.number().int().nonnegative(),
    kind: ChangeKind,
    idNumber: IdNumberText,
    deviceId: z.string().min(1).max(128).optional(),
    evidence: ChangeEvidence,
    createdAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type UpstreamChange = z.infer<typeof UpstreamChange>;

export const ChangeBatchRequest = z
  .object({ changes: z.array(UpstreamChange).min(1).max(MAX_CHANGES_PER_BATCH) })
  .strict();
export type ChangeBatchRequest = z.infer<typeof ChangeBatchRequest>;

export const ChangeResultState = z
  .object({
    accountStatus: AccountStatus.optional(),
    lockReason: LockReason.optional(),
    activeDevices: z.number().int().nonnegative().optional(),
    requestStatus: RequestStatus.optional(),
  })
  .strict();
export type ChangeResultState = z.infer<typeof ChangeResultState>;

export const ChangeResult = z
  .object({
    changeId: z.uuid(),
    outcome: ChangeOutcome,
    code: z.string().min(1).max(64),
    message: z.string().max(500),
    state: ChangeResultState.optional(),
  })
  .strict();
export type ChangeResult = z.infer<typeof ChangeResult>;

export const ChangeBatchResponse = z.object({ results: z.array(ChangeResult) }).strict();
export type ChangeBatchResponse = z.infer<typeof ChangeBatchResponse>;

export const RequestStatusResponse = z
  .object({
    reference: z.string(),
    kind: ChangeKind,
    outcome: ChangeOutcome,
    code: z.string(),
    message: z.string(),
    requestStatus: RequestStatus.optional(),
    /**
     * The change's `createdAt`: when the kiosk accepted it, the time on its slip. `receivedAt` is
     * later when the change waited on the kiosk. Absent from an older service.
     */
    acceptedAt: z.iso.datetime({ offset: true }).optional(),
    receivedAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type RequestStatusResponse = z.infer<typeof RequestStatusResponse>;

/**
 * Every non-2xx answer of the national system carries this body. Facts a refusal carries are
 * typed fields, never prose in `message`:
 * - `attemptsLeft` with WRONG_PASSCODE and WRONG_OTP: wrong codes the ID may still get before it
 *   is locked (passcodes and OTPs count together);
 * - `lockedUntil` with VERIFICATION_LOCKED: when codes may be tried again.
 * Both are optional, so an older service that sends neither is still understood.
 */
export const UpstreamErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  // A fact that does not parse is dropped, not the refusal: a wrong code must never read as "offline".
  attemptsLeft: z.number().int().nonnegative().optional().catch(undefined),
  lockedUntil: z.iso.datetime({ offset: true }).optional().catch(undefined),
});
export type UpstreamErrorBody = z.infer<typeof UpstreamErrorBody>;
