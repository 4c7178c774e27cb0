import { DAY_MS, VIETNAM_OFFSET_MS } from '../../../shared/rules/time.js';
import type { TimeRange } from '../store/archive/changeHistory.js';

/** The instants of a Vietnam day: from its 00:00 (+07) included to the next day's 00:00 excluded. */
export function vietnamDayRange(day: string): TimeRange {
  const from = Date.parse(`${day}T00:00:00.000Z`) - VIETNAM_OFFSET_MS;
  if (Number.isNaN(from)) throw new RangeError(`Not a day: ${day}`);
  return { from: new Date(from), to: new Date(from + DAY_MS) };
}

export function isWithin(at: string, range: TimeRange): boolean {
  const time = Date.parse(at);
  return time >= range.from.getTime() && time < range.to.getTime();
}
