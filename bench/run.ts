import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { measureDrain } from './drain.js';
import { measureBareFsync, measureEnqueue } from './enqueueLatency.js';
import { rendererJsGzipKB, screenChangeAfterTap } from './rendererFigures.js';
import { measureRoundTrips } from './roundTrips.js';
import { measureStorageFaults } from './storageFaults.js';

/** `npm run bench`: measured figures as JSON, with DESIGN §8's targets beside them. */
async function main(): Promise<void> {
  const bareFsync = await measureBareFsync();
  const enqueue: Record<string, unknown> = {};
  for (const backlog of [100, 1_000, 10_000]) enqueue[`pending${backlog}`] = await measureEnqueue(backlog);
  // DESIGN §8: 10,000 changes, with no faults and with 20% of requests failing (503/429). The
  // second faulty run sends Retry-After: 1, which the kiosk honours as a floor on every failure.
  const drainBase = { changes: 10_000, accounts: 2_500 };
  const syncDrain = {
    noFaults: await measureDrain({ ...drainBase, faults: {}, targetMs: 10_000 }),
    errors20pc: await measureDrain({
      ...drainBase,
      faults: { errorRate: 0.2, retryAfterSeconds: 0 },
      targetMs: 30_000,
    }),
    errors20pcRetryAfter1s: await measureDrain({
      ...drainBase,
      faults: { errorRate: 0.2, retryAfterSeconds: 1 },
      targetMs: 30_000,
    }),
  };
  const coreWith10000Pending = JSON.parse(
    execFileSync(process.execPath, [join(import.meta.dirname, 'coreRssChild.js')], { encoding: 'utf8' }),
  ) as unknown;
  // Round trips to the national system per call, the reference service answering after 200 ms.
  const roundTripsAt200ms = await measureRoundTrips(9, 200);
  const renderer = { jsGzipKB: await rendererJsGzipKB(), screenChangeAfterTap: screenChangeAfterTap() };
  const report = {
    machine: {
      cpus: (await import('node:os')).cpus().length,
      node: process.version,
      platform: process.platform,
    },
    bareFsync1KB: bareFsync,
    durableEnqueue: enqueue,
    syncDrain,
    coreWith10000Pending,
    renderer,
    roundTripsAt200ms,
    storageFaults: await measureStorageFaults(),
    targets: {
      enqueueP99Ms: 5,
      p99At10000VsAt100: '≤ 2×',
      p50VsBareFsync: '≤ 5×',
      drainNoFaultsMs: 10_000,
      drain20pcFailuresMs: 30_000,
      drainLostAndDuplicated: 0,
      coreRssMB: 200,
      rendererJsGzipKB: 200,
      screenChangeP95Ms: 100,
    },
    // This process also ran the reference service for the drains; the core's own figure is above.
    benchProcessPeakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(JSON.stringify(report, null, 2));
}

// An unhandled rejection ends the process with its stack and a non-zero code, which is what a bench should do.
void main();
