import { z } from 'zod';

/** A supervisor may do what staff do, plus the kiosk's own care (a new recovery kit, later enrolment). */
export const StaffRole = z.enum(['staff', 'supervisor']);
export type StaffRole = z.infer<typeof StaffRole>;
