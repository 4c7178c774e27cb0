import { z } from 'zod';
import { StaffRole } from '../domain/staffRole.js';
import { STAFF_ID_PATTERN } from '../rules/staffId.js';

const NoArgs = z.object({}).strict();
const Instant = z.iso.datetime({ offset: true });
const MemberId = z.string().regex(STAFF_ID_PATTERN, 'A staff ID like CB01');

/**
 * Where a member's account stands, as a supervisor sees it:
 * - `active`: signs in with a PIN;
 * - `locked`: too many wrong PINs or setup codes, until `lockedUntil` (a supervisor may unlock);
 * - `awaiting-first-pin`: enrolled or reset, the setup code not used yet;
 * - `disabled`: a supervisor disabled them; they cannot sign in until re-enabled.
 * The first that applies, in the order disabled, locked, awaiting-first-pin, active.
 */
export const StaffAccountStatus = z.enum(['active', 'locked', 'awaiting-first-pin', 'disabled']);
export type StaffAccountStatus = z.infer<typeof StaffAccountStatus>;

export const StaffAccount = z
  .object({
    staffId: z.string(),
    displayName: z.string(),
    role: StaffRole,
    status: StaffAccountStatus,
    /** The national system knows the member (issue 10); until then they cannot attest a card. */
    registered: z.boolean(),
    lockedUntil: Instant.optional(),
    /** When the open setup code stops working. */
    setupCodeExpiresAt: Instant.optional(),
    /** The open setup code expired unused (by the kiosk's clock): a reset issues a new one. */
    setupCodeExpired: z.boolean().optional(),
  })
  .strict();
export type StaffAccount = z.infer<typeof StaffAccount>;

/** A one-time setup code, shown once to the supervisor; the kiosk keeps only its hash. */
export const IssuedSetupCode = z
  .object({ staffId: z.string(), setupCode: z.string().regex(/^\d{8}$/), expiresAt: Instant })
  .strict();
export type IssuedSetupCode = z.infer<typeof IssuedSetupCode>;

/** What changed, so the screen can show the list as it now stands without a second call. */
const AccountAfter = z.object({ account: StaffAccount }).strict();

/**
 * Staff accounts (issue 11 §4): supervisors only. The core reads the caller's CURRENT role from
 * the store on every call (SUPERVISOR_REQUIRED), whatever the screen showed.
 */
export const staffAdminMethods = {
  'staffAdmin.list': { args: NoArgs, result: z.object({ members: z.array(StaffAccount) }).strict() },
  /** Enrols a member without a PIN and issues their setup code; the kiosk registers them upstream. */
  'staffAdmin.enrol': {
    args: z
      .object({
        staffId: MemberId,
        displayName: z.string().trim().min(1).max(100),
        role: StaffRole,
      })
      .strict(),
    result: IssuedSetupCode,
  },
  /** Disables or re-enables a member; a signed-in member who is disabled is signed out. */
  'staffAdmin.setEnabled': {
    args: z.object({ staffId: MemberId, enabled: z.boolean() }).strict(),
    result: AccountAfter,
  },
  /** The member's PIN stops working at once; they set a new one with the code. */
  'staffAdmin.resetPin': { args: z.object({ staffId: MemberId }).strict(), result: IssuedSetupCode },
  /** Ends a lockout from wrong PINs or setup codes. */
  'staffAdmin.unlock': { args: z.object({ staffId: MemberId }).strict(), result: AccountAfter },
  'staffAdmin.setRole': {
    args: z.object({ staffId: MemberId, role: StaffRole }).strict(),
    result: AccountAfter,
  },
} as const;
