import { z } from 'zod';
import {
  AccountLevel,
  AccountStatus,
  Biometrics,
  Device,
  Gender,
  LinkedPaper,
  Lock,
} from '../domain/account.js';
import { ChangeKind, ChangeState } from '../domain/change.js';

const NoArgs = z.object({}).strict();

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
    /** Where OTPs go, masked by the national system (e.g. 091****678); absent when it did not say. */
    registeredPhoneMasked: z.string().optional(),
    /** Level 2: papers linked to the account, numbers masked. Absent means "not disclosed". */
    papers: z.array(LinkedPaper).optional(),
    /** Whether a portrait and fingerprints are on record. */
    biometrics: Biometrics.optional(),
  })
  .strict();
export type AccountView = z.infer<typeof AccountView>;

/** A change the kiosk accepted, with where it stands: the receipt the citizen is shown. */
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

export const accountMethods = {
  /** Offline: OFFLINE ("cannot check right now"). */
  'account.read': { args: NoArgs, result: AccountView },
  /**
   * Only a device shown in this session (DEVICE_NOT_FOUND otherwise), the active one included.
   * Offline: assisted mode only (else OFFLINE); the receipt then says `pending`.
   */
  'device.unlink': {
    args: z.object({ deviceId: z.string().min(1).max(128) }).strict(),
    result: ChangeReceipt,
  },
  /** Every device at once; the way out when the device list cannot be read (offline, assisted). */
  'device.unlinkAll': { args: NoArgs, result: ChangeReceipt },
  /**
   * Checked against the account's lock first: a lock the kiosk cannot help with is refused with
   * UNLOCK_NOT_POSSIBLE and nothing is queued. Offline: assisted mode only.
   */
  'unlock.request': { args: NoArgs, result: ChangeReceipt },
} as const;
