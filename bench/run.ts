import { measureBareFsync, measureEnqueue } from './enqueueLatency.js';

/** `npm run bench`: measured figures as JSON, with DESIGN §8's targets beside them. */
async function main(): Promise<void> {
  const bareFsync = await measureBareFsync();
  const enqueue: Record<string, unknown> = {};
  for (const backlog of [100, 1_000, 10_000]) enqueue[`pending${backlog}`] = await measureEnqueue(backlog);
  const report = {
    machine: {
      cpus: (await import('node:os')).cpus().length,
      node: process.version,
      platform: process.platform,
    },
    bareFsync1KB: bareFsync,
    durableEnqueue: enqueue,
    targets: {
      enqueueP99Ms: 5,
      p99At10000VsAt100: '≤ 2×',
      p50VsBareFsync: '≤ 5×',
    },
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(JSON.stringify(report, null, 2));
}

void main();
