import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';
import type { PinHash } from '../store/kioskDocument.js';

/**
 * scrypt at N = 2^15 (32 MiB, a few tens of milliseconds): a 4-digit PIN has only 10,000
 * values, so the hash is there to make a stolen data file slow to try, not impossible; the
 * lockout is what protects the kiosk itself.
 */
export const PIN_SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;

function derive(pin: string, salt: Buffer, params: Pick<PinHash, 'N' | 'r' | 'p'>, keyLength: number) {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    // Node refuses anything over 32 MiB by default; 128·N·r is what scrypt needs, plus headroom.
    maxmem: 256 * params.N * params.r,
  };
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(PIN_SCRYPT.saltLength);
  const key = await derive(pin, salt, PIN_SCRYPT, PIN_SCRYPT.keyLength);
  return {
    algorithm: 'scrypt',
    N: PIN_SCRYPT.N,
    r: PIN_SCRYPT.r,
    p: PIN_SCRYPT.p,
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
  };
}

/** Compared in constant time, with the parameters the hash was made with. */
export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(pin, Buffer.from(stored.salt, 'base64'), stored, expected.length);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

let decoy: Promise<PinHash> | undefined;

/**
 * Spends what a real check costs, for a staff ID nobody holds, so the time an answer takes does
 * not tell which staff IDs exist.
 */
export async function spendPinCheck(pin: string): Promise<void> {
  decoy ??= hashPin('0000');
  await pinMatches(pin, await decoy);
}
