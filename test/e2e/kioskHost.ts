import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optionsFromEnv } from '../../upstream/config/optionsFromEnv.js';
import { startDemoUpstream } from '../../upstream/demo/startDemoUpstream.js';
import type { DemoUpstream } from '../../upstream/demo/startDemoUpstream.js';

/**
 * One web host (`node out/electron/web/main.js`) with its own data folder, on its own demo
 * national system (the reference service in memory, started here as `npm start` does, so the
 * demo data of DESIGN §9 starts fresh): tests that unlink and unlock never see each other's
 * changes, and the order of tests does not matter.
 */
export interface KioskHost {
  /**
   * Opens the kiosk as its launcher does: `page.goto(launchUrl)` exchanges the single-use code
   * for the session cookie, and the cookie does the rest. A second use is refused.
   */
  launchUrl: string;
  origin: string;
  /** The host's data folder (its launch folder is `launch/` in it). */
  dataDir: string;
  /** Everything the host and its reference service printed so far. */
  output(): string;
  /** The demo reference service, with its admin and development endpoints switched on. */
  upstreamUrl: string;
  /** `PUT /admin/faults`: e.g. `{ dropRate: 1 }` for an outage, `{ dropRate: 0 }` to end it. */
  setFaults(faults: Record<string, number>): Promise<void>;
  /** `GET /dev/otp/:idNumber`: the OTP the service "sent" by SMS. */
  latestOtp(idNumber: string): Promise<string>;
  /** `POST /admin/reviews/:reference/decision`. */
  decideReview(reference: string, decision: 'approve' | 'refuse'): Promise<void>;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 20_000;
const LISTENING = /Kiosk web host listening on (http:\/\/127\.0\.0\.1:\d+)\/launch\?code=/;

export interface KioskHostOptions {
  /** Writes into the fresh data folder before the host starts on it (e.g. a damaged snapshot). */
  prepareDataDir?: (dataDir: string) => Promise<void>;
}

export async function startKioskHost(
  env: Record<string, string> = {},
  options: KioskHostOptions = {},
): Promise<KioskHost> {
  let output = '';
  const upstream = await startDemoUpstream({
    admin: true,
    devEndpoints: true,
    log: (line) => (output += `[reference service] ${line}\n`),
  });
  const upstreamUrl = upstream.url;
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
  try {
    // `npm run upstream`'s fault settings (UPSTREAM_DROP_RATE, UPSTREAM_LATENCY_MS, …) in kioskEnv
    // apply from before the kiosk starts: its very first request meets them.
    const { faults } = optionsFromEnv(env).options;
    if (faults !== undefined && Object.keys(faults).length > 0) await putFaults(upstreamUrl, faults);
    await options.prepareDataDir?.(dataDir);
  } catch (error) {
    await upstream.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const launchCode = randomBytes(24).toString('base64url');
  const child = spawn(process.execPath, ['out/electron/web/main.js'], {
    env: {
      ...process.env,
      PORT: '0',
      KIOSK_DATA_DIR: dataDir,
      KIOSK_LAUNCH_CODE: launchCode,
      UPSTREAM_URL: upstream.url,
      KIOSK_ID: upstream.credentials.kioskId,
      KIOSK_SECRET: upstream.credentials.secret,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`web host did not start:\n${output}`)),
      STARTUP_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = LISTENING.exec(output);
      if (listening?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${String(code)}:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stopChild(child, dataDir, upstream);
    throw error;
  });

  async function admin(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${upstreamUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer: unknown = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  }

  return {
    launchUrl: `${origin}/launch?code=${launchCode}`,
    origin,
    dataDir,
    output: () => output,
    upstreamUrl,
    async setFaults(faults) {
      await admin('PUT', '/admin/faults', faults);
    },
    async latestOtp(idNumber) {
      const answer = (await admin('GET', `/dev/otp/${idNumber}`)) as { otp: string };
      return answer.otp;
    },
    async decideReview(reference, decision) {
      await admin('POST', `/admin/reviews/${reference}/decision`, { decision });
    },
    stop: () => stopChild(child, dataDir, upstream),
  };
}

/**
 * SIGTERM to this host's own process (by its handle, never by name), then its demo national
 * system stops and its data folder goes.
 */
async function stopChild(child: ChildProcess, dataDir: string, upstream: DemoUpstream): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  await upstream.close();
  rmSync(dataDir, { recursive: true, force: true });
}

async function putFaults(upstreamUrl: string, faults: object): Promise<void> {
  const response = await fetch(`${upstreamUrl}/admin/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`PUT /admin/faults: ${response.status} ${await response.text()}`);
}
