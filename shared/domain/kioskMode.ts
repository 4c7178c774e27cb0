import { z } from 'zod';

/** Demo (the embedded reference service and its sample data) or a provisioned, real kiosk. */
export const KioskMode = z.enum(['demo', 'production']);
export type KioskMode = z.infer<typeof KioskMode>;
