import type { UpstreamChange } from '../../shared/upstream/api.js';

/**
 * A key-order-independent text of a change, so "same changeId, same content" does not depend on
 * how the kiosk's JSON serialiser ordered the fields.
 */
export function changeFingerprint(change: UpstreamChange): string {
  return JSON.stringify(sortKeys(change));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}
