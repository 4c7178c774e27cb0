import { describe, expect, it } from 'vitest';
import {
  generateRecoveryPassphrase,
  isRecoveryPassphrase,
  normalizeRecoveryPassphrase,
} from '../../../electron/core/store/recovery/recoveryPassphrase.js';

describe('the recovery passphrase', () => {
  it('is six groups of four Crockford base32 characters, different every time', () => {
    const made = Array.from({ length: 200 }, () => generateRecoveryPassphrase());
    for (const passphrase of made) {
      expect(passphrase).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){5}$/);
      expect(isRecoveryPassphrase(passphrase)).toBe(true);
    }
    expect(new Set(made).size).toBe(made.length);
  });

  it('uses the whole alphabet (each character carries 5 bits)', () => {
    const seen = new Set(
      Array.from({ length: 200 }, () => generateRecoveryPassphrase().replaceAll('-', '')).join(''),
    );
    expect(seen.size).toBe(32);
  });

  it('reads the same whatever the case, spaces and dashes, and takes I, L and O for 1, 1 and 0', () => {
    const written = '7KQ2-M9XD-4HTB-0RWN-C5PE-V8J1';
    for (const typed of [
      '7kq2m9xd4htb0rwnc5pev8j1',
      ' 7KQ2 M9XD 4HTB 0RWN C5PE V8J1 ',
      '7kq2-m9xd-4htb-ORWN-c5pe-v8jl',
    ]) {
      expect(normalizeRecoveryPassphrase(typed)).toBe(normalizeRecoveryPassphrase(written));
    }
  });

  it('is not anything else: too short, too long, or with characters outside the alphabet', () => {
    for (const typed of [
      '',
      '7KQ2-M9XD-4HTB-0RWN-C5PE',
      '7KQ2-M9XD-4HTB-0RWN-C5PE-V8J1-A',
      '7KQ2-M9XD-4HTB-0RWN-C5PE-V8JU',
      'correct horse battery staple',
    ]) {
      expect(isRecoveryPassphrase(typed), typed).toBe(false);
    }
  });
});
