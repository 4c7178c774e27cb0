import { randomBytes } from 'node:crypto';

/** Crockford's base32: digits and letters without I, L, O and U, which read as 1, 1, 0 or a rude word. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 6;
const GROUP_LENGTH = 4;
/** 6 × 4 characters × 5 bits: 120 bits, out of reach of any guessing at scrypt's cost. */
export const RECOVERY_PASSPHRASE_CHARACTERS = GROUPS * GROUP_LENGTH;

/**
 * A new recovery passphrase, e.g. `7KQ2-M9XD-4HTB-0RWN-C5PE-V8JA`. The kiosk makes it rather
 * than asking for one: a touch screen is a poor place to type a long passphrase, and one made
 * from 15 random bytes is strong without relying on anyone's choice.
 */
export function generateRecoveryPassphrase(): string {
  const bytes = randomBytes((RECOVERY_PASSPHRASE_CHARACTERS * 5) / 8);
  let bits = 0;
  let value = 0;
  let characters = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      characters += CROCKFORD[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return (characters.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g')) ?? []).join('-');
}

/**
 * The passphrase as the key is derived from it: case, spaces and dashes do not count, and the
 * letters Crockford's alphabet leaves out are read as the digits they look like (I and L as 1,
 * O as 0), so a passphrase copied by hand from paper still opens the kit.
 */
export function normalizeRecoveryPassphrase(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

/** Whether the text can be a passphrase the kiosk made (whatever its case, spaces and dashes). */
export function isRecoveryPassphrase(typed: string): boolean {
  const normalized = normalizeRecoveryPassphrase(typed);
  return (
    normalized.length === RECOVERY_PASSPHRASE_CHARACTERS &&
    [...normalized].every((character) => CROCKFORD.includes(character))
  );
}
