import { z } from 'zod';

/**
 * Demo runs on the embedded reference service with the demo staff member; production runs on
 * what provisioning stored. The two never share a data folder and demo is never a fallback.
 */
export const KioskMode = z.enum(['demo', 'production']);
export type KioskMode = z.infer<typeof KioskMode>;
