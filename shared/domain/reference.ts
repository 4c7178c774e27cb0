/**
 * A request's reference code is derived from its changeId, so the kiosk can print it on a
 * receipt while offline and the national system can find the same request later without
 * the change carrying a second identifier. Hex keeps it unambiguous for people and scanners.
 */
export function referenceForChange(changeId: string): string {
  const hex = changeId.replace(/-/g, '').toUpperCase();
  if (!/^[0-9A-F]{32}$/.test(hex)) throw new Error('changeId must be a UUID');
  return `${hex.slice(0, 5)}-${hex.slice(5, 10)}`;
}

export function normaliseReference(input: string): string | undefined {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{10}$/.test(compact)) return undefined;
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}
