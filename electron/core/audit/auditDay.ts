import { auditFileName } from './auditFiles.js';

/** The one month file that can hold a Vietnam day's entries: files are cut by Vietnam months too. */
export function auditFileNameOfDay(day: string): string {
  // Noon in Vietnam lies inside the day whatever the offset rounding.
  return auditFileName(new Date(`${day}T12:00:00+07:00`));
}
