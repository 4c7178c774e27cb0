import { describe, expect, it } from 'vitest';
import { hashPin, pinMatches, PIN_SCRYPT } from '../../../electron/core/staff/pinHash.js';
import { PinHash } from '../../../electron/core/store/kioskDocument.js';

describe('staff PIN hashing', () => {
  it('uses scrypt at N ≥ 2^14 with a 16-byte random salt, in the stored shape', async () => {
    const hash = await hashPin('2468');
    expect(PinHash.parse(hash)).toEqual(hash);
    expect(hash.N).toBeGreaterThanOrEqual(2 ** 14);
    expect(hash.N).toBe(PIN_SCRYPT.N);
    expect(Buffer.from(hash.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash.hash, 'base64')).toHaveLength(32);
  });

  it('never contains the PIN, and two hashes of one PIN differ', async () => {
    const [a, b] = await Promise.all([hashPin('2468'), hashPin('2468')]);
    for (const hash of [a, b]) {
      const text = JSON.stringify(hash);
      expect(text).not.toContain('2468');
      expect(text).not.toContain(Buffer.from('2468').toString('base64'));
      expect(text).not.toContain(Buffer.from('2468').toString('hex'));
    }
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('matches the right PIN only', async () => {
    const hash = await hashPin('2468');
    expect(await pinMatches('2468', hash)).toBe(true);
    for (const wrong of ['2469', '246', '24680', '', '8642'])
      expect(await pinMatches(wrong, hash)).toBe(false);
  });

  it('checks with the parameters stored beside the hash', async () => {
    const hash = await hashPin('1357');
    const tampered = { ...hash, N: hash.N * 2 };
    expect(await pinMatches('1357', tampered)).toBe(false);
  });
});
