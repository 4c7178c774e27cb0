import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import { DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { expectLedgerAgrees } from './ledgerChecks.js';
import { accountId, deviceId, settled, startSyncRig, until } from './syncRig.js';
import type { SyncRig } from './syncRig.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function unlinkEach(current: SyncRig, accounts: number, perAccount: number): Promise<ChangeReceipt[]> {
  const receipts: ChangeReceipt[] = [];
  for (let d = 0; d < perAccount; d++) {
    for (let a = 0; a < accounts; a++) receipts.push(await current.unlink(accountId(a), deviceId(a, d)));
  }
  return receipts;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sync through an outage', () => {
  it('retries many times while the service is down, and goes at once when it is back, long before its backoff', async () => {
    let jitter = 0.01;
    rig = await startSyncRig({
      accounts: 5,
      sync: { random: () => jitter, policy: { baseMs: 50, capMs: 120_000, probeIntervalMs: 10 } },
    });
    const { port } = rig.running;
    await rig.running.close();
    const receipts = await unlinkEach(rig, 5, 2);
    const head = receipts[0]?.changeId ?? '';
    rig.sync.start();
    await until(() => (rig?.queue.find(head)?.attempts ?? 0) >= 8, 5_000, 'eight failed attempts');
    // From now on the backoff is long: only noticing the service come back can beat it.
    jitter = 0.999;
    const farAhead = () => Date.parse(rig?.queue.find(head)?.nextAttemptAt ?? '0') - Date.now() > 5_000;
    await until(farAhead, 5_000, 'a long backoff');
    const scheduled = Date.parse(rig.queue.find(head)?.nextAttemptAt ?? '0');
    expect(rig.sync.status()).toMatchObject({ connection: 'offline', pending: 10 });
    expect(rig.sync.status().lastError).toEqual({ code: 'UPSTREAM_UNREACHABLE' });
    for (const receipt of receipts) expect(rig.queue.find(receipt.changeId)?.state).toBe('pending');

    rig.running = await rig.upstream.listen(port);
    await settled(rig, 3_000);
    expect(Date.now()).toBeLessThan(scheduled);
    expectLedgerAgrees(rig.upstream, rig.queue, receipts);
    await until(() => rig?.statuses.at(-1)?.connection === 'online', 2_000, 'the status to go online');
    expect(rig.sync.status()).toMatchObject({ connection: 'online', pending: 0 });
    expect(rig.sync.status().lastError).toBeUndefined();
  });

  it('notices the connection drop and return while idle, with nothing to send', async () => {
    rig = await startSyncRig({ sync: { policy: { heartbeatMs: 10 } } });
    rig.sync.start();
    await until(() => rig?.statuses.at(-1)?.connection === 'online', 2_000, 'online');
    const { port } = rig.running;
    await rig.running.close();
    await until(() => rig?.statuses.at(-1)?.connection === 'offline', 2_000, 'offline');
    rig.running = await rig.upstream.listen(port);
    await until(() => rig?.statuses.at(-1)?.connection === 'online', 2_000, 'online again');
    expect(rig.upstream.state.entryCount).toBe(0);
  });

  it('is unknown until the first answer, offline when started during an outage, and notices the return within a probe interval', async () => {
    // The idle heartbeat alone would take a minute: offline, it probes as often as during a wait.
    rig = await startSyncRig({ sync: { policy: { heartbeatMs: 60_000, probeIntervalMs: 50 } } });
    expect(rig.sync.status().connection).toBe('unknown');
    const { port } = rig.running;
    await rig.running.close();
    rig.sync.start();
    await until(() => rig?.statuses.at(-1)?.connection === 'offline', 2_000, 'offline');
    expect(rig.statuses.some((status) => status.connection === 'online')).toBe(false);
    rig.running = await rig.upstream.listen(port);
    await until(() => rig?.statuses.at(-1)?.connection === 'online', 2_000, 'online again');
  });

  it('keeps its backoff across a restart during an outage, probing instead of resending', async () => {
    rig = await startSyncRig({
      accounts: 3,
      sync: { random: () => 0.999, policy: { baseMs: 20_000, capMs: 60_000 } },
    });
    const { port } = rig.running;
    await rig.running.close();
    const receipts = await unlinkEach(rig, 3, 1);
    rig.sync.start();
    const head = receipts[0]?.changeId ?? '';
    await until(() => rig?.queue.find(head)?.nextAttemptAt !== undefined, 2_000, 'the first failure');
    expect(rig.queue.find(head)?.attempts).toBe(1);

    await rig.restartKiosk(
      {},
      { random: () => 0.999, policy: { baseMs: 20_000, capMs: 60_000, probeIntervalMs: 10 } },
    );
    rig.sync.start();
    await pause(150);
    // The persisted schedule (about 20 s away) holds: no batch went out after the restart.
    expect(rig.queue.find(head)).toMatchObject({ state: 'pending', attempts: 1 });

    rig.running = await rig.upstream.listen(port);
    await settled(rig, 3_000);
    expect(rig.queue.find(head)?.attempts).toBe(2);
    expectLedgerAgrees(rig.upstream, rig.queue, receipts);
  });

  it('resends, with the same changeIds, changes a crash left in `sending`, even ones the service already applied', async () => {
    rig = await startSyncRig({ accounts: 3 });
    const receipts = await unlinkEach(rig, 3, 1);
    const ids = receipts.map((receipt) => receipt.changeId);
    // The kiosk persisted `sending`, the first change reached the service, then the kiosk died.
    await rig.queue.markSending(ids);
    const reached = rig.queue.find(ids[0] ?? '')?.change;
    if (reached === undefined) throw new Error('change missing');
    await rig.client.submitChanges([reached]);

    await rig.restartKiosk();
    for (const changeId of ids) expect(rig.queue.find(changeId)?.state).toBe('sending');
    rig.sync.start();
    await settled(rig);
    for (const changeId of ids) expect(rig.queue.find(changeId)?.state).toBe('applied');
    expect(rig.upstream.state.entry(ids[0] ?? '')?.deliveries).toBe(2);
    expectLedgerAgrees(rig.upstream, rig.queue, receipts);
  });

  it('keeps a batch the service refuses outright (401) unsent for staff, and does not hammer it', async () => {
    const wrong = { kioskId: DEMO_KIOSK.kioskId, secret: 'not-the-secret' };
    rig = await startSyncRig({
      accounts: 4,
      client: { credentials: wrong },
      sync: { random: () => 0.5, policy: { baseMs: 10_000, capMs: 60_000 } },
    });
    const receipts = await unlinkEach(rig, 4, 1);
    rig.sync.start();
    await until(
      () => rig?.sync.status().needsStaff === 4 && rig.sync.status().pending === 4,
      2_000,
      'staff to be asked',
    );
    expect(rig.sync.status()).toMatchObject({ connection: 'online', pending: 4, needsStaff: 4 });
    expect(rig.sync.status().lastError).toEqual({
      code: 'UPSTREAM_REFUSED',
      details: { status: 401, upstreamCode: 'BAD_SIGNATURE' },
    });
    for (const receipt of receipts) {
      expect(rig.queue.find(receipt.changeId)).toMatchObject({ state: 'pending', attempts: 1 });
      expect(rig.queue.find(receipt.changeId)?.lastError).toMatch(/BAD_SIGNATURE/);
    }
    // The service answering (even a refusal) is not a reason to resend a refused batch early.
    await rig.client.probe();
    await rig.unlink(accountId(0), deviceId(0, 5));
    await pause(100);
    expect(rig.queue.find(receipts[0]?.changeId ?? '')?.attempts).toBe(1);
    expect(rig.upstream.state.entryCount).toBe(0);

    // Staff fix the kiosk's secret: the refused changes are still held (the list is durable)
    // until staff resend them on the desk; then everything goes, nothing was lost.
    await rig.replaceSync();
    rig.sync.start();
    await pause(100);
    expect(rig.upstream.state.entryCount).toBe(0);
    expect(rig.sync.status()).toMatchObject({ pending: 5, needsStaff: 4 });
    for (const receipt of receipts) await rig.sync.resend(receipt.changeId, []);
    await settled(rig);
    expect(rig.upstream.state.entryCount).toBe(5);
    await until(() => rig?.statuses.at(-1)?.needsStaff === 0, 2_000, 'staff no longer needed');
  });
});
