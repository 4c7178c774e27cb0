import { describe, expect, it } from 'vitest';
import { afterWrongPin, lockedUntil, STAFF_LOCKOUT_MS } from '../../../electron/core/staff/staffLockout.js';

const now = Date.parse('2026-11-23T08:00:00.000Z');

describe('staff lockout', () => {
  it('counts four wrong PINs down, and locks on the fifth for 15 minutes', () => {
    let count = { failedAttempts: 0 } as { failedAttempts: number; lockedUntil?: string | undefined };
    const left: number[] = [];
    for (let i = 0; i < 4; i++) {
      const next = afterWrongPin(count, now);
      left.push(next.attemptsLeft);
      expect(next.lockedUntil).toBeUndefined();
      count = next;
    }
    expect(left).toEqual([4, 3, 2, 1]);
    const locked = afterWrongPin(count, now);
    expect(locked).toEqual({
      failedAttempts: 0,
      attemptsLeft: 0,
      lockedUntil: new Date(now + STAFF_LOCKOUT_MS).toISOString(),
    });
    expect(STAFF_LOCKOUT_MS).toBe(15 * 60_000);
  });

  it('is locked until the instant passes', () => {
    const until = new Date(now + 1_000).toISOString();
    expect(lockedUntil({ failedAttempts: 0, lockedUntil: until }, now)).toBe(until);
    expect(lockedUntil({ failedAttempts: 0, lockedUntil: until }, now + 1_000)).toBeUndefined();
    expect(lockedUntil({ failedAttempts: 3 }, now)).toBeUndefined();
  });
});
