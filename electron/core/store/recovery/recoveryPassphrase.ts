import { randomInt } from 'node:crypto';

// Minimal stand-in for part R's module (branch i10-kit), kept only so that part A's tests run
// before the merge; the lead keeps R's version of this file.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Six groups of four Crockford base-32 characters: 120 bits, shown once, easy to copy by hand. */
export function generateRecoveryPassphrase(): string {
  const groups: string[] = [];
  for (let group = 0; group < 6; group++) {
    let text = '';
    for (let index = 0; index < 4; index++) text += CROCKFORD[randomInt(CROCKFORD.length)];
    groups.push(text);
  }
  return groups.join('-');
}
