import { z } from 'zod';
import { ChangeKind, ChangeState } from '../domain/change.js';
import { CloseNote, CloseReason } from '../domain/closeReason.js';
import { connectionStates } from '../domain/connection.js';
import { AgeingLevel } from '../domain/syncAgeing.js';
import { SyncError } from './syncError.js';
import { StoreNotice } from './storeNotice.js';

const Instant = z.iso.datetime({ offset: true });
const NoArgs = z.object({}).strict();

/**
 * Why a change is on the desk (issue 11): the national system decided it (`conflict`,
 * `rejected`), refused its whole batch (`batch-refused`, held until staff act), it waits behind
 * one of those (`blocked`), or its last attempt got no answer (`transient-error`).
 */
export const DeskItemWhy = z.enum(['conflict', 'rejected', 'batch-refused', 'blocked', 'transient-error']);
export type DeskItemWhy = z.infer<typeof DeskItemWhy>;

export const DeskItem = z
  .object({
    changeId: z.uuid(),
    reference: z.string().max(16),
    idNumberMasked: z.string().max(16),
    kind: ChangeKind,
    createdAt: Instant,
    /** The staff member who attested the card, or the citizen alone. */
    madeBy: z.union([
      z.object({ actor: z.literal('staff'), staffId: z.string().max(32) }).strict(),
      z.object({ actor: z.literal('citizen') }).strict(),
    ]),
    /** Since it was made. */
    waitedMs: z.number().int().nonnegative(),
    state: ChangeState,
    why: DeskItemWhy,
    /** The national system's code for a decided change (e.g. DEVICE_STATE_CHANGED). */
    outcomeCode: z.string().max(64).optional(),
    /** For a refused batch: the HTTP status and the service's code. */
    refusal: z
      .object({ status: z.number().int().min(400).max(499), upstreamCode: z.string().max(64).optional() })
      .strict()
      .optional(),
    /** Never decided (refused batch, transient error): "Gửi lại" may help. */
    resendable: z.boolean(),
    /** Conflict, rejected, or held after a refused batch: "Đóng" is offered. */
    closable: z.boolean(),
    /** For a blocked change: the reference of the change it waits behind. */
    blockedBehind: z.string().max(16).optional(),
  })
  .strict();
export type DeskItem = z.infer<typeof DeskItem>;

export const DeskOverview = z
  .object({
    counts: z
      .object({
        pending: z.number().int().nonnegative(),
        sending: z.number().int().nonnegative(),
        blocked: z.number().int().nonnegative(),
        needsStaff: z.number().int().nonnegative(),
      })
      .strict(),
    connection: z.enum(connectionStates),
    lastSuccessAt: Instant.optional(),
    lastError: SyncError.optional(),
    ageing: z
      .object({
        level: AgeingLevel,
        oldestUnsentAgeMs: z.number().int().nonnegative().optional(),
        warnMs: z.number().int().positive(),
        escalateMs: z.number().int().positive(),
      })
      .strict(),
    /** Oldest first, at most `DESK_ITEMS_SHOWN`; `totalItems` says how many there are. */
    items: z.array(DeskItem),
    totalItems: z.number().int().nonnegative(),
    /** The store notices still open (acknowledged with `store.acknowledgeNotice`). */
    notices: z.array(StoreNotice),
  })
  .strict();
export type DeskOverview = z.infer<typeof DeskOverview>;

/** A page of the desk's list: enough for a working day, bounded during a long outage. */
export const DESK_ITEMS_SHOWN = 200;

const ChangeRef = z.object({ changeId: z.uuid() }).strict();

/** The sync desk (issue 11), staff only: anyone else gets `STAFF_REQUIRED` and nothing changes. */
export const deskMethods = {
  'desk.overview': { args: NoArgs, result: DeskOverview },
  /**
   * Sends again, with the same changeId, a change the national system never decided (a refused
   * batch, a transient error); `CHANGE_NOT_RESENDABLE { state }` for any other. Audited `change.resent`.
   */
  'desk.resend': { args: ChangeRef, result: DeskOverview },
  /**
   * Closes a change waiting for staff with a reason (and an optional note, trimmed, ≤ 200 chars);
   * `CHANGE_NOT_CLOSABLE { state }` for any other. Audited `change.closed` in the same flush.
   */
  'desk.close': {
    args: z.object({ changeId: z.uuid(), reason: CloseReason, note: CloseNote.optional() }).strict(),
    result: DeskOverview,
  },
  /** "Gửi ngay": try at once, ending any wait (never before a Retry-After). Audited `sync.sendNow`. */
  'desk.sendNow': { args: NoArgs, result: DeskOverview },
} as const;
