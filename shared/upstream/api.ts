import { z } from 'zod';
import { Account, AccountLevel, AccountStatus, LockReason } from '../domain/account.js';
import { ChangeEvidence, ChangeKind, ChangeOutcome, VerificationMethod } from '../domain/change.js';

/** The contract of the national system's API (DESIGN §4), shared by the kiosk and the reference service. */

export const upstreamHeaders = {
  kioskId: 'x-kiosk-id',
  timestamp: 'x-timestamp',
  nonce: 'x-nonce',
  signature: 'x-signature',
} as const;

export const MAX_CHANGES_PER_BATCH = 100;
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

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

export const VerificationResponse = z
  .object({
    token: z.string().min(1).max(256),
    expiresAt: z.iso.datetime({ offset: true }),
    account: z.object({ level: AccountLevel, status: AccountStatus }).strict(),
  })
  .strict();
export type VerificationResponse = z.infer<typeof VerificationResponse>;

export const OtpRequest = z.object({ idNumber: IdNumberText }).strict();
export type OtpRequest = z.infer<typeof OtpRequest>;

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
    requestStatus: z.enum(['pending-review', 'approved', 'refused']).optional(),
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
    requestStatus: z.enum(['pending-review', 'approved', 'refused']).optional(),
    receivedAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type RequestStatusResponse = z.infer<typeof RequestStatusResponse>;

/** Every non-2xx answer of the national system carries this body. */
export const UpstreamErrorBody = z.object({ code: z.string(), message: z.string() });
export type UpstreamErrorBody = z.infer<typeof UpstreamErrorBody>;
