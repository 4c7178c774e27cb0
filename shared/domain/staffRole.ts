import { z } from 'zod';

/** What a staff member may do at the kiosk: a supervisor also manages staff and the kiosk itself. */
export const StaffRole = z.enum(['staff', 'supervisor']);
export type StaffRole = z.infer<typeof StaffRole>;
