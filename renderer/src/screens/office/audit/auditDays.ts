import { VIETNAM_OFFSET_MS } from '../../../../../shared/rules/time.js';

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
