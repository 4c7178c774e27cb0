export const MAX_WRONG_PASSCODES = 5;
export const PASSCODE_LOCKOUT_MS = 15 * 60 * 1000;

interface AttemptRecord {
  failures: number;
  lockedUntilMs?: number;
}

/** Counts wrong passcodes in a row per ID number, so a 6-digit passcode cannot be guessed at a kiosk. */
export class PasscodeAttempts {
  readonly #byIdNumber = new Map<string, AttemptRecord>();

  /** The end of the current lockout, or undefined if passcodes may be tried. */
  lockedUntil(idNumber: string, nowMs: number): number | undefined {
    const record = this.#byIdNumber.get(idNumber);
    if (record?.lockedUntilMs === undefined) return undefined;
    if (nowMs < record.lockedUntilMs) return record.lockedUntilMs;
    // The lockout served its purpose; the next attempt starts a fresh count.
    this.#byIdNumber.delete(idNumber);
    return undefined;
  }

  /** Records a wrong passcode; returns the lockout end when this failure starts one. */
  recordFailure(idNumber: string, nowMs: number): number | undefined {
    const record = this.#byIdNumber.get(idNumber) ?? { failures: 0 };
    record.failures += 1;
    if (record.failures >= MAX_WRONG_PASSCODES) record.lockedUntilMs = nowMs + PASSCODE_LOCKOUT_MS;
    this.#byIdNumber.set(idNumber, record);
    return record.lockedUntilMs;
  }

  recordSuccess(idNumber: string): void {
    this.#byIdNumber.delete(idNumber);
  }
}
