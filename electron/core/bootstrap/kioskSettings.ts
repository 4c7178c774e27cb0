import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

export const APP_FOLDER_NAME = 'commune-vneid-kiosk';
export const DEFAULT_COMMUNE_NAME = 'UBND xã Cẩm Bình (máy trình diễn)';

/** Where the national system is. Absent means: start the embedded reference service. */
export type UpstreamSetting =
  | { kind: 'embedded'; devEndpoints: boolean; admin: boolean }
  | { kind: 'remote'; url: string; kioskId: string; secret: string };

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

const RemoteUpstreamEnv = z.object({
  UPSTREAM_URL: z.url({ protocol: /^https?$/ }),
  KIOSK_ID: z.string().regex(/^[A-Z0-9-]{3,32}$/, 'KIOSK_ID: 3–32 of A–Z, 0–9 and -'),
  KIOSK_SECRET: z.string().min(16, 'KIOSK_SECRET: at least 16 characters'),
});

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

/** Reads the kiosk's settings from the environment; a bad value stops the start with its reason. */
export function readKioskSettings(env: NodeJS.ProcessEnv): KioskSettings {
  const communeName = env.KIOSK_COMMUNE_NAME?.trim() || DEFAULT_COMMUNE_NAME;
  const idleSeconds = idleSecondsFrom(env);
  const staffIdleSeconds = readIdleSeconds(env, 'KIOSK_STAFF_IDLE_SECONDS', 600);
  if (env.UPSTREAM_URL === undefined || env.UPSTREAM_URL === '') {
    // The demo service's OTP and admin endpoints are opt-in, for demos and browser tests only.
    return {
      communeName,
      idleSeconds,
      staffIdleSeconds,
      upstream: {
        kind: 'embedded',
        devEndpoints: env.KIOSK_DEMO_DEV_ENDPOINTS === '1',
        admin: env.KIOSK_DEMO_ADMIN === '1',
      },
    };
  }
  const parsed = RemoteUpstreamEnv.safeParse(env);
  if (!parsed.success) {
    throw new SettingsError(parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  const { UPSTREAM_URL, KIOSK_ID, KIOSK_SECRET } = parsed.data;
  return {
    communeName,
    idleSeconds,
    staffIdleSeconds,
    upstream: { kind: 'remote', url: UPSTREAM_URL, kioskId: KIOSK_ID, secret: KIOSK_SECRET },
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
