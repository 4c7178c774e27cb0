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

export const staffMethods = {
  'staff.signIn': {
    args: z
      .object({
        /** Case and spaces are forgiven: "cb01" signs in CB01. */
        staffId: z.string().min(1).max(16),
        pin: z.string().regex(/^\d{4,8}$/, 'A PIN has 4 to 8 digits'),
      })
      .strict(),
    result: StaffIdentity,
  },
  'staff.signOut': { args: NoArgs, result: z.object({ signedOut: z.literal(true) }).strict() },
  'staff.current': { args: NoArgs, result: StaffCurrent },
} as const;
