import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKiosk } from '../../electron/core/bootstrap/startKiosk.js';
import type { RunningKiosk } from '../../electron/core/bootstrap/startKiosk.js';
import { startWebHost } from '../../electron/web/webHost.js';
import type { RunningWebHost } from '../../electron/web/webHost.js';
import { startDemoUpstream } from '../../upstream/demo/startDemoUpstream.js';
import type { DemoUpstream } from '../../upstream/demo/startDemoUpstream.js';

export interface TestWebKiosk {
  /** The temporary folder: `store/` holds the kiosk's data, `renderer/` a stand-in page. */
  dataDir: string;
  /** The demo national system the kiosk talks to, started here as `npm start` does. */
  upstream: DemoUpstream;
  kiosk: RunningKiosk;
  host: RunningWebHost;
  /** The host's log lines (sessions opened, codes made). */
  log: string[];
  stop(): Promise<void>;
}

export interface TestWebKioskOptions {
  /** Fixes the start code, as KIOSK_LAUNCH_CODE does. */
  launchCode?: string;
  /** The clock launch codes expire by. */
  now?: () => number;
}

/**
 * A kiosk on the demo national system behind a real web host, in a temporary folder. Its
 * launch folder is `store/launch`, as the web host's is in its data folder.
 */
export async function startTestWebKiosk(options: TestWebKioskOptions = {}): Promise<TestWebKiosk> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-web-'));
  const rendererDir = join(dataDir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Kiosk</title>');
  const upstream = await startDemoUpstream({ log: () => undefined });
  const kiosk = await startKiosk({
    settings: {
      communeName: 'Xã Thử',
      idleSeconds: { selfService: 90, assisted: 300 },
      upstream: { url: upstream.url, ...upstream.credentials },
    },
    dataDir: join(dataDir, 'store'),
    appVersion: '0.0.0-test',
  });
  const log: string[] = [];
  const host = await startWebHost({
    core: kiosk.core,
    rendererDir,
    startCode: { code: options.launchCode },
    launchDataDir: join(dataDir, 'store'),
    ...(options.now === undefined ? {} : { now: options.now }),
    log: (line) => log.push(line),
  });
  return {
    dataDir,
    upstream,
    kiosk,
    host,
    log,
    async stop() {
      await host.close();
      await kiosk.stop();
      await upstream.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
