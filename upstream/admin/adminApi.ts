import { z } from 'zod';
import { LockReason } from '../../shared/domain/account.js';
import { ChangeKind, ChangeOutcome } from '../../shared/domain/change.js';
import { RequestStatus } from '../../shared/upstream/api.js';

/** Bodies and answers of the admin endpoints (upstream/README.md). Not part of the kiosk's contract. */

const DAY_MS = 24 * 60 * 60 * 1000;
/** A year at most per call: enough for any lock term in the demo, and no overflow. */
const MAX_ADVANCE_MS = 366 * DAY_MS;

export const ClockAdvance = z
  .object({
    advanceMs: z.number().int().min(0).max(MAX_ADVANCE_MS).optional(),
    advanceDays: z.number().min(0).max(366).optional(),
  })
  .strict()
  .refine((body) => body.advanceMs !== undefined || body.advanceDays !== undefined, {
    message: 'Give advanceMs or advanceDays.',
  });
export type ClockAdvance = z.infer<typeof ClockAdvance>;

export function advanceOf(body: ClockAdvance): number {
  return (body.advanceMs ?? 0) + Math.round((body.advanceDays ?? 0) * DAY_MS);
}

export const ClockView = z.object({ now: z.iso.datetime(), offsetMs: z.number().int() }).strict();
export type ClockView = z.infer<typeof ClockView>;

export const ReviewDecisionBody = z.object({ decision: z.enum(['approve', 'refuse']) }).strict();

export const PendingReview = z
  .object({
    changeId: z.uuid(),
    reference: z.string(),
    idNumberMasked: z.string(),
    kioskId: z.string(),
    receivedAt: z.iso.datetime(),
    lock: z
      .object({ reason: LockReason, since: z.iso.datetime(), until: z.iso.datetime().optional() })
      .strict()
      .optional(),
  })
  .strict();
export type PendingReview = z.infer<typeof PendingReview>;

export const ReviewDecisionResult = z
  .object({
    changeId: z.uuid(),
    reference: z.string(),
    requestStatus: RequestStatus,
    accountStatus: z.enum(['active', 'locked']),
  })
  .strict();
export type ReviewDecisionResult = z.infer<typeof ReviewDecisionResult>;

export const LedgerQuery = z
  .object({
    outcome: ChangeOutcome.optional(),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(100_000).default(10_000),
  })
  .strict();

export const LedgerRow = z
  .object({
    changeId: z.uuid(),
    reference: z.string(),
    kind: ChangeKind,
    idNumberMasked: z.string(),
    kioskId: z.string(),
    outcome: ChangeOutcome,
    code: z.string(),
    requestStatus: RequestStatus.optional(),
    /** When the service decided the change (and applied it, if it was applied). */
    appliedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** How many times kiosks sent this changeId; the effect happened once whatever this says. */
    deliveries: z.number().int().positive(),
  })
  .strict();
export type LedgerRow = z.infer<typeof LedgerRow>;

export const LedgerListing = z
  .object({
    /** Entries matching the filter, before offset and limit. */
    total: z.number().int().nonnegative(),
    countsByOutcome: z.record(ChangeOutcome, z.number().int().nonnegative()),
    entries: z.array(LedgerRow),
  })
  .strict();
export type LedgerListing = z.infer<typeof LedgerListing>;
