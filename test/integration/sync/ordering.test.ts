import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import { MAX_CHANGES_PER_BATCH } from '../../../shared/upstream/api.js';
import { expectLedgerAgrees } from './ledgerChecks.js';
import { accountId, deviceId, settled, startSyncRig, UNKNOWN_ACCOUNT, until } from './syncRig.js';
import type { SyncRig } from './syncRig.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

/** A fetch that records how many changes each batch carried, and can rewrite answers on the way back. */
function batchRecorder(rewrite?: (body: { results: { changeId: string }[] }, call: number) => unknown) {
  const sizes: number[] = [];
  const fetchStub: typeof fetch = async (input, init) => {
    const isBatch = String(input).endsWith('/v1/changes');
    if (isBatch) sizes.push((JSON.parse(String(init?.body)) as { changes: unknown[] }).changes.length);
    const response = await fetch(input, init);
    if (!isBatch || rewrite === undefined || response.status !== 200) return response;
    const body = rewrite((await response.json()) as { results: { changeId: string }[] }, sizes.length);
    return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
  };
  return { sizes, fetchStub };
}

describe('sync order and poison changes', () => {
  it('sends at most 100 changes a batch', async () => {
    const { sizes, fetchStub } = batchRecorder();
    rig = await startSyncRig({ accounts: 150, client: { fetch: fetchStub } });
    const receipts: ChangeReceipt[] = [];
    for (let a = 0; a < 150; a++) receipts.push(await rig.unlink(accountId(a), deviceId(a, 1)));
    rig.sync.start();
    await settled(rig);
    expect(sizes).toEqual([MAX_CHANGES_PER_BATCH, 50]);
    expectLedgerAgrees(rig.upstream, rig.queue, receipts);
  });

  it('lets a rejected change stall neither other accounts nor anything but the later changes of its own', async () => {
    rig = await startSyncRig({ accounts: 3 });
    const poison = await rig.unlink(UNKNOWN_ACCOUNT, 'dev-x-1');
    const receipts = [poison];
    for (let d = 0; d < 3; d++) {
      receipts.push(await rig.unlink(accountId(0), deviceId(0, d)));
      receipts.push(await rig.unlink(UNKNOWN_ACCOUNT, `dev-x-${d + 2}`));
      receipts.push(await rig.unlink(accountId(1), deviceId(1, d)));
    }
    rig.sync.start();
    await settled(rig);

    const stateOf = (receipt: ChangeReceipt) => rig?.queue.find(receipt.changeId);
    expect(stateOf(poison)).toMatchObject({ state: 'rejected', outcomeCode: 'ACCOUNT_NOT_FOUND' });
    const behind = receipts.filter(
      (r, i) => i > 0 && rig?.queue.find(r.changeId)?.change.idNumber === UNKNOWN_ACCOUNT,
    );
    expect(behind).toHaveLength(3);
    for (const receipt of behind)
      expect(stateOf(receipt)).toMatchObject({ state: 'blocked', blockedBy: poison.changeId });
    const others = receipts.filter((r) => rig?.queue.find(r.changeId)?.change.idNumber !== UNKNOWN_ACCOUNT);
    for (const receipt of others) expect(stateOf(receipt)?.state).toBe('applied');
    expectLedgerAgrees(rig.upstream, rig.queue, receipts);
    await until(() => rig?.statuses.at(-1)?.blocked === 3, 2_000, 'the status to show the blocked changes');
    expect(rig.sync.status()).toMatchObject({ pending: 0, blocked: 3, needsStaff: 1 });

    // A change accepted later on the same account joins the queue behind the blocked ones.
    const later = await rig.unlink(UNKNOWN_ACCOUNT, 'dev-x-9');
    await until(() => stateOf(later)?.state === 'blocked', 2_000, 'the later change to be blocked');
    expect(stateOf(later)?.blockedBy).toBe(poison.changeId);
    expect(rig.upstream.state.entry(later.changeId)).toBeUndefined();

    // Staff release them: they go, in order; the first is rejected too and holds back the rest.
    const [first, ...rest] = [...behind, later];
    await rig.queue.release([...behind, later].map((r) => r.changeId));
    await settled(rig);
    expect(stateOf(first as ChangeReceipt)?.state).toBe('rejected');
    for (const receipt of rest)
      expect(stateOf(receipt)).toMatchObject({ state: 'blocked', blockedBy: first?.changeId });
    expectLedgerAgrees(rig.upstream, rig.queue, [...receipts, later]);
  });

  it('treats a change missing from the batch answer as not sent, and resends it with the same changeId', async () => {
    const { sizes, fetchStub } = batchRecorder((body, call) =>
      call === 1 ? { results: body.results.slice(0, -2) } : body,
    );
    rig = await startSyncRig({ accounts: 5, client: { fetch: fetchStub } });
    const receipts: ChangeReceipt[] = [];
    for (let a = 0; a < 5; a++) receipts.push(await rig.unlink(accountId(a), deviceId(a, 0)));
    rig.sync.start();
    await settled(rig);
    expect(sizes).toEqual([5, 2]);
    const replayed = rig.upstream.state.entries().filter((entry) => entry.deliveries === 2);
    expect(replayed.map((entry) => entry.change.changeId)).toEqual(receipts.slice(-2).map((r) => r.changeId));
    for (const receipt of receipts) expect(rig.queue.find(receipt.changeId)?.state).toBe('applied');
    expectLedgerAgrees(rig.upstream, rig.queue, receipts);
  });

  it('sends a later change of an account only after the earlier one has its answer', async () => {
    const { sizes, fetchStub } = batchRecorder();
    rig = await startSyncRig({ accounts: 2, client: { fetch: fetchStub } });
    const receipts: ChangeReceipt[] = [];
    for (let d = 0; d < 4; d++) receipts.push(await rig.unlink(accountId(0), deviceId(0, d)));
    receipts.push(await rig.unlink(accountId(1), deviceId(1, 0)));
    rig.sync.start();
    await settled(rig);
    expect(sizes).toEqual([2, 1, 1, 1]);
    expectLedgerAgrees(rig.upstream, rig.queue, receipts);
  });
});
