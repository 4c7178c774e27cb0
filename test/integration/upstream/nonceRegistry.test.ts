import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_MS } from '../../../shared/upstream/api.js';
import { NonceRegistry } from '../../../upstream/auth/NonceRegistry.js';

describe('NonceRegistry', () => {
  const t0 = Date.parse('2026-03-10T02:30:00.000Z');

  it('refuses a nonce a kiosk already used, but not the same nonce from another kiosk', () => {
    const nonces = new NonceRegistry(MAX_CLOCK_SKEW_MS);
    expect(nonces.claim('K1', 'n', t0, t0)).toBe(true);
    expect(nonces.claim('K1', 'n', t0, t0 + 1_000)).toBe(false);
    expect(nonces.claim('K2', 'n', t0, t0 + 1_000)).toBe(true);
  });

  it('remembers a nonce while its timestamp is inside the skew window, then forgets it', () => {
    const nonces = new NonceRegistry(MAX_CLOCK_SKEW_MS);
    nonces.claim('K1', 'early', t0, t0);
    // A timestamp 4 minutes ahead stays claimable for 4 more minutes than one taken at t0.
    nonces.claim('K1', 'ahead', t0 + 4 * 60_000, t0);
    expect(nonces.claim('K1', 'early', t0, t0 + MAX_CLOCK_SKEW_MS)).toBe(false);

    const later = t0 + MAX_CLOCK_SKEW_MS + 60_000;
    nonces.claim('K1', 'later', later, later);
    expect(nonces.size).toBe(2);
    expect(nonces.claim('K1', 'ahead', t0 + 4 * 60_000, later)).toBe(false);
  });
});
