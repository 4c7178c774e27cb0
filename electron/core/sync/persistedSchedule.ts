import type { QueuedChange } from '../store/kioskDocument.js';

/** Where the last run of the kiosk left its retry schedule, read back from the queue. */
export interface PersistedSchedule {
  /** The next attempt, if one is still ahead; never more than one backoff cap away. */
  resumeAt?: number;
  /** Failures in a row so far, as far as the changes' attempt counts tell. */
  failures: number;
}

/**
 * After a restart the kiosk keeps the wait it had (so a restart never hammers a service that is
 * down) but no more than a cap from now: a schedule written under a clock that was far ahead
 * must not stall sync for days.
 */
export function persistedSchedule(
  unfinished: readonly Readonly<QueuedChange>[],
  nowMs: number,
  capMs: number,
): PersistedSchedule {
  let latest: number | undefined;
  let failures = 0;
  for (const entry of unfinished) {
    if (entry.nextAttemptAt === undefined) continue;
    failures = Math.max(failures, entry.attempts);
    const at = Date.parse(entry.nextAttemptAt);
    if (at > nowMs && (latest === undefined || at > latest)) latest = at;
  }
  return latest === undefined ? { failures } : { resumeAt: Math.min(latest, nowMs + capMs), failures };
}
