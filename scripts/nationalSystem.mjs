// Which national system a kiosk started from this repository talks to: the one that
// UPSTREAM_URL, KIOSK_ID and KIOSK_SECRET name, or else the demo one (the reference service with
// DESIGN §9's data), started here. The kiosk itself never starts one: this is the demo wiring of
// `npm start` and `npm run serve`, and the packaged app carries no reference service.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const demoEntry = join(import.meta.dirname, '..', 'out', 'upstream', 'demo', 'startDemoUpstream.js');

/**
 * With KIOSK_MODE=production, or `--provision=<file>` among the kiosk's flags, no demo service
 * is started: the kiosk is a production one and takes its national system from its provisioning.
 * @param {NodeJS.ProcessEnv} env
 * @param {readonly string[]} [kioskArgs]
 * @returns {Promise<{ env: Record<string, string>, description: string, stop: () => Promise<void> }>}
 */
export async function nationalSystemFor(env, kioskArgs = []) {
  const provisioning = kioskArgs.some((arg) => arg.startsWith('--provision'));
  if (env.KIOSK_MODE === 'production' || (provisioning && !env.KIOSK_MODE)) {
    return {
      env: { KIOSK_MODE: 'production' },
      description: 'the one named by this kiosk’s provisioning (production mode)',
      stop: async () => {},
    };
  }
  if (env.UPSTREAM_URL) {
    return { env: {}, description: env.UPSTREAM_URL, stop: async () => {} };
  }
  if (!existsSync(demoEntry)) {
    throw new Error(`The reference service is not built (${demoEntry} is missing): run npm run build.`);
  }
  const { startDemoUpstream } = await import(pathToFileURL(demoEntry).href);
  // The demo service's OTP and admin endpoints are opt-in, for demos and browser tests only.
  const demo = await startDemoUpstream({
    devEndpoints: env.KIOSK_DEMO_DEV_ENDPOINTS === '1',
    admin: env.KIOSK_DEMO_ADMIN === '1',
  });
  return {
    env: {
      UPSTREAM_URL: demo.url,
      KIOSK_ID: demo.credentials.kioskId,
      KIOSK_SECRET: demo.credentials.secret,
    },
    description: `demo reference service (DESIGN §9 data) at ${demo.url}`,
    stop: () => demo.close(),
  };
}
