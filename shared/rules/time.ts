/** A point in time as the rules take it: a Date, or milliseconds since the epoch. */
export type Now = Date | number;

export const DAY_MS = 24 * 60 * 60 * 1000;

// Vietnam has used UTC+7 all year, with no daylight saving, since 1975: an office day is a fixed span of UTC.
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Rules take the time from the caller; a bad clock value is a caller bug, so fail loudly. */
export function toEpochMs(now: Now): number {
  const ms = typeof now === 'number' ? now : now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('now must be a valid time');
  return ms;
}

/**
 * The calendar year at the kiosk. Birth years are Vietnamese calendar years, so around New
 * Year the UTC year would wrongly call a baby born on 1 January (Vietnam time) "in the future".
 */
export function vietnamYear(now: Now): number {
  return new Date(toEpochMs(now) + VIETNAM_OFFSET_MS).getUTCFullYear();
}

/** NaN for text that is not a time, so comparisons with it are false and nothing fires on bad data. */
export function instantMs(isoInstant: string): number {
  return Date.parse(isoInstant);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in Vietnam, whatever the machine's time zone. */
export function vietnamDayOf(at: Now | string): string {
  const ms = typeof at === 'string' ? Date.parse(at) : toEpochMs(at);
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day `days` after `day` (YYYY-MM-DD; before it when negative): calendar arithmetic, no time zone. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
