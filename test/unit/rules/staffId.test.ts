import { describe, expect, it } from 'vitest';
import { isStaffId } from '../../../shared/rules/staffId.js';

describe('isStaffId', () => {
  it.each(['CB01', 'CB1234', 'CAX07', 'UBND123456'])('accepts %s', (text) => {
    expect(isStaffId(text)).toBe(true);
  });

  it.each(['', 'cb01', 'CB', 'C01', '01CB', 'CB 01', 'CB01 ', 'CB1', 'CB1234567', 'CBXYZ01', 'CB０１'])(
    'refuses %j',
    (text) => {
      expect(isStaffId(text)).toBe(false);
    },
  );
});
