import { z } from 'zod';

/** How late the oldest unsent change is: the desk's colour and words, and the staff bar's badge. */
export const AgeingLevel = z.enum(['ok', 'warning', 'escalation']);
export type AgeingLevel = z.infer<typeof AgeingLevel>;

/**
 * The two thresholds (settings, issue 11). The national system accepts evidence for 24 hours,
 * so the defaults warn at 2 hours and escalate at 12, well before evidence goes stale.
 */
export interface AgeingThresholds {
  warnMs: number;
  escalateMs: number;
}

export const defaultAgeingThresholds: Readonly<AgeingThresholds> = Object.freeze({
  warnMs: 2 * 60 * 60 * 1000,
  escalateMs: 12 * 60 * 60 * 1000,
});

export function ageingLevel(
  oldestUnsentAgeMs: number | undefined,
  thresholds: AgeingThresholds,
): AgeingLevel {
  if (oldestUnsentAgeMs === undefined) return 'ok';
  if (oldestUnsentAgeMs >= thresholds.escalateMs) return 'escalation';
  if (oldestUnsentAgeMs >= thresholds.warnMs) return 'warning';
  return 'ok';
}
