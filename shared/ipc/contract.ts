import { z } from 'zod';
import { accountMethods, ChangeReceipt } from './accountContract.js';
import { backupMethods } from './backupContract.js';
import type { InvokeResponse } from './errors.js';
import { KioskMode } from '../domain/kioskMode.js';
import { receiptMethods } from './receiptContract.js';
import { SetupStage, setupMethods } from './setupContract.js';
import { requestMethods } from './requestContract.js';
import { SessionEnded, sessionMethods } from './sessionContract.js';
import { StaffCurrent, staffMethods } from './staffContract.js';
import { staffAdminMethods } from './staffAdminContract.js';
import { storeMethods, StoreNoticesChanged } from './storeContract.js';

/**
 * The one contract between the renderer and the core. Every method is `domain.verb`, with a
 * strict schema for its arguments (unknown keys are refused) and one for its result.
 */

const NoArgs = z.object({}).strict();

export const KioskInfo = z
  .object({
    kioskId: z.string(),
    communeName: z.string(),
    appVersion: z.string(),
    /** Inactivity before the renderer's "are you still there?" countdown, per mode. */
    idleSeconds: z
      .object({ selfService: z.number().int().positive(), assisted: z.number().int().positive() })
      .strict(),
    /** Demo or production: every screen shows demo mode as such (issue 10). */
    mode: KioskMode,
    /** Where first-run setup stands; anything but `complete` shows the first-run screens. */
    setup: SetupStage,
  })
  .strict();
export type KioskInfo = z.infer<typeof KioskInfo>;

export { AccountView, ChangeReceipt } from './accountContract.js';
export { SessionEnded, SessionSummary, OtpSent } from './sessionContract.js';
export { RequestLookup } from './requestContract.js';
export { ReceiptDocument, ReceiptLanguage } from './receiptContract.js';
export { StaffCurrent, StaffIdentity } from './staffContract.js';
export { BackupWritten } from './backupContract.js';
export { SetupStage } from './setupContract.js';
export { OpenStoreNotices } from './storeContract.js';
export { StoreNotice } from './storeNotice.js';

/** Why the last attempt to send failed, as a code; the queue keeps the English line for staff. */
export const syncErrorCodes = [
  /** No connection could be made, or it dropped before an answer. */
  'UPSTREAM_UNREACHABLE',
  'UPSTREAM_TIMEOUT',
  /** An answer that is not the national system's (a proxy page, results missing). */
  'UPSTREAM_MALFORMED',
  /** 5xx. */
  'UPSTREAM_UNAVAILABLE',
  /** 429: the service asked the kiosk to hold off. */
  'UPSTREAM_RATE_LIMITED',
  /** Any other 4xx (signature, clock, body): resending unchanged will not help; staff must look. */
  'UPSTREAM_REFUSED',
  /** The kiosk's own trouble, e.g. a store that could not write. */
  'KIOSK_FAILURE',
] as const;
export const SyncErrorCode = z.enum(syncErrorCodes);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

export const SyncError = z
  .object({
    code: SyncErrorCode,
    details: z
      .object({
        /** The HTTP status the national system answered with. */
        status: z.number().int().min(100).max(599).optional(),
        /** The code of the national system's error body, e.g. BAD_SIGNATURE. */
        upstreamCode: z.string().max(64).optional(),
        /** The wait the national system asked for (Retry-After). */
        retryAfterSeconds: z.number().int().nonnegative().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type SyncError = z.infer<typeof SyncError>;

/**
 * Where the kiosk's sync with the national system stands, for the renderer and staff. Counts are
 * changes; `needsStaff` adds conflicts, rejections and changes the service refused as a batch.
 */
export const SyncStatus = z
  .object({
    /** The national system's last answer was a healthy one. */
    online: z.boolean(),
    pending: z.number().int().nonnegative(),
    sending: z.number().int().nonnegative(),
    blocked: z.number().int().nonnegative(),
    needsStaff: z.number().int().nonnegative(),
    /** How long the oldest change still owed to the national system has waited. */
    oldestPendingAgeMs: z.number().int().nonnegative().optional(),
    lastSuccessAt: z.iso.datetime({ offset: true }).optional(),
    lastError: SyncError.optional(),
  })
  .strict();
export type SyncStatus = z.infer<typeof SyncStatus>;

/**
 * Every method, by domain; each domain's schemas live in its own file beside this one:
 * session (identifying the citizen), account (devices, unlock), request (lookup by reference),
 * receipt (the printable slip), staff (assisted mode), store (the kiosk's data notices, staff only).
 */
export const kioskMethods = {
  'kiosk.describe': { args: NoArgs, result: KioskInfo },
  ...sessionMethods,
  ...accountMethods,
  ...requestMethods,
  ...receiptMethods,
  ...staffMethods,
  ...backupMethods,
  ...storeMethods,
  ...setupMethods,
  ...staffAdminMethods,
  'sync.status': { args: NoArgs, result: SyncStatus },
} as const;

export type KioskMethod = keyof typeof kioskMethods;
export type MethodArgs<M extends KioskMethod> = z.input<(typeof kioskMethods)[M]['args']>;
export type MethodResult<M extends KioskMethod> = z.output<(typeof kioskMethods)[M]['result']>;

export function isKioskMethod(name: unknown): name is KioskMethod {
  return typeof name === 'string' && Object.hasOwn(kioskMethods, name);
}

/** Events the core pushes to the renderer. */
export const kioskEvents = {
  'change.updated': ChangeReceipt,
  'sync.status': SyncStatus,
  /** The core ended the citizen session (asked to, idle, or the staff member signed out): wipe the screen. */
  'session.ended': SessionEnded,
  /** A staff member signed in or out (also after staff inactivity). */
  'staff.changed': StaffCurrent,
  /** A store notice was raised or acknowledged; carries nothing, since notices are for staff only. */
  'store.noticesChanged': StoreNoticesChanged,
} as const;
export type KioskEventName = keyof typeof kioskEvents;
export type KioskEventPayload<E extends KioskEventName> = z.output<(typeof kioskEvents)[E]>;

/** The bridge the renderer sees as `window.kiosk`, identical on both hosts. */
export interface KioskBridge {
  invoke<M extends KioskMethod>(method: M, args: MethodArgs<M>): Promise<InvokeResponseOf<M>>;
  on<E extends KioskEventName>(event: E, listener: (payload: KioskEventPayload<E>) => void): () => void;
}

export type InvokeResponseOf<M extends KioskMethod> = InvokeResponse<MethodResult<M>>;
