import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import { SyncStatus } from '../../../shared/ipc/contract.js';
import { expectLedgerAgrees } from './ledgerChecks.js';
import { accountId, deviceId, settled, startSyncRig, until } from './syncRig.js';
import type { RigOptions, SyncRig } from './syncRig.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

/** `perAccount` unlinks on each of `accounts` accounts, interleaved the way a busy office queues them. */
async function queueUnlinks(
  current: SyncRig,
  accounts: number,
  perAccount: number,
): Promise<ChangeReceipt[]> {
  const receipts: ChangeReceipt[] = [];
  for (let d = 0; d < perAccount; d++) {
    for (let a = 0; a < accounts; a++) receipts.push(await current.unlink(accountId(a), deviceId(a, d)));
  }
  return receipts;
}

async function drainUnder(options: RigOptions, accounts = 20, perAccount = 6) {
  rig = await startSyncRig({ accounts, ...options });
  const receipts = await queueUnlinks(rig, accounts, perAccount);
  rig.sync.start();
  await settled(rig, 15_000);
  expectLedgerAgrees(rig.upstream, rig.queue, receipts);
  return { current: rig, receipts };
}

describe('sync against the reference service, with its fault knobs', () => {
  it('drains a queue of many accounts in batches, every change applied once, in account order', async () => {
    const { current, receipts } = await drainUnder({ faults: {} }, 30, 5);
    expect(receipts.every((receipt) => current.queue.find(receipt.changeId)?.state === 'applied')).toBe(true);
    expect(current.upstream.state.entries().every((entry) => entry.deliveries === 1)).toBe(true);
    // The status catches up within its publishing interval.
    await until(() => current.statuses.at(-1)?.sending === 0, 2_000, 'a final sync.status');
    const last = current.statuses.at(-1);
    expect(SyncStatus.parse(last)).toMatchObject({
      connection: 'online',
      pending: 0,
      sending: 0,
      blocked: 0,
      needsStaff: 0,
    });
    expect(last?.lastSuccessAt).toBeDefined();
  });

  it('gets everything through a 40% error rate (503 and 429 with Retry-After)', async () => {
    const { current } = await drainUnder({ faults: { errorRate: 0.4, retryAfterSeconds: 0 }, faultSeed: 11 });
    // The faults did happen: some attempts failed and were retried.
    const attempts = current.queue.unfinished().length === 0 ? maxAttempts(current) : 0;
    expect(attempts).toBeGreaterThan(1);
    expect(current.statuses.some((status) => status.lastError !== undefined)).toBe(true);
  });

  it('resends a batch whose answer was lost after it was applied: same changeIds, stored results, no second effect', async () => {
    const { current, receipts } = await drainUnder({ faults: { loseResponseRate: 0.5 }, faultSeed: 5 });
    const replayed = current.upstream.state.entries().filter((entry) => entry.deliveries > 1);
    expect(replayed.length).toBeGreaterThan(0);
    // The kiosk learnt the stored result, "applied", not a fresh "duplicate".
    for (const receipt of receipts) expect(current.queue.find(receipt.changeId)?.state).toBe('applied');
  });

  it('gets everything through dropped connections', async () => {
    const { current } = await drainUnder({ faults: { dropRate: 0.4 }, faultSeed: 9 });
    expect(maxAttempts(current)).toBeGreaterThan(1);
  });

  it('gets everything through all of it at once', async () => {
    await drainUnder({
      faults: {
        errorRate: 0.2,
        dropRate: 0.2,
        loseResponseRate: 0.2,
        retryAfterSeconds: 0,
        latencyJitterMs: 3,
      },
      faultSeed: 21,
    });
  });

  it('waits at least the Retry-After the service sends before trying again', async () => {
    const sentAt: number[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      if (String(input).endsWith('/v1/changes')) sentAt.push(Date.now());
      return fetch(input, init);
    };
    rig = await startSyncRig({
      faults: { errorRate: 1, errorStatuses: [429], retryAfterSeconds: 1 },
      client: { fetch: recordingFetch },
      sync: { policy: { maxRetryAfterMs: 60_000 } },
    });
    const receipt = await rig.unlink(accountId(0), deviceId(0, 0));
    rig.sync.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sentAt).toHaveLength(1);
    expect(rig.queue.find(receipt.changeId)).toMatchObject({ state: 'pending' });
    rig.upstream.faults.update({ errorRate: 0 });
    await settled(rig, 5_000);
    expect(sentAt).toHaveLength(2);
    expect((sentAt[1] ?? 0) - (sentAt[0] ?? 0)).toBeGreaterThanOrEqual(1_000);
  });
});

function maxAttempts(current: SyncRig): number {
  return Math.max(...current.store.read().changes.map((entry) => entry.attempts));
}
