import type { TimeRange } from '../store/archive/changeHistory.js';

// Vietnam has used UTC+7 all year, with no daylight saving, since 1975: an office day is a fixed span of UTC.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day (YYYY-MM-DD) an instant falls on in Vietnam, whatever the machine's time zone. */
export function vietnamDayOf(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instants of a Vietnam day: from its 00:00 (+07) included to the next day's 00:00 excluded. */
export function vietnamDayRange(day: string): TimeRange {
  const from = Date.parse(`${day}T00:00:00.000Z`) - VIETNAM_OFFSET_MS;
  if (Number.isNaN(from)) throw new RangeError(`Not a day: ${day}`);
  return { from: new Date(from), to: new Date(from + DAY_MS) };
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWithin(at: string, range: TimeRange): boolean {
  const time = Date.parse(at);
  return time >= range.from.getTime() && time < range.to.getTime();
}
