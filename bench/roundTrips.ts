import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKioskCore } from '../electron/core/createKioskCore.js';
import { keyFileSource } from '../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../electron/core/store/openKioskStore.js';
import { startWebHost } from '../electron/web/webHost.js';
import { DEMO_KIOSK } from '../upstream/demo/demoAccounts.js';
import { createReferenceUpstream } from '../upstream/server.js';
import { benchAccounts } from './benchAccounts.js';

/**
 * Round trips to the national system per call, on a slow commune line: the reference service
 * answers every request after `latencyMs`. Calls go through the web host as the renderer makes
 * them; the requests are counted where the service receives them.
 */

export interface CallFigure {
  medianMs: number;
  /** Requests the national system received per call, the mean over the samples. */
  roundTrips: number;
  samples: number;
}

export interface RoundTripFigures {
  latencyMs: number;
  calls: Record<string, CallFigure>;
  targets: Record<string, string>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round((value ?? Number.NaN) * 10) / 10;
}

export async function measureRoundTrips(samples = 9, latencyMs = 200): Promise<RoundTripFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-round-trips-'));
  const upstream = createReferenceUpstream({
    kiosks: { [DEMO_KIOSK.kioskId]: DEMO_KIOSK.secret },
    // One citizen per sample, so every unlink and unlock meets an account as the demo has it.
    accounts: benchAccounts(samples * 2, { devices: 2, activeIndex: 1, lockOddAccounts: true }),
    faults: { latencyMs },
    log: () => undefined,
  });
  // A counting wrapper: every /v1 request asks the fault injector for its plan, exactly once.
  let received = 0;
  const plan = upstream.faults.planRequest.bind(upstream.faults);
  upstream.faults.planRequest = () => {
    received += 1;
    return plan();
  };
  const running = await upstream.listen(0);
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Kiosk</title>');
  const store = await openKioskStore({
    dataDir: join(dir, 'store'),
    keySource: keyFileSource(join(dir, 'store', 'kiosk.key')),
  });
  const core = createKioskCore({
    info: {
      kioskId: DEMO_KIOSK.kioskId,
      communeName: 'Xã Thử',
      appVersion: '0.0.0-bench',
      idleSeconds: { selfService: 90, assisted: 300 },
    },
    store,
    dataDir: join(dir, 'store'),
    upstreamUrl: running.url,
    credentials: { kioskId: DEMO_KIOSK.kioskId, secret: DEMO_KIOSK.secret },
    // No idle heartbeat during the measurement: only the calls' own requests are counted.
    retryPolicy: { heartbeatMs: 3_600_000 },
  });
  const host = await startWebHost({ core, rendererDir });
  const base = host.origin;
  // The launch code is exchanged once for the session cookie, as the kiosk window does.
  const launch = await fetch(String(host.launchUrl), { redirect: 'manual' });
  const cookie = launch.headers.get('set-cookie')?.split(';')[0] ?? '';

  const timed = async (method: string, args: unknown): Promise<{ ms: number; requests: number }> => {
    const before = received;
    const started = performance.now();
    const response = await fetch(`${base}/api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ method, args }),
    });
    const answer = (await response.json()) as { ok: boolean; error?: { code: string } };
    const ms = performance.now() - started;
    if (!answer.ok) throw new Error(`${method} failed: ${answer.error?.code ?? response.status}`);
    return { ms, requests: received - before };
  };

  const series: Record<string, { ms: number[]; requests: number[] }> = {};
  const record = (name: string, sample: { ms: number; requests: number }) => {
    series[name] ??= { ms: [], requests: [] };
    series[name].ms.push(sample.ms);
    series[name].requests.push(sample.requests);
  };

  try {
    // The sync engine's first probe goes out at start; wait until it is answered.
    const startedAt = Date.now();
    while (core.sync.connection !== 'online' && Date.now() - startedAt < 10_000)
      await new Promise((r) => setTimeout(r, 20));
    for (let i = 0; i < samples; i++) {
      const active = `04209${String(2 * i).padStart(7, '0')}`;
      const locked = `04209${String(2 * i + 1).padStart(7, '0')}`;

      const verify = await timed('session.verifyPasscode', { idNumber: active, passcode: '123456' });
      const read = await timed('account.read', {});
      record('session.verifyPasscode', verify);
      record('account.read', read);
      record('identify → device list', {
        ms: verify.ms + read.ms,
        requests: verify.requests + read.requests,
      });
      record('device.unlink', await timed('device.unlink', { deviceId: `dev-${2 * i}-0` }));

      await timed('session.verifyPasscode', { idNumber: locked, passcode: '123456' });
      record('unlock.request', await timed('unlock.request', {}));
      await timed('session.end', {});
    }
  } finally {
    await host.close();
    await core.close();
    await running.close();
    await rm(dir, { recursive: true, force: true });
  }

  const calls: Record<string, CallFigure> = {};
  for (const [name, values] of Object.entries(series)) {
    calls[name] = {
      medianMs: median(values.ms),
      roundTrips: median(values.requests),
      samples: values.ms.length,
    };
  }
  return {
    latencyMs,
    calls,
    targets: {
      'device.unlink': '≤ 1.3 round trips (account shown < 60 s ago)',
      'unlock.request': '≤ 1.3 round trips (account shown < 60 s ago)',
      'identify → device list': '≤ 2 round trips',
    },
  };
}

// `node out/bench/roundTrips.js` runs this module alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  // Run alone: an unhandled rejection ends the process with its stack, which is what a bench should do.
  void measureRoundTrips().then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
