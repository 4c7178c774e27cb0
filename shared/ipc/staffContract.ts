import { z } from 'zod';
import { StaffRole } from '../domain/staffRole.js';

const NoArgs = z.object({}).strict();

/** Who signed in; `role` picks the office menu's entries (the core checks it again on every call). */
export const StaffIdentity = z
  .object({ staffId: z.string(), displayName: z.string(), role: StaffRole })
  .strict();
export type StaffIdentity = z.infer<typeof StaffIdentity>;

/** Who, if anyone, is signed in as staff; also pushed as the `staff.changed` event. */
export const StaffCurrent = z
  .object({
    signedIn: z.boolean(),
    staffId: z.string().optional(),
    displayName: z.string().optional(),
    role: StaffRole.optional(),
  })
  .strict();
export type StaffCurrent = z.infer<typeof StaffCurrent>;

const PinDigits = z.string().regex(/^\d{4,8}$/, 'A PIN has 4 to 8 digits');
/** A new PIN: the digits only here; the rules (shared/rules/pinRules) answer PIN_TOO_WEAK. */
const NewPin = z.string().regex(/^\d{1,8}$/, 'A PIN is digits');

/**
 * A sign-in. With `pinChangeRequired` the PIN typed is one the rules no longer accept (set before
 * issue 11; never in demo mode): the member is not signed in yet, every staff method answers
 * PIN_CHANGE_REQUIRED, and `staff.changePin` with that PIN as `currentPin` finishes the sign-in.
 */
export const StaffSignIn = StaffIdentity.extend({ pinChangeRequired: z.boolean() }).strict();
export type StaffSignIn = z.infer<typeof StaffSignIn>;

export const staffMethods = {
  'staff.signIn': {
    args: z
      .object({
        /** Case and spaces are forgiven: "cb01" signs in CB01. */
        staffId: z.string().min(1).max(16),
        pin: PinDigits,
      })
      .strict(),
    result: StaffSignIn,
  },
  'staff.signOut': { args: NoArgs, result: z.object({ signedOut: z.literal(true) }).strict() },
  'staff.current': { args: NoArgs, result: StaffCurrent },
  /**
   * The signed-in member changes their own PIN (or the member whose sign-in asked for a change,
   * which signs them in). The current PIN counts toward the lockout like a sign-in.
   */
  'staff.changePin': {
    args: z.object({ currentPin: PinDigits, newPin: NewPin, newPinAgain: NewPin }).strict(),
    result: StaffIdentity,
  },
  /**
   * First sign-in, or after a reset: the one-time setup code sets a PIN and signs the member in.
   * A wrong code counts toward the same lockout as a wrong PIN.
   */
  'staff.setPinWithCode': {
    args: z
      .object({
        staffId: z.string().min(1).max(16),
        setupCode: z.string().regex(/^\d{8}$/, 'A setup code has 8 digits'),
        newPin: NewPin,
        newPinAgain: NewPin,
      })
      .strict(),
    result: StaffIdentity,
  },
} as const;
