// Vietnam has used UTC+7 all year, with no daylight saving, since 1975.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** dd/mm/yyyy HH:mm at the kiosk (DESIGN §7: leading zeros), whatever the machine's time zone. */
export function vietnamDateTime(iso: string): string {
  const local = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS);
  if (Number.isNaN(local.getTime())) throw new RangeError(`Not an instant: ${iso}`);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`
  );
}
