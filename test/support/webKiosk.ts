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
  stop(): Promise<void>;
}

/** A kiosk on the demo national system behind a real web host, in a temporary folder. */
export async function startTestWebKiosk(token: string): Promise<TestWebKiosk> {
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
  const host = await startWebHost({ core: kiosk.core, rendererDir, token });
  return {
    dataDir,
    upstream,
    kiosk,
    host,
    async stop() {
      await host.close();
      await kiosk.stop();
      await upstream.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
