import { auditFileName } from './auditFiles.js';

// Vietnam has used UTC+7 all year since 1975: the office's day, as staff count it.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The Vietnam calendar day (YYYY-MM-DD) an entry's instant falls on. */
export function vietnamDayOf(at: string): string {
  return new Date(Date.parse(at) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The one month file that can hold a Vietnam day's entries: files are cut by Vietnam months too. */
export function auditFileNameOfDay(day: string): string {
  // Noon in Vietnam lies inside the day whatever the offset rounding.
  return auditFileName(new Date(`${day}T12:00:00+07:00`));
}
