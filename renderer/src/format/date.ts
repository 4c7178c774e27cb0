// Vietnam has used UTC+7 all year, with no daylight saving, since 1975. A kiosk whose clock
// is set to UTC must still show the date the citizen lived, so the zone is fixed here.
import { VIETNAM_OFFSET_MS } from '../../../shared/rules/time.js';

const two = (value: number) => String(value).padStart(2, '0');

function vietnamTime(isoInstant: string): Date | undefined {
  const ms = Date.parse(isoInstant);
  return Number.isNaN(ms) ? undefined : new Date(ms + VIETNAM_OFFSET_MS);
}

/** dd/mm/yyyy with leading zeros, in Vietnam time: 2025-02-04T20:00:00Z → 05/02/2025. */
export function formatDate(isoInstant: string): string {
  const local = vietnamTime(isoInstant);
  if (local === undefined) return '';
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** dd/mm/yyyy hh:mm, 24-hour, in Vietnam time. */
export function formatDateTime(isoInstant: string): string {
  const local = vietnamTime(isoInstant);
  if (local === undefined) return '';
  return `${formatDate(isoInstant)} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

/** dd/mm/yyyy hh:mm:ss in Vietnam time: audit entries a few seconds apart must read apart. */
export function formatDateTimeSeconds(isoInstant: string): string {
  const local = vietnamTime(isoInstant);
  return local === undefined ? '' : `${formatDateTime(isoInstant)}:${two(local.getUTCSeconds())}`;
}

/** A calendar date as stored (YYYY-MM-DD) → dd/mm/yyyy. */
export function formatCalendarDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** Today's calendar date in Vietnam, YYYY-MM-DD. */
export function vietnamToday(nowMs: number): string {
  const local = new Date(nowMs + VIETNAM_OFFSET_MS);
  return `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`;
}

/**
 * A time later today as the clock on the wall says it (hh:mm, Vietnam time), e.g. the end of a
 * 15-minute lockout; with its date when it falls on another day than `nowMs`.
 */
export function formatClockTime(isoInstant: string, nowMs: number): string {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) return '';
  // Rounded up to the minute: at the time said, trying again must already work.
  const minute = new Date(Math.ceil(ms / 60_000) * 60_000).toISOString();
  const local = vietnamTime(minute);
  if (local === undefined) return '';
  const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
  return vietnamToday(Date.parse(minute)) === vietnamToday(nowMs) ? time : `${time} ${formatDate(minute)}`;
}
