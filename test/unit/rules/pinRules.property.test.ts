import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAcceptablePin, pinWeakness } from '../../../shared/rules/pinRules.js';

const digit = fc.integer({ min: 0, max: 9 });

describe('the rules for a new staff PIN', () => {
  it('names the rule each example breaks', () => {
    expect(pinWeakness('2468')).toBe('length');
    expect(pinWeakness('1357913')).toBe('length');
    expect(pinWeakness('12345a')).toBe('length');
    expect(pinWeakness('000000')).toBe('same-digits');
    expect(pinWeakness('012345')).toBe('sequence');
    expect(pinWeakness('987654')).toBe('sequence');
    expect(pinWeakness('789012')).toBe('sequence');
    expect(pinWeakness('210987')).toBe('sequence');
    expect(pinWeakness('480715')).toBeUndefined();
    expect(pinWeakness('123457')).toBeUndefined();
  });

  it('refuses every PIN that is not exactly six digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (text) => {
        fc.pre(!/^\d{6}$/.test(text));
        expect(pinWeakness(text)).toBe('length');
      }),
    );
  });

  it('refuses one digit six times, and every run up or down (wrapping past 9 and 0)', () => {
    fc.assert(
      fc.property(digit, fc.constantFrom(0, 1, 9), (start, step) => {
        const pin = Array.from({ length: 6 }, (_, at) => (start + at * step) % 10).join('');
        expect(pinWeakness(pin)).toBe(step === 0 ? 'same-digits' : 'sequence');
      }),
    );
  });

  it('accepts any six digits whose steps are not all the same 0, +1 or -1', () => {
    fc.assert(
      fc.property(fc.array(digit, { minLength: 6, maxLength: 6 }), (digits) => {
        const steps = digits.slice(1).map((value, at) => (value - (digits[at] ?? 0) + 10) % 10);
        const run = [0, 1, 9].some((step) => steps.every((each) => each === step));
        expect(isAcceptablePin(digits.join(''))).toBe(!run);
      }),
    );
  });
});
