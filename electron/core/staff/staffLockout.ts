/** Five wrong PINs in a row lock a staff member out for fifteen minutes (DESIGN §6). */
export const STAFF_MAX_WRONG_PINS = 5;
export const STAFF_LOCKOUT_MS = 15 * 60 * 1000;

export interface PinCount {
  failedAttempts: number;
  lockedUntil?: string | undefined;
}

export function lockedUntil(count: PinCount, nowMs: number): string | undefined {
  if (count.lockedUntil === undefined) return undefined;
  return Date.parse(count.lockedUntil) > nowMs ? count.lockedUntil : undefined;
}

/**
 * The count after one more wrong PIN. The fifth locks and starts the count again, so after the
 * lockout the staff member has five tries once more.
 */
export function afterWrongPin(count: PinCount, nowMs: number): PinCount & { attemptsLeft: number } {
  const failedAttempts = count.failedAttempts + 1;
  if (failedAttempts >= STAFF_MAX_WRONG_PINS) {
    return {
      failedAttempts: 0,
      lockedUntil: new Date(nowMs + STAFF_LOCKOUT_MS).toISOString(),
      attemptsLeft: 0,
    };
  }
  return { failedAttempts, attemptsLeft: STAFF_MAX_WRONG_PINS - failedAttempts };
}
