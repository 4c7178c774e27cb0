import { describe, expect, it } from 'vitest';
import { passphraseGroups, spelledPassphrase } from '../../../renderer/src/format/passphrase.js';

describe('the recovery passphrase on screen', () => {
  it('keeps the groups the kiosk made', () => {
    expect(passphraseGroups('7K2M-QX9P-4RTW-HB3N-ZC8V-J5D1')).toEqual([
      '7K2M',
      'QX9P',
      '4RTW',
      'HB3N',
      'ZC8V',
      'J5D1',
    ]);
    expect(passphraseGroups('7K2M QX9P  4RTW')).toEqual(['7K2M', 'QX9P', '4RTW']);
  });

  it('cuts a passphrase without separators into fours', () => {
    expect(passphraseGroups('7K2MQX9P4R')).toEqual(['7K2M', 'QX9P', '4R']);
  });

  it('spells it for a screen reader, character by character', () => {
    expect(spelledPassphrase(['7K2M', 'QX'])).toBe('7 K 2 M, Q X');
  });
});
