// Vietnam has used UTC+7 all year, with no daylight saving, since 1975. A kiosk whose clock
// is set to UTC must still show the date the citizen lived, so the zone is fixed here.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** dd/mm/yyyy with leading zeros, in Vietnam time: 2025-02-04T20:00:00Z → 05/02/2025. */
export function formatDate(isoInstant: string): string {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) return '';
  const local = new Date(ms + VIETNAM_OFFSET_MS);
  const dd = String(local.getUTCDate()).padStart(2, '0');
  const mm = String(local.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${local.getUTCFullYear()}`;
}
