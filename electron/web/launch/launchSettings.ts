import { SettingsError } from '../../core/bootstrap/kioskSettings.js';
import { isLaunchCodeShape } from './launchGate.js';
import type { WebHostOptions } from '../webHost.js';

/**
 * The launch code the web host makes at start, from its environment:
 * - `KIOSK_LAUNCH_WINDOW=1`: a launcher (`npm start`) opens the window itself and asks for its
 *   code through the launch folder, so none is made here and none is printed;
 * - `KIOSK_LAUNCH_CODE`: fixes the code (tests);
 * - otherwise a random one, printed in the "listening on" line, valid until its first use.
 */
export function launchStartCode(env: NodeJS.ProcessEnv): NonNullable<WebHostOptions['startCode']> {
  const window = env.KIOSK_LAUNCH_WINDOW;
  if (window !== undefined && window !== '' && window !== '0' && window !== '1')
    throw new SettingsError(`KIOSK_LAUNCH_WINDOW must be 1 or 0, not ${window}`);
  const code = env.KIOSK_LAUNCH_CODE;
  if (window === '1') {
    if (code) throw new SettingsError('KIOSK_LAUNCH_CODE cannot be set when a launcher opens the window');
    return 'none';
  }
  if (!code) return {};
  if (!isLaunchCodeShape(code))
    throw new SettingsError('KIOSK_LAUNCH_CODE must be 16–128 of A–Z, a–z, 0–9, - and _');
  return { code };
}
