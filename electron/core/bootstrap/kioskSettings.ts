import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

export const APP_FOLDER_NAME = 'commune-vneid-kiosk';
export const DEFAULT_COMMUNE_NAME = 'UBND xã Cẩm Bình (máy trình diễn)';

/**
 * Where the national system is, and who this kiosk is to it. The kiosk never starts one itself:
 * the demo one is started by `npm start`, `npm run serve` and the tests, which set these.
 */
export interface UpstreamSetting {
  url: string;
  kioskId: string;
  secret: string;
}

export interface KioskSettings {
  communeName: string;
  upstream: UpstreamSetting;
  idleSeconds: { selfService: number; assisted: number };
  /** A signed-in staff member is signed out after this long without a call (KIOSK_STAFF_IDLE_SECONDS). */
  staffIdleSeconds?: number;
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

/** Reads the kiosk's settings from the environment; a bad value stops the start with its reason. */
export function readKioskSettings(env: NodeJS.ProcessEnv): KioskSettings {
  const communeName = env.KIOSK_COMMUNE_NAME?.trim() || DEFAULT_COMMUNE_NAME;
  const idleSeconds = idleSecondsFrom(env);
  const staffIdleSeconds = readIdleSeconds(env, 'KIOSK_STAFF_IDLE_SECONDS', 600);
  if (env.UPSTREAM_URL === undefined || env.UPSTREAM_URL === '') throw new SettingsError(NO_NATIONAL_SYSTEM);
  const parsed = UpstreamEnv.safeParse(env);
  if (!parsed.success) {
    throw new SettingsError(parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  const { UPSTREAM_URL, KIOSK_ID, KIOSK_SECRET } = parsed.data;
  return {
    communeName,
    idleSeconds,
    staffIdleSeconds,
    upstream: { url: UPSTREAM_URL, kioskId: KIOSK_ID, secret: KIOSK_SECRET },
  };
}

/** A per-user folder, never the repository: citizen data must not land in a source tree. */
export function defaultDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (env.KIOSK_DATA_DIR) return env.KIOSK_DATA_DIR;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), APP_FOLDER_NAME);
}
