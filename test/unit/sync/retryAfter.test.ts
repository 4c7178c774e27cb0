import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../electron/core/upstream/retryAfter.js';

const serviceNow = Date.parse('2026-03-10T02:30:00.000Z');

describe('parseRetryAfter', () => {
  it('reads whole seconds', () => {
    expect(parseRetryAfter('0', serviceNow)).toBe(0);
    expect(parseRetryAfter('1', serviceNow)).toBe(1_000);
    expect(parseRetryAfter(' 120 ', serviceNow)).toBe(120_000);
  });

  it('reads an HTTP-date against the service clock', () => {
    expect(parseRetryAfter('Tue, 10 Mar 2026 02:30:45 GMT', serviceNow)).toBe(45_000);
  });

  it('reads a date already past as "now"', () => {
    expect(parseRetryAfter('Tue, 10 Mar 2026 02:29:00 GMT', serviceNow)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, undefined, '', 'soon', '-5', '1.5', '1e3']) {
      expect(parseRetryAfter(value, serviceNow)).toBeUndefined();
    }
  });
});
