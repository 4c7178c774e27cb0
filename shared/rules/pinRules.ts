/**
 * The rules for a staff PIN set from now on (issue 11). PINs set before them (4 to 8 digits)
 * still sign in, but a sign-in with one that fails these rules must change it first, outside
 * demo mode; that is decided from the typed PIN at sign-in, so nothing about old PINs is stored.
 */
export const NEW_PIN_LENGTH = 6;

/** Any PIN that still signs in: those set before these rules have 4 to 8 digits. */
export const SIGN_IN_PIN_MIN = 4;
export const SIGN_IN_PIN_MAX = 8;

/** Which rule a PIN breaks; each has its own sentence on the screen. */
export const pinRules = ['length', 'same-digits', 'sequence'] as const;
export type PinRule = (typeof pinRules)[number];

/**
 * The first rule the PIN breaks, or undefined when it may be set:
 * - `length`: not exactly six digits;
 * - `same-digits`: one digit six times (111111);
 * - `sequence`: each digit one more, or each one less, than the one before (123456, 654321).
 *   Runs wrap around 9 and 0 (789012, 321098): on a phone pad and in people's heads they are
 *   the same kind of run, and refusing them costs only a handful of the million PINs.
 */
export function pinWeakness(pin: string): PinRule | undefined {
  if (pin.length !== NEW_PIN_LENGTH || !/^\d+$/.test(pin)) return 'length';
  const digits = [...pin].map(Number);
  const steps = digits.slice(1).map((digit, at) => (digit - (digits[at] ?? 0) + 10) % 10);
  if (steps.every((step) => step === 0)) return 'same-digits';
  if (steps.every((step) => step === 1) || steps.every((step) => step === 9)) return 'sequence';
  return undefined;
}

export function isAcceptablePin(pin: string): boolean {
  return pinWeakness(pin) === undefined;
}
