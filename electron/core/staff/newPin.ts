import { KioskError } from '../../../shared/ipc/errors.js';
import { pinWeakness } from '../../../shared/rules/pinRules.js';

/**
 * A PIN about to be set, typed twice: PIN_TOO_WEAK names the rule it breaks, then
 * SETUP_PIN_MISMATCH when the two differ. Checked before anything is read or counted, so bad
 * input changes nothing.
 */
export function assertNewPin(pin: string, pinAgain: string): void {
  const rule = pinWeakness(pin);
  if (rule !== undefined)
    throw new KioskError('PIN_TOO_WEAK', `The new PIN breaks the ${rule} rule; nothing was saved.`, { rule });
  if (pin !== pinAgain) throw new KioskError('SETUP_PIN_MISMATCH', 'The two PINs differ; nothing was saved.');
}
