import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { KioskMode } from '../../../shared/domain/kioskMode.js';
import { defaultAgeingThresholds } from '../../../shared/domain/syncAgeing.js';
import type { AgeingThresholds } from '../../../shared/domain/syncAgeing.js';
import { describeUpstreamUrlProblem, upstreamUrlProblem } from '../../../shared/rules/upstreamUrl.js';

export const APP_FOLDER_NAME = 'commune-vneid-kiosk';
/** Demo data lives beside the real kiosk's folder, never inside it. */
export const DEMO_APP_FOLDER_NAME = 'commune-vneid-kiosk-demo';
export const DEFAULT_COMMUNE_NAME = 'UBND xã Cẩm Bình (máy trình diễn)';

/**
 * Where the national system is, and who this kiosk is to it. The kiosk never starts one itself:
 * in demo mode the demo one is started by `npm start`, `npm run serve` and the tests, which set
 * these; in production they come from the store's provisioning.
 */
export interface UpstreamSetting {
  url: string;
  kioskId: string;
  secret: string;
}

/** What the environment may set in either mode: this machine's own idle limits. */
export interface LocalSettings {
  idleSeconds: { selfService: number; assisted: number };
  /** A signed-in staff member is signed out after this long without a call (KIOSK_STAFF_IDLE_SECONDS). */
  staffIdleSeconds?: number;
  /** The sync desk's ageing thresholds (KIOSK_AGEING_WARN_MINUTES, KIOSK_AGEING_ESCALATE_MINUTES). */
  ageing?: AgeingThresholds;
}

export interface KioskSettings extends LocalSettings {
  communeName: string;
  upstream: UpstreamSetting;
}

const IdleSeconds = z.coerce.number().int().min(5).max(3600);

function readIdleSeconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = IdleSeconds.safeParse(value);
  if (!parsed.success) throw new SettingsError(`${name} must be a whole number of seconds from 5 to 3600`);
  return parsed.data;
}

function idleSecondsFrom(env: NodeJS.ProcessEnv): KioskSettings['idleSeconds'] {
  const read = (name: string, fallback: number) => readIdleSeconds(env, name, fallback);
  // Self-service is short: the next person in the queue must not find the last one's account open.
  return {
    selfService: read('KIOSK_CITIZEN_IDLE_SECONDS', 90),
    assisted: read('KIOSK_ASSISTED_IDLE_SECONDS', 300),
  };
}

const UpstreamEnv = z.object({
  UPSTREAM_URL: z.url({ protocol: /^https?$/, error: 'UPSTREAM_URL: an http or https URL' }),
  KIOSK_ID: z.string().regex(/^[A-Z0-9-]{3,32}$/, 'KIOSK_ID: 3–32 of A–Z, 0–9 and -'),
  KIOSK_SECRET: z.string().min(16, 'KIOSK_SECRET: at least 16 characters'),
});

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  readonly code = 'KIOSK_SETTINGS_INVALID';
}

const NO_NATIONAL_SYSTEM =
  'UPSTREAM_URL, KIOSK_ID and KIOSK_SECRET must name the national system this kiosk talks to ' +
  '(npm start and npm run serve start the demo reference service and set them)';

const AgeingMinutes = z.coerce
  .number()
  .int()
  .min(1)
  .max(24 * 60);

function readAgeingMinutes(env: NodeJS.ProcessEnv, name: string, fallbackMs: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallbackMs;
  const parsed = AgeingMinutes.safeParse(value);
  if (!parsed.success) throw new SettingsError(`${name} must be a whole number of minutes from 1 to 1440`);
  return parsed.data * 60_000;
}

/**
 * The ageing thresholds of unsent changes (issue 11): 2 h and 12 h by default, since the national
 * system accepts evidence for 24 h. The escalation must come after the warning; anything else
 * stops the start with its reason rather than showing a desk that never warns.
 */
export function ageingFrom(env: NodeJS.ProcessEnv): AgeingThresholds {
  const warnMs = readAgeingMinutes(env, 'KIOSK_AGEING_WARN_MINUTES', defaultAgeingThresholds.warnMs);
  const escalateMs = readAgeingMinutes(
    env,
    'KIOSK_AGEING_ESCALATE_MINUTES',
    defaultAgeingThresholds.escalateMs,
  );
  if (escalateMs <= warnMs) {
    throw new SettingsError(
      `KIOSK_AGEING_ESCALATE_MINUTES (${escalateMs / 60_000}) must be more than KIOSK_AGEING_WARN_MINUTES (${warnMs / 60_000})`,
    );
  }
  return { warnMs, escalateMs };
}

/** The idle limits and the ageing thresholds, in either mode. */
export function readLocalSettings(env: NodeJS.ProcessEnv): LocalSettings {
  return {
    idleSeconds: idleSecondsFrom(env),
    staffIdleSeconds: readIdleSeconds(env, 'KIOSK_STAFF_IDLE_SECONDS', 600),
    ageing: ageingFrom(env),
  };
}

/**
 * Demo mode: the national system and the kiosk's identity from the environment, which the
 * launcher sets when it starts the demo service. A bad value stops the start with its reason.
 */
export function readKioskSettings(env: NodeJS.ProcessEnv): KioskSettings {
  const communeName = env.KIOSK_COMMUNE_NAME?.trim() || DEFAULT_COMMUNE_NAME;
  const local = readLocalSettings(env);
  if (env.UPSTREAM_URL === undefined || env.UPSTREAM_URL === '') throw new SettingsError(NO_NATIONAL_SYSTEM);
  const parsed = UpstreamEnv.safeParse(env);
  if (!parsed.success) {
    throw new SettingsError(parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  const { UPSTREAM_URL, KIOSK_ID, KIOSK_SECRET } = parsed.data;
  const problem = upstreamUrlProblem(UPSTREAM_URL, 'demo');
  if (problem !== undefined) throw new SettingsError(`UPSTREAM_URL: ${describeUpstreamUrlProblem(problem)}`);
  return { communeName, ...local, upstream: { url: UPSTREAM_URL, kioskId: KIOSK_ID, secret: KIOSK_SECRET } };
}

const PROVISIONED_VARIABLES = ['UPSTREAM_URL', 'KIOSK_ID', 'KIOSK_SECRET', 'KIOSK_COMMUNE_NAME'] as const;

/**
 * Production mode: the national system, the kiosk's identity and the commune are provisioning's,
 * never the environment's; setting one is refused rather than silently ignored or obeyed.
 */
export function readProductionLocalSettings(env: NodeJS.ProcessEnv): LocalSettings {
  const set = PROVISIONED_VARIABLES.filter((name) => env[name] !== undefined && env[name] !== '');
  if (set.length > 0) {
    throw new SettingsError(
      `${set.join(', ')} cannot be set in production mode: a production kiosk takes its national system, ID, secret and commune from its provisioning (npm run provision -- --file <file>, or --provision=<file>). Unset them, or use KIOSK_MODE=demo.`,
    );
  }
  return readLocalSettings(env);
}

/**
 * A per-user folder, never the repository: citizen data must not land in a source tree. Demo
 * data has a folder of its own beside the real kiosk's (`KIOSK_DATA_DIR` overrides either).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv,
  mode: KioskMode,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.KIOSK_DATA_DIR) return env.KIOSK_DATA_DIR;
  const home = homedir();
  const folder = mode === 'demo' ? DEMO_APP_FOLDER_NAME : APP_FOLDER_NAME;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), folder);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', folder);
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), folder);
}
