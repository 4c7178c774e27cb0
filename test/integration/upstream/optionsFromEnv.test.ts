import { describe, expect, it } from 'vitest';
import { optionsFromEnv } from '../../../upstream/config/optionsFromEnv.js';

describe('optionsFromEnv (npm run upstream)', () => {
  it('starts in memory, on a free port, with no faults and no extra endpoints by default', () => {
    expect(optionsFromEnv({})).toEqual({
      port: 0,
      options: { faults: {}, devEndpoints: false, admin: false },
    });
  });

  it('reads every setting', () => {
    expect(
      optionsFromEnv({
        PORT: '8787',
        UPSTREAM_DATA_DIR: '/var/lib/upstream',
        UPSTREAM_DEV_ENDPOINTS: '1',
        UPSTREAM_ADMIN: '1',
        UPSTREAM_ADMIN_TOKEN: 'op-secret',
        UPSTREAM_LATENCY_MS: '200',
        UPSTREAM_LATENCY_JITTER_MS: '50',
        UPSTREAM_ERROR_RATE: '0.2',
        UPSTREAM_DROP_RATE: '.05',
        UPSTREAM_LOSE_RESPONSE_RATE: '0',
        UPSTREAM_RETRY_AFTER_S: '2',
        UPSTREAM_FAULT_SEED: '42',
      }),
    ).toEqual({
      port: 8787,
      options: {
        dataDir: '/var/lib/upstream',
        devEndpoints: true,
        admin: true,
        adminToken: 'op-secret',
        faultSeed: 42,
        faults: {
          latencyMs: 200,
          latencyJitterMs: 50,
          errorRate: 0.2,
          dropRate: 0.05,
          loseResponseRate: 0,
          retryAfterSeconds: 2,
        },
      },
    });
  });

  it('treats an empty value as unset and 0 as off', () => {
    expect(optionsFromEnv({ PORT: ' ', UPSTREAM_DATA_DIR: '', UPSTREAM_ADMIN: '0' })).toEqual(
      optionsFromEnv({}),
    );
  });

  it.each([
    ['PORT', 'eighty', /PORT must be an integer/],
    ['PORT', '70000', /PORT must be an integer from 0 to 65535/],
    ['UPSTREAM_ERROR_RATE', '20%', /UPSTREAM_ERROR_RATE must be a fraction/],
    ['UPSTREAM_DROP_RATE', '1.5', /UPSTREAM_DROP_RATE must be a fraction/],
    ['UPSTREAM_LATENCY_MS', '-5', /UPSTREAM_LATENCY_MS must be an integer/],
    ['UPSTREAM_ADMIN', 'yes', /UPSTREAM_ADMIN must be 1 \(on\) or 0 \(off\)/],
    ['UPSTREAM_DEV_ENDPOINTS', 'true', /UPSTREAM_DEV_ENDPOINTS must be 1/],
  ])('refuses %s=%s, naming the variable', (name, value, message) => {
    expect(() => optionsFromEnv({ [name]: value })).toThrow(message);
  });
});
