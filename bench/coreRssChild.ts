import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKioskCore } from '../electron/core/createKioskCore.js';
import { keyFileSource } from '../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../electron/core/store/openKioskStore.js';
import { queuedChange } from '../test/support/storeFixtures.js';

// Run as its own process by bench/run.ts, so the figure is the kiosk core alone: its store
// holding 10,000 pending changes and the core (queue, sync, handlers) running, offline.
const PENDING = 10_000;
const dir = await mkdtemp(join(tmpdir(), 'kiosk-rss-'));
const store = await openKioskStore({ dataDir: dir, keySource: keyFileSource(join(dir, 'kiosk.key')) });
for (let start = 0; start < PENDING; start += 500) {
  const chunk = Array.from({ length: 500 }, () => queuedChange(store.allocateSeq()));
  await store.commit(chunk.map((entry) => ({ type: 'change.accepted' as const, entry })));
}
await store.compact();
const core = createKioskCore({
  info: {
    kioskId: 'KIOSK-BENCH',
    communeName: 'Bench',
    appVersion: '0',
    idleSeconds: { selfService: 90, assisted: 300 },
  },
  store,
  dataDir: dir,
  // Nothing listens here: the kiosk is offline and keeps everything queued.
  upstreamUrl: 'http://127.0.0.1:9',
  credentials: { kioskId: 'KIOSK-BENCH', secret: 'bench-secret-0123456789' },
});
await new Promise((resolve) => setTimeout(resolve, 1_000));
const pending = store.read().changes.length;
const rssMB = Math.round(process.memoryUsage().rss / 1024 / 1024);
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
await core.close();
await rm(dir, { recursive: true, force: true });
console.log(JSON.stringify({ pending, rssMB, peakRssMB }));
