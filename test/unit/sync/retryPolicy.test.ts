import { describe, expect, it } from 'vitest';
import {
  backoffCeilingMs,
  defaultRetryPolicy,
  retryDelayMs,
} from '../../../electron/core/sync/retryPolicy.js';
import type { RetryPolicy } from '../../../electron/core/sync/retryPolicy.js';
import { seeded } from './manualTime.js';

const policy: RetryPolicy = {
  baseMs: 1_000,
  capMs: 300_000,
  maxRetryAfterMs: 3_600_000,
  probeIntervalMs: 15_000,
  heartbeatMs: 60_000,
};

describe('backoff with full jitter', () => {
  it('doubles the ceiling with every failure in a row, up to the cap', () => {
    expect([1, 2, 3, 4, 9, 10].map((failures) => backoffCeilingMs(failures, policy))).toEqual([
      1_000, 2_000, 4_000, 8_000, 256_000, 300_000,
    ]);
    expect(backoffCeilingMs(10_000, policy)).toBe(300_000);
  });

  it('defaults to a 1 s base and a 5 min cap', () => {
    expect(defaultRetryPolicy.baseMs).toBe(1_000);
    expect(defaultRetryPolicy.capMs).toBe(300_000);
  });

  it('draws every delay between 0 and the ceiling, spread over the whole range', () => {
    const random = seeded(42);
    for (const failures of [1, 3, 6, 12]) {
      const ceiling = backoffCeilingMs(failures, policy);
      const delays = Array.from({ length: 2_000 }, () => retryDelayMs(failures, policy, random));
      for (const delay of delays) {
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
      }
      // Full jitter, not "ceiling ± a little": both ends of the range are reached.
      expect(Math.min(...delays)).toBeLessThan(ceiling * 0.05);
      expect(Math.max(...delays)).toBeGreaterThan(ceiling * 0.95);
    }
  });

  it('maps the random source straight onto the range', () => {
    expect(retryDelayMs(3, policy, () => 0)).toBe(0);
    expect(retryDelayMs(3, policy, () => 0.5)).toBe(2_000);
    expect(retryDelayMs(3, policy, () => 0.999_999)).toBe(3_999);
  });

  it('never waits less than Retry-After, and does not shorten a longer jittered delay to it', () => {
    const random = seeded(7);
    for (let i = 0; i < 500; i++)
      expect(retryDelayMs(1, policy, random, 30_000)).toBeGreaterThanOrEqual(30_000);
    expect(retryDelayMs(10, policy, () => 0.5, 2_000)).toBe(150_000);
    expect(retryDelayMs(1, policy, () => 0.5, 0)).toBe(500);
  });

  it('bounds an absurd Retry-After so a wrong header cannot stall sync for days', () => {
    expect(retryDelayMs(1, policy, () => 0, 5 * 24 * 3_600_000)).toBe(3_600_000);
  });
});
