import { KioskMode } from '../../../shared/domain/kioskMode.js';
import { SettingsError } from './kioskSettings.js';

/**
 * `KIOSK_MODE` (demo | production) when set; otherwise a packaged app is production and a
 * checkout is demo. Demo is never the fallback of a packaged kiosk.
 */
export function resolveKioskMode(env: NodeJS.ProcessEnv, options: { packaged: boolean }): KioskMode {
  const value = env.KIOSK_MODE;
  if (value === undefined || value === '') return options.packaged ? 'production' : 'demo';
  const parsed = KioskMode.safeParse(value);
  if (!parsed.success)
    throw new SettingsError(`KIOSK_MODE must be demo or production, not ${value.slice(0, 32)}`);
  return parsed.data;
}
