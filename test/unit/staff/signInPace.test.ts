import { describe, expect, it } from 'vitest';
import { QUIET_RESET_MS, SignInPace, waitAfterWrongTry } from '../../../electron/core/staff/signInPace.js';

describe('the kiosk-wide wait between wrong staff sign-in tries', () => {
  it('costs nothing for two wrong tries, then doubles from 2 s up to a minute', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map((n) => waitAfterWrongTry(n) / 1000);
    expect(waits).toEqual([0, 0, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('refuses to check before the wait has passed, and a right PIN starts afresh', () => {
    const pace = new SignInPace();
    const t0 = 1_000_000;
    expect(pace.recordWrong(t0)).toBe(0);
    expect(pace.recordWrong(t0)).toBe(0);
    expect(pace.recordWrong(t0)).toBe(2_000);
    expect(pace.waitLeft(t0 + 500)).toBe(1_500);
    expect(pace.waitLeft(t0 + 2_000)).toBe(0);
    expect(pace.recordWrong(t0 + 2_000)).toBe(4_000);
    pace.recordRight();
    expect(pace.waitLeft(t0 + 2_001)).toBe(0);
    expect(pace.recordWrong(t0 + 3_000)).toBe(0);
  });

  it('forgets wrong tries after a quiet period', () => {
    const pace = new SignInPace();
    for (let i = 0; i < 6; i++) pace.recordWrong(0);
    expect(pace.waitLeft(1_000)).toBeGreaterThan(0);
    expect(pace.waitLeft(QUIET_RESET_MS)).toBe(0);
    expect(pace.recordWrong(QUIET_RESET_MS)).toBe(0);
  });
});
