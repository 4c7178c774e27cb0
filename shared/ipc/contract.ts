import { z } from 'zod';
import { AccountLevel, AccountStatus, Device, Gender, Lock } from '../domain/account.js';
import { ChangeKind, ChangeState } from '../domain/change.js';
import type { InvokeResponse } from './errors.js';

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
  })
  .strict();
export type KioskInfo = z.infer<typeof KioskInfo>;

/** Typed freely on the pad: the core normalises and checks it, so the schema only bounds it. */
const IdNumberInput = z.string().min(1).max(32);

export const SessionSummary = z
  .object({
    idNumberMasked: z.string(),
    fullName: z.string(),
    level: AccountLevel,
    status: AccountStatus,
  })
  .strict();
export type SessionSummary = z.infer<typeof SessionSummary>;

export const AccountView = z
  .object({
    idNumberMasked: z.string(),
    fullName: z.string(),
    dateOfBirth: z.iso.date(),
    gender: Gender,
    level: AccountLevel,
    status: AccountStatus,
    lock: Lock.optional(),
    devices: z.array(Device),
  })
  .strict();
export type AccountView = z.infer<typeof AccountView>;

export const ChangeReceipt = z
  .object({
    changeId: z.uuid(),
    reference: z.string(),
    kind: ChangeKind,
    state: ChangeState,
    /** The national system's code for the outcome, once there is one. */
    outcomeCode: z.string().optional(),
    acceptedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type ChangeReceipt = z.infer<typeof ChangeReceipt>;

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
    lastError: z.string().max(500).optional(),
  })
  .strict();
export type SyncStatus = z.infer<typeof SyncStatus>;

export const kioskMethods = {
  'kiosk.describe': { args: NoArgs, result: KioskInfo },
  'session.verifyPasscode': {
    args: z
      .object({
        idNumber: IdNumberInput,
        passcode: z.string().regex(/^\d{6}$/, 'The passcode has 6 digits'),
      })
      .strict(),
    result: SessionSummary,
  },
  'session.end': { args: NoArgs, result: z.object({ ended: z.literal(true) }).strict() },
  'account.read': { args: NoArgs, result: AccountView },
  'device.unlink': {
    args: z.object({ deviceId: z.string().min(1).max(128) }).strict(),
    result: ChangeReceipt,
  },
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
} as const;
export type KioskEventName = keyof typeof kioskEvents;
export type KioskEventPayload<E extends KioskEventName> = z.output<(typeof kioskEvents)[E]>;

/** The bridge the renderer sees as `window.kiosk`, identical on both hosts. */
export interface KioskBridge {
  invoke<M extends KioskMethod>(method: M, args: MethodArgs<M>): Promise<InvokeResponseOf<M>>;
  on<E extends KioskEventName>(event: E, listener: (payload: KioskEventPayload<E>) => void): () => void;
}

export type InvokeResponseOf<M extends KioskMethod> = InvokeResponse<MethodResult<M>>;
