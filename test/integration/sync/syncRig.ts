import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KioskEventHub } from '../../../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../../../electron/core/queue/ChangeQueue.js';
import type { DataKeySource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { ChangeSync } from '../../../electron/core/sync/ChangeSync.js';
import type { ChangeSyncOptions } from '../../../electron/core/sync/ChangeSync.js';
import { UpstreamClient } from '../../../electron/core/upstream/UpstreamClient.js';
import type { UpstreamClientOptions } from '../../../electron/core/upstream/UpstreamClient.js';
import type { Account } from '../../../shared/domain/account.js';
import type { ChangeState } from '../../../shared/domain/change.js';
import type { ChangeReceipt, SyncStatus } from '../../../shared/ipc/contract.js';
import { DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import type { FaultKnobs } from '../../../upstream/faults/faultKnobs.js';
import { createReferenceUpstream } from '../../../upstream/server.js';
import type { ReferenceUpstream, RunningUpstream } from '../../../upstream/server.js';

export const DEVICES_PER_ACCOUNT = 8;

/** `count` active level-1 accounts with DEVICES_PER_ACCOUNT devices each, ids 0420900000xx. */
export function syncAccounts(count: number, firstSeen = '2025-01-01T00:00:00.000Z'): Account[] {
  return Array.from({ length: count }, (_, i) => ({
    idNumber: accountId(i),
    fullName: `Công dân ${i}`,
    dateOfBirth: '1990-01-01',
    gender: 'male' as const,
    level: 1 as const,
    status: 'active' as const,
    devices: Array.from({ length: DEVICES_PER_ACCOUNT }, (_d, d) => ({
      deviceId: deviceId(i, d),
      name: `Phone ${d}`,
      model: 'Model',
      os: 'Android 14',
      firstSeen,
      lastSeen: firstSeen,
      active: d === 0,
    })),
  }));
}

export const accountId = (i: number): string => `04209${String(i).padStart(7, '0')}`;
export const deviceId = (account: number, device: number): string => `dev-${account}-${device}`;
/** An account the service does not know: every change on it is rejected (ACCOUNT_NOT_FOUND). */
export const UNKNOWN_ACCOUNT = '042099999999';

const testKey: DataKeySource = { describe: () => 'test key', load: async () => Buffer.alloc(32, 7) };

/** The real store, in its own temp folder; nothing is folded away to the archive during a test. */
export function openTestStore(dataDir: string): Promise<KioskStore> {
  return openKioskStore({ dataDir, keySource: testKey, foldAfterRecords: 1_000_000 });
}

/** Tiny waits: a test must not sit out a real backoff. */
export const testPolicy = { baseMs: 5, capMs: 40, probeIntervalMs: 10, maxRetryAfterMs: 40 };

export interface RigOptions {
  accounts?: number;
  faults?: Partial<FaultKnobs>;
  faultSeed?: number;
  client?: Partial<UpstreamClientOptions>;
  sync?: ChangeSyncOptions;
}

export interface SyncRig {
  upstream: ReferenceUpstream;
  running: RunningUpstream;
  store: KioskStore;
  events: KioskEventHub;
  queue: ChangeQueue;
  client: UpstreamClient;
  sync: ChangeSync;
  statuses: SyncStatus[];
  /** The last state each change was seen in, from the queue's own events. */
  lastState: Map<string, ChangeState>;
  dataDir: string;
  unlink: (idNumber: string, device: string) => Promise<ChangeReceipt>;
  /** A new sync engine (and client) on the same queue, as after a restart with other settings. */
  replaceSync: (client?: Partial<UpstreamClientOptions>, sync?: ChangeSyncOptions) => Promise<void>;
  /** The kiosk process restarts: the store is closed and reopened from disk under a new queue and engine. */
  restartKiosk: (client?: Partial<UpstreamClientOptions>, sync?: ChangeSyncOptions) => Promise<void>;
  close: () => Promise<void>;
}

export async function startSyncRig(options: RigOptions = {}): Promise<SyncRig> {
  const upstream = createReferenceUpstream({
    kiosks: { [DEMO_KIOSK.kioskId]: DEMO_KIOSK.secret },
    accounts: syncAccounts(options.accounts ?? 20),
    faults: options.faults ?? {},
    faultSeed: options.faultSeed ?? 1,
    reportError: () => undefined,
    log: () => undefined,
  });
  const running = await upstream.listen(0);
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-sync-'));
  const store = await openTestStore(dataDir);
  const events = new KioskEventHub();
  const statuses: SyncStatus[] = [];
  const lastState = new Map<string, ChangeState>();
  events.subscribe((event, payload) => {
    if (event === 'sync.status') statuses.push(payload as SyncStatus);
    if (event === 'change.updated') {
      const receipt = payload as ChangeReceipt;
      lastState.set(receipt.changeId, receipt.state);
    }
  });
  const build = (
    queue: ChangeQueue,
    client: Partial<UpstreamClientOptions> = {},
    sync: ChangeSyncOptions = {},
  ): { client: UpstreamClient; sync: ChangeSync } => {
    const upstreamClient = new UpstreamClient({
      baseUrl: running.url,
      credentials: { kioskId: DEMO_KIOSK.kioskId, secret: DEMO_KIOSK.secret },
      timeoutMs: 2_000,
      ...client,
    });
    const engine = new ChangeSync(queue, upstreamClient, events, {
      statusIntervalMs: 5,
      ...sync,
      policy: { ...testPolicy, ...sync.policy },
    });
    return { client: upstreamClient, sync: engine };
  };
  const queue = new ChangeQueue(store, events);
  const rig: SyncRig = {
    upstream,
    running,
    store,
    events,
    queue,
    ...build(queue, options.client, options.sync),
    statuses,
    lastState,
    dataDir,
    unlink: (idNumber, device) =>
      rig.queue.accept({
        kind: 'unlink-device',
        idNumber,
        deviceId: device,
        evidence: { method: 'staff', verifiedAt: new Date().toISOString(), staffId: 'CB01' },
      }),
    async replaceSync(client, sync) {
      await rig.sync.stop();
      Object.assign(rig, build(rig.queue, client, sync));
    },
    async restartKiosk(client, sync) {
      await rig.sync.stop();
      await rig.store.close();
      rig.store = await openTestStore(dataDir);
      rig.queue = new ChangeQueue(rig.store, events);
      Object.assign(rig, build(rig.queue, client, sync));
    },
    async close() {
      await rig.sync.stop();
      await rig.store.close();
      await rig.running.close().catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return rig;
}

/** Resolves once nothing is pending or sending (blocked changes wait for staff); fails after `timeoutMs`. */
export async function settled(rig: SyncRig, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const owed = rig.queue.unfinished().filter((entry) => entry.state !== 'blocked');
    if (owed.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `${owed.length} changes still owed after ${timeoutMs} ms: ${JSON.stringify(rig.sync.status())}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function until(condition: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
