/**
 * Retry-After (RFC 9110 §10.2.3) in milliseconds from now: either whole seconds or an HTTP-date.
 * An HTTP-date is measured against the service's own clock (its Date header) when there is one,
 * so a kiosk clock that is off does not stretch or cut the wait. Anything else is ignored: a
 * header we cannot read must not stop the kiosk from retrying.
 */
export function parseRetryAfter(value: string | null | undefined, serviceNowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : undefined;
  }
  // Dates only: a bare or signed number that is not whole seconds is not a valid Retry-After.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - serviceNowMs);
}
