/** A Vietnam calendar day (YYYY-MM-DD) moved by whole days; calendar arithmetic, no time zone. */
export function shiftDay(day: string, days: number): string {
  const moved = new Date(Date.parse(`${day}T00:00:00Z`) + days * 24 * 60 * 60 * 1000);
  return moved.toISOString().slice(0, 10);
}

// Vietnam has used UTC+7 all year since 1975: the log's times as the office lived them.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** dd/mm/yyyy HH:mm:ss in Vietnam time: entries a few seconds apart must read apart. */
export function entryTime(isoInstant: string): string {
  const local = new Date(Date.parse(isoInstant) + VIETNAM_OFFSET_MS);
  if (Number.isNaN(local.getTime())) return '';
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`
  );
}
