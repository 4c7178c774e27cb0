import { z } from 'zod';
import { accountMethods, ChangeReceipt } from './accountContract.js';
import { auditMethods } from './auditContract.js';
import { backupMethods } from './backupContract.js';
import type { InvokeResponse } from './errors.js';
import { connectionStates } from '../domain/connection.js';
import { KioskMode } from '../domain/kioskMode.js';
import { AgeingLevel } from '../domain/syncAgeing.js';
import { receiptMethods } from './receiptContract.js';
import { reportMethods } from './reportContract.js';
import { SetupStage, setupMethods } from './setupContract.js';
import { requestMethods } from './requestContract.js';
import { SessionEnded, sessionMethods } from './sessionContract.js';
import { StaffCurrent, staffMethods } from './staffContract.js';
import { staffAdminMethods } from './staffAdminContract.js';
import { storeMethods, StoreNoticesChanged } from './storeContract.js';
import { deskMethods } from './deskContract.js';
import { SyncError } from './syncError.js';

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

export { SyncError, SyncErrorCode, syncErrorCodes } from './syncError.js';

/**
 * Where the kiosk's sync with the national system stands, for the renderer and staff. Counts are
 * changes; `needsStaff` adds conflicts, rejections and changes the service refused as a batch.
 */
export const SyncStatus = z
  .object({
    /** Whether the national system can be reached: `unknown` until a request to it has answered or failed. */
    connection: z.enum(connectionStates),
    pending: z.number().int().nonnegative(),
    sending: z.number().int().nonnegative(),
    blocked: z.number().int().nonnegative(),
    needsStaff: z.number().int().nonnegative(),
    /** How long the oldest change still owed to the national system has waited. */
    oldestPendingAgeMs: z.number().int().nonnegative().optional(),
    lastSuccessAt: z.iso.datetime({ offset: true }).optional(),
    lastError: SyncError.optional(),
    /** The oldest unsent change against the two ageing thresholds (issue 11): the staff bar's badge. */
    ageing: AgeingLevel,
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
  ...reportMethods,
  ...auditMethods,
  ...deskMethods,
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
