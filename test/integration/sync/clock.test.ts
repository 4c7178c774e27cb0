import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskCore } from '../../../electron/core/createKioskCore.js';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import { SyncStatus } from '../../../shared/ipc/contract.js';
import { DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { expectLedgerAgrees } from './ledgerChecks.js';
import { accountId, deviceId, openTestStore, settled, startSyncRig, testPolicy, until } from './syncRig.js';
import type { SyncRig } from './syncRig.js';

const HOUR_MS = 3_600_000;
let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('sync with a kiosk clock that is wrong', () => {
  it.each([
    ['an hour fast', HOUR_MS],
    ['an hour slow', -HOUR_MS],
    ['a day fast', 24 * HOUR_MS],
  ])('still syncs with a clock %s, correcting from the CLOCK_SKEW answer', async (_name, skewMs) => {
    const statuses: number[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).endsWith('/v1/changes')) statuses.push(response.status);
      return response;
    };
    const kioskNow = () => Date.now() + skewMs;
    rig = await startSyncRig({
      accounts: 3,
      client: { now: kioskNow, fetch: recordingFetch },
      sync: { now: kioskNow },
    });
    const receipts: ChangeReceipt[] = [];
    for (let a = 0; a < 3; a++) receipts.push(await rig.unlink(accountId(a), deviceId(a, 0)));
    rig.sync.start();
    await settled(rig);
    // Corrected and resent within the same attempt: no backoff round for a clock the kiosk can fix itself.
    for (const receipt of receipts)
      expect(rig.queue.find(receipt.changeId)).toMatchObject({ state: 'applied', attempts: 1 });
    expect(statuses[0]).toBe(401);
    expect(statuses.at(-1)).toBe(200);
    expect(Math.abs(rig.client.clockOffsetMs + skewMs)).toBeLessThan(2_000);
    expectLedgerAgrees(rig.upstream, rig.queue, receipts);
  });
});

describe('sync.status through the kiosk core', () => {
  it('answers the method and pushes the event, online once the service answered', async () => {
    rig = await startSyncRig();
    const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-core-'));
    const core = createKioskCore({
      info: {
        kioskId: DEMO_KIOSK.kioskId,
        communeName: 'Xã Thử',
        appVersion: '0.0.0-test',
        idleSeconds: { selfService: 90, assisted: 300 },
      },
      store: await openTestStore(dataDir),
      dataDir,
      upstreamUrl: rig.running.url,
      credentials: { kioskId: DEMO_KIOSK.kioskId, secret: DEMO_KIOSK.secret },
      retryPolicy: testPolicy,
    });
    try {
      const pushed: unknown[] = [];
      core.events.subscribe((event, payload) => {
        if (event === 'sync.status') pushed.push(payload);
      });
      await until(() => pushed.length > 0, 3_000, 'a sync.status event');
      const response = await core.handlers.invoke('sync.status', {});
      expect(response).toEqual({
        ok: true,
        value: { connection: 'online', pending: 0, sending: 0, blocked: 0, needsStaff: 0, ageing: 'ok' },
      });
      expect(SyncStatus.parse(pushed.at(-1))).toMatchObject({ connection: 'online' });
      expect(await core.handlers.invoke('sync.status', { extra: 1 })).toMatchObject({
        ok: false,
        error: { code: 'BAD_ARGUMENTS' },
      });
    } finally {
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
