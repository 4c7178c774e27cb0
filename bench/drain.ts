import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KioskEventHub } from '../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../electron/core/queue/ChangeQueue.js';
import { keyFileSource } from '../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../electron/core/store/openKioskStore.js';
import { ChangeSync } from '../electron/core/sync/ChangeSync.js';
import { UpstreamClient } from '../electron/core/upstream/UpstreamClient.js';
import type { ChangeState } from '../shared/domain/change.js';
import type { ChangeReceipt } from '../shared/ipc/contract.js';
import { DEMO_KIOSK } from '../upstream/demo/demoAccounts.js';
import type { FaultKnobs } from '../upstream/faults/faultKnobs.js';
import { seededRandom } from '../upstream/faults/seededRandom.js';
import { createReferenceUpstream } from '../upstream/server.js';
import { benchAccounts } from './benchAccounts.js';
import { auditDrain } from './drainLedger.js';
import type { DrainAudit } from './drainLedger.js';

export interface DrainScenario {
  changes: number;
  /** Changes are spread over this many accounts, each account's in order, interleaved at random. */
  accounts: number;
  faults: Partial<FaultKnobs>;
  targetMs: number;
  /** Seed of the service's fault decisions; the run is repeatable for a given seed. */
  faultSeed?: number;
  /** Batches in flight at once; the engine's default when absent. */
  maxInFlight?: number;
}

export interface DrainFigures extends DrainAudit {
  changes: number;
  accounts: number;
  faults: Partial<FaultKnobs>;
  drainMs: number;
  targetMs: number;
  withinTarget: boolean;
  batchRequests: number;
  failedRequests: number;
  /** The share of batch requests the faults actually hit in this run (the knob is a probability). */
  failureShare: number;
}

const GIVE_UP_MS = 180_000;
const FINAL: ReadonlySet<ChangeState> = new Set(['applied', 'duplicate', 'conflict', 'rejected']);

/** The order an office would queue them in: accounts interleaved at random, each account's changes in order. */
function unlinkPlan(changes: number, accounts: number, random: () => number): [number, number][] {
  const perAccount = Math.ceil(changes / accounts);
  const slots: number[] = [];
  for (let a = 0; a < accounts; a++) for (let d = 0; d < perAccount; d++) slots.push(a);
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [slots[i], slots[j]] = [slots[j] as number, slots[i] as number];
  }
  const next = new Array<number>(accounts).fill(0);
  return slots.slice(0, changes).map((account) => {
    const position = next[account] ?? 0;
    next[account] = position + 1;
    return [account, position];
  });
}

/**
 * DESIGN §8: the time to drain `changes` queued changes to the reference service on loopback,
 * with the kiosk's production retry policy and its real store (journal, encryption, archive).
 * The clock starts when sync starts and stops when the last change has its final state.
 */
export async function measureDrain(scenario: DrainScenario): Promise<DrainFigures> {
  const perAccount = Math.ceil(scenario.changes / scenario.accounts);
  const upstream = createReferenceUpstream({
    kiosks: { [DEMO_KIOSK.kioskId]: DEMO_KIOSK.secret },
    accounts: benchAccounts(scenario.accounts, { devices: perAccount, activeIndex: 0 }),
    faults: scenario.faults,
    faultSeed: scenario.faultSeed ?? 1,
    reportError: () => undefined,
    log: () => undefined,
  });
  const running = await upstream.listen(0);
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-drain-'));
  try {
    const store = await openKioskStore({ dataDir: dir, keySource: keyFileSource(join(dir, 'kiosk.key')) });
    const events = new KioskEventHub();
    const queue = new ChangeQueue(store, events);
    const accepted: string[] = [];
    for (const [account, device] of unlinkPlan(scenario.changes, scenario.accounts, seededRandom(7))) {
      const receipt = await queue.accept({
        kind: 'unlink-device',
        idNumber: `04209${String(account).padStart(7, '0')}`,
        deviceId: `dev-${account}-${device}`,
        evidence: { method: 'staff', verifiedAt: new Date().toISOString(), staffId: 'CB01' },
      });
      accepted.push(receipt.changeId);
    }

    let batchRequests = 0;
    let failedRequests = 0;
    // Batches only: the probe at start is a GET and not part of the drain's work.
    const countingFetch: typeof fetch = async (input, init) => {
      const isBatch = String(input).endsWith('/v1/changes');
      if (isBatch) batchRequests += 1;
      try {
        const response = await fetch(input, init);
        if (isBatch && !response.ok) failedRequests += 1;
        return response;
      } catch (error) {
        if (isBatch) failedRequests += 1;
        throw error;
      }
    };
    const client = new UpstreamClient({
      baseUrl: running.url,
      credentials: { kioskId: DEMO_KIOSK.kioskId, secret: DEMO_KIOSK.secret },
      fetch: countingFetch,
    });
    const sync = new ChangeSync(queue, client, events, {
      random: seededRandom(99),
      ...(scenario.maxInFlight === undefined ? {} : { maxInFlight: scenario.maxInFlight }),
    });
    const finalStates = new Map<string, ChangeState>();
    const drained = new Promise<void>((resolve, reject) => {
      const giveUp = setTimeout(
        () => reject(new Error(`drain not done after ${GIVE_UP_MS} ms: ${JSON.stringify(sync.status())}`)),
        GIVE_UP_MS,
      );
      events.subscribe((event, payload) => {
        if (event !== 'change.updated') return;
        const { changeId, state } = payload as ChangeReceipt;
        if (!FINAL.has(state) || finalStates.has(changeId)) return;
        finalStates.set(changeId, state);
        if (finalStates.size === accepted.length) {
          clearTimeout(giveUp);
          resolve();
        }
      });
    });

    const started = performance.now();
    let drainMs: number;
    try {
      sync.start();
      await drained;
      drainMs = Math.round(performance.now() - started);
    } finally {
      await sync.stop();
      await store.close();
    }
    const audit = auditDrain(accepted, finalStates, upstream.state);
    return {
      changes: scenario.changes,
      accounts: scenario.accounts,
      faults: scenario.faults,
      drainMs,
      targetMs: scenario.targetMs,
      withinTarget: drainMs <= scenario.targetMs,
      batchRequests,
      failedRequests,
      failureShare: Math.round((failedRequests / Math.max(batchRequests, 1)) * 1000) / 1000,
      ...audit,
    };
  } finally {
    await running.close();
    await rm(dir, { recursive: true, force: true });
  }
}
