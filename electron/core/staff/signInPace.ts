/**
 * Growing waits between wrong staff sign-in tries at this kiosk, whoever they were for (issue 12
 * §10). The per-staff lockout (staffLockout.ts) stays; this only slows a guesser at the public
 * "Cán bộ" button. A kiosk-wide lockout would let anyone lock every staff member out, supervisors
 * included; a wait of seconds costs a real staff member little and a guesser a lot.
 *
 * Kept in memory: a restart (which no one at the public screen can cause) starts afresh, and
 * the per-staff counts, which are stored, still hold.
 */

/** Wrong tries in a row that cost no wait: a mistyped PIN, then a second look. */
export const FREE_WRONG_TRIES = 2;
export const FIRST_WAIT_MS = 2_000;
export const LONGEST_WAIT_MS = 60_000;
/** After this long without a wrong try, the kiosk forgets the earlier ones. */
export const QUIET_RESET_MS = 10 * 60 * 1000;

/** The wait after the `wrongInARow`-th wrong try: 0, 0, 2, 4, 8, 16, 32, 60, 60… seconds. */
export function waitAfterWrongTry(wrongInARow: number): number {
  if (wrongInARow <= FREE_WRONG_TRIES) return 0;
  const doublings = wrongInARow - FREE_WRONG_TRIES - 1;
  // Capped before the power grows past what a number holds exactly.
  return doublings >= 10 ? LONGEST_WAIT_MS : Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** doublings);
}

/** Whole seconds, rounded up, so a screen never says 0 while a wait is still running. */
export function wholeSeconds(ms: number): number {
  return Math.ceil(ms / 1000);
}

export class SignInPace {
  #wrongInARow = 0;
  #lastWrongMs = 0;
  #nextTryMs = 0;

  /** How long the next try must still wait, in ms; 0 when it may be checked now. */
  waitLeft(nowMs: number): number {
    this.#forgetIfQuiet(nowMs);
    return Math.max(0, this.#nextTryMs - nowMs);
  }

  /** Counts a wrong try; returns the wait, in ms, before the next one is checked. */
  recordWrong(nowMs: number): number {
    this.#forgetIfQuiet(nowMs);
    this.#wrongInARow += 1;
    this.#lastWrongMs = nowMs;
    const wait = waitAfterWrongTry(this.#wrongInARow);
    this.#nextTryMs = nowMs + wait;
    return wait;
  }

  /** A right PIN or code: whoever typed it knew it, so the kiosk starts afresh. */
  recordRight(): void {
    this.#wrongInARow = 0;
    this.#nextTryMs = 0;
  }

  #forgetIfQuiet(nowMs: number): void {
    if (this.#wrongInARow > 0 && nowMs - this.#lastWrongMs >= QUIET_RESET_MS) this.recordRight();
  }
}
