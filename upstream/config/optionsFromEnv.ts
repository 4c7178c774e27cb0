import type { FaultKnobs } from '../faults/faultKnobs.js';
import type { ReferenceUpstreamOptions } from '../server.js';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface StartSettings {
  port: number;
  options: Omit<ReferenceUpstreamOptions, 'kiosks'>;
}

/**
 * `npm run upstream`'s settings from the environment. A value that does not parse stops the
 * start with the variable's name: a typo must not quietly start a service without its faults.
 */
export function optionsFromEnv(env: Environment): StartSettings {
  const faults: Partial<FaultKnobs> = {};
  const latencyMs = integer(env, 'UPSTREAM_LATENCY_MS', 0, 60_000);
  if (latencyMs !== undefined) faults.latencyMs = latencyMs;
  const jitterMs = integer(env, 'UPSTREAM_LATENCY_JITTER_MS', 0, 60_000);
  if (jitterMs !== undefined) faults.latencyJitterMs = jitterMs;
  const errorRate = fraction(env, 'UPSTREAM_ERROR_RATE');
  if (errorRate !== undefined) faults.errorRate = errorRate;
  const dropRate = fraction(env, 'UPSTREAM_DROP_RATE');
  if (dropRate !== undefined) faults.dropRate = dropRate;
  const loseRate = fraction(env, 'UPSTREAM_LOSE_RESPONSE_RATE');
  if (loseRate !== undefined) faults.loseResponseRate = loseRate;
  const retryAfter = integer(env, 'UPSTREAM_RETRY_AFTER_S', 0, 3_600);
  if (retryAfter !== undefined) faults.retryAfterSeconds = retryAfter;

  const dataDir = text(env, 'UPSTREAM_DATA_DIR');
  const adminToken = text(env, 'UPSTREAM_ADMIN_TOKEN');
  const faultSeed = integer(env, 'UPSTREAM_FAULT_SEED', 0, 0xffff_ffff);
  return {
    port: integer(env, 'PORT', 0, 65_535) ?? 0,
    options: {
      faults,
      devEndpoints: flag(env, 'UPSTREAM_DEV_ENDPOINTS'),
      admin: flag(env, 'UPSTREAM_ADMIN'),
      ...(dataDir === undefined ? {} : { dataDir }),
      ...(adminToken === undefined ? {} : { adminToken }),
      ...(faultSeed === undefined ? {} : { faultSeed }),
    },
  };
}

function text(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: Environment, name: string, min: number, max: number): number | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, not "${value}"`);
  }
  return parsed;
}

function fraction(env: Environment, name: string): number | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || !(parsed >= 0 && parsed <= 1)) {
    throw new Error(`${name} must be a fraction from 0 to 1, not "${value}"`);
  }
  return parsed;
}

function flag(env: Environment, name: string): boolean {
  const value = text(env, name);
  if (value === undefined || value === '0') return false;
  if (value === '1') return true;
  throw new Error(`${name} must be 1 (on) or 0 (off), not "${value}"`);
}
