export const MAX_WRONG_ATTEMPTS = 5;
export const VERIFICATION_LOCKOUT_MS = 15 * 60 * 1000;

export interface AttemptRecord {
  idNumber: string;
  failures: number;
  lockedUntilMs?: number | undefined;
}

export type FailureCount = { attemptsLeft: number } | { lockedUntilMs: number };

/**
 * Counts wrong passcodes and wrong OTPs in a row per ID number, together: a 6-digit secret
 * cannot be guessed at a kiosk by switching between the two methods.
 */
export class VerificationAttempts {
  readonly #byIdNumber = new Map<string, AttemptRecord>();

  constructor(records: readonly AttemptRecord[] = []) {
    for (const record of records) this.#byIdNumber.set(record.idNumber, { ...record });
  }

  /** The end of the current lockout, or undefined if codes may be tried. */
  lockedUntil(idNumber: string, nowMs: number): number | undefined {
    const record = this.#byIdNumber.get(idNumber);
    if (record?.lockedUntilMs === undefined) return undefined;
    if (nowMs < record.lockedUntilMs) return record.lockedUntilMs;
    // The lockout served its purpose; the next attempt starts a fresh count.
    this.#byIdNumber.delete(idNumber);
    return undefined;
  }

  /** Records a wrong code: the lockout end when this failure starts one, else the wrong codes still allowed. */
  recordFailure(idNumber: string, nowMs: number): FailureCount {
    const record = this.#byIdNumber.get(idNumber) ?? { idNumber, failures: 0 };
    record.failures += 1;
    if (record.failures >= MAX_WRONG_ATTEMPTS) record.lockedUntilMs = nowMs + VERIFICATION_LOCKOUT_MS;
    this.#byIdNumber.set(idNumber, record);
    return record.lockedUntilMs === undefined
      ? { attemptsLeft: MAX_WRONG_ATTEMPTS - record.failures }
      : { lockedUntilMs: record.lockedUntilMs };
  }

  recordSuccess(idNumber: string): void {
    this.#byIdNumber.delete(idNumber);
  }

  records(): AttemptRecord[] {
    return [...this.#byIdNumber.values()].map((record) => ({ ...record }));
  }
}
