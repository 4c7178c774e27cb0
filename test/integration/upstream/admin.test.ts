import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/account.js';
import { referenceForChange } from '../../../shared/domain/reference.js';
import { ChangeBatchResponse, type UpstreamChange } from '../../../shared/upstream/api.js';
import { LedgerListing } from '../../../upstream/admin/adminApi.js';
import { DEMO_DEVICE_IDS, DEMO_ID_NUMBERS } from '../../../upstream/demo/demoAccounts.js';
import { makeChange, rawGet, staffEvidence, startHarness, type Harness } from './harness.js';

const DAY = 86_400_000;
const KHOA = '001200000002';

/** Locked for a terms violation that ends a week after the harness clock starts. */
function lockedForAWeek(): Account {
  return {
    idNumber: KHOA,
    fullName: 'Đỗ Văn Khoa',
    dateOfBirth: '2000-02-02',
    gender: 'male',
    level: 2,
    status: 'locked',
    lock: {
      reason: 'terms-violation',
      since: '2026-03-01T00:00:00.000Z',
      until: '2026-03-17T02:30:00.000Z',
      requestedBy: 'Trung tâm dữ liệu quốc gia về dân cư',
    },
    devices: [],
  };
}

describe('reference upstream: /admin', () => {
  const running: Harness[] = [];
  const start = async (options: Parameters<typeof startHarness>[0] = {}) => {
    const h = await startHarness({ admin: true, ...options });
    running.push(h);
    return h;
  };
  afterEach(async () => {
    for (const h of running.splice(0)) await h.close();
  });

  async function answer(h: Harness, change: UpstreamChange) {
    const reply = await h.postChanges([change]);
    expect(reply.status).toBe(200);
    const [result] = ChangeBatchResponse.parse(reply.body).results;
    return result;
  }
  const lookUp = (h: Harness, changeId: string) =>
    h.call({ method: 'GET', path: `/v1/requests/${referenceForChange(changeId)}` });

  it('does not exist unless enabled', async () => {
    const h = await startHarness();
    running.push(h);
    for (const path of ['/admin/faults', '/admin/reviews', '/admin/ledger', '/admin/clock']) {
      const reply = await h.local({ path });
      expect(reply.status).toBe(404);
      expect(reply.json.code).toBe('NOT_FOUND');
    }
    const advance = await h.local({ method: 'POST', path: '/admin/clock', body: { advanceDays: 1 } });
    expect(advance.status).toBe(404);
    expect(h.upstream.clock.offsetMs).toBe(0);
  });

  it('asks for the admin token when one is set, and refuses a Host that is not loopback', async () => {
    const h = await start({ adminToken: 'operator-secret' });
    expect((await h.local({ path: '/admin/faults' })).json.code).toBe('ADMIN_TOKEN_REQUIRED');
    const wrong = await h.local({
      path: '/admin/faults',
      headers: { authorization: 'Bearer operator-secreT' },
    });
    expect(wrong.status).toBe(401);
    const right = await h.local({
      path: '/admin/faults',
      headers: { authorization: 'Bearer operator-secret' },
    });
    expect(right.status).toBe(200);
    const rebound = await rawGet(`${h.url}/admin/faults`, {
      host: 'attacker.example',
      authorization: 'Bearer operator-secret',
    });
    expect(rebound.status).toBe(403);
  });

  it('lists a waiting unlock review, approves it: the account unlocks and the request is approved', async () => {
    const h = await start({ accounts: [lockedForAWeek()] });
    const ask = makeChange('unlock-request', KHOA, staffEvidence);
    expect(await answer(h, ask)).toMatchObject({ outcome: 'applied', code: 'REVIEW_PENDING' });
    const joined = makeChange('unlock-request', KHOA, staffEvidence);
    expect(await answer(h, joined)).toMatchObject({ outcome: 'duplicate', code: 'REVIEW_ALREADY_PENDING' });

    const listed = await h.local({ path: '/admin/reviews' });
    expect(listed.json.reviews).toEqual([
      {
        changeId: ask.changeId,
        reference: referenceForChange(ask.changeId),
        idNumberMasked: '0012****0002',
        kioskId: 'KIOSK-DEMO-01',
        receivedAt: new Date(h.clock.now()).toISOString(),
        lock: {
          reason: 'terms-violation',
          since: '2026-03-01T00:00:00.000Z',
          until: '2026-03-17T02:30:00.000Z',
        },
      },
    ]);

    h.clock.advance(60_000);
    const decided = await h.local({
      method: 'POST',
      path: `/admin/reviews/${referenceForChange(ask.changeId)}/decision`,
      body: { decision: 'approve' },
    });
    expect(decided.status).toBe(200);
    expect(decided.json).toEqual({
      changeId: ask.changeId,
      reference: referenceForChange(ask.changeId),
      requestStatus: 'approved',
      accountStatus: 'active',
    });
    expect(h.upstream.state.account(KHOA)).toMatchObject({ status: 'active' });
    expect(h.upstream.state.account(KHOA)?.lock).toBeUndefined();
    for (const changeId of [ask.changeId, joined.changeId]) {
      const status = await lookUp(h, changeId);
      expect(status.json.requestStatus).toBe('approved');
      expect(status.json.updatedAt).toBe(new Date(h.clock.now()).toISOString());
    }
    expect((await h.local({ path: '/admin/reviews' })).json.reviews).toEqual([]);

    const again = await h.local({
      method: 'POST',
      path: `/admin/reviews/${ask.changeId}/decision`,
      body: { decision: 'refuse' },
    });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('REVIEW_ALREADY_DECIDED');
  });

  it('refuses a waiting review: the request is refused and the account stays locked', async () => {
    const h = await start({ accounts: [lockedForAWeek()] });
    const ask = makeChange('unlock-request', KHOA, staffEvidence);
    await answer(h, ask);
    const decided = await h.local({
      method: 'POST',
      path: `/admin/reviews/${ask.changeId}/decision`,
      body: { decision: 'refuse' },
    });
    expect(decided.json).toMatchObject({ requestStatus: 'refused', accountStatus: 'locked' });
    expect((await lookUp(h, ask.changeId)).json).toMatchObject({
      code: 'REVIEW_PENDING',
      requestStatus: 'refused',
    });
    expect(h.upstream.state.account(KHOA)?.lock?.reason).toBe('terms-violation');
    // A new request may ask again.
    expect(await answer(h, makeChange('unlock-request', KHOA, staffEvidence))).toMatchObject({
      code: 'REVIEW_PENDING',
    });
  });

  it('answers REVIEW_NOT_FOUND for a change that is not a review, and BAD_REQUEST for a bad decision', async () => {
    const h = await start();
    const unlock = makeChange('unlock-request', DEMO_ID_NUMBERS.binh, staffEvidence);
    await answer(h, unlock);
    for (const key of [unlock.changeId, 'ABCDE-12345', 'nonsense']) {
      const reply = await h.local({
        method: 'POST',
        path: `/admin/reviews/${key}/decision`,
        body: { decision: 'approve' },
      });
      expect(reply.status).toBe(404);
      expect(reply.json.code).toBe('REVIEW_NOT_FOUND');
    }
    const bad = await h.local({
      method: 'POST',
      path: `/admin/reviews/${unlock.changeId}/decision`,
      body: { decision: 'maybe' },
    });
    expect(bad.status).toBe(400);
  });

  it('advances the business clock so a terms lock ends and an unlock request becomes applied', async () => {
    const h = await start({ accounts: [lockedForAWeek()] });
    expect(await answer(h, makeChange('unlock-request', KHOA, staffEvidence))).toMatchObject({
      code: 'REVIEW_PENDING',
    });

    const moved = await h.local({ method: 'POST', path: '/admin/clock', body: { advanceDays: 7 } });
    expect(moved.json).toEqual({ now: new Date(h.clock.now() + 7 * DAY).toISOString(), offsetMs: 7 * DAY });
    // Kiosks sign with their own clocks, near the wall clock: they are still accepted.
    const unlocked = await answer(h, makeChange('unlock-request', KHOA, staffEvidence));
    expect(unlocked).toMatchObject({
      outcome: 'applied',
      code: 'UNLOCKED',
      state: { accountStatus: 'active' },
    });
    expect((await h.local({ path: '/admin/clock' })).json.offsetMs).toBe(7 * DAY);

    for (const body of [{}, { advanceMs: -1 }, { advanceDays: 'seven' }]) {
      expect((await h.local({ method: 'POST', path: '/admin/clock', body })).status).toBe(400);
    }
    expect(h.upstream.clock.offsetMs).toBe(7 * DAY);
  });

  it('lists the ledger with masked ID numbers and how often each changeId was delivered', async () => {
    const h = await start();
    const unlink = makeChange('unlink-device', DEMO_ID_NUMBERS.an, staffEvidence, {
      deviceId: DEMO_DEVICE_IDS.anGalaxyA52,
    });
    const refused = makeChange('unlock-request', DEMO_ID_NUMBERS.cuong, staffEvidence);
    await h.postChanges([unlink, refused]);
    await h.postChanges([unlink]);
    await h.postChanges([unlink]);

    const listing = LedgerListing.parse((await h.local({ path: '/admin/ledger' })).body);
    expect(listing.total).toBe(2);
    expect(listing.countsByOutcome).toEqual({ applied: 1, duplicate: 0, conflict: 0, rejected: 1 });
    expect(listing.entries).toEqual([
      {
        changeId: unlink.changeId,
        reference: referenceForChange(unlink.changeId),
        kind: 'unlink-device',
        idNumberMasked: '0010****2345',
        kioskId: 'KIOSK-DEMO-01',
        outcome: 'applied',
        code: 'DEVICE_UNLINKED',
        appliedAt: new Date(h.clock.now()).toISOString(),
        updatedAt: new Date(h.clock.now()).toISOString(),
        deliveries: 3,
      },
      expect.objectContaining({
        changeId: refused.changeId,
        outcome: 'rejected',
        requestStatus: 'refused',
        deliveries: 1,
      }),
    ]);
    expect(JSON.stringify(listing)).not.toContain(DEMO_ID_NUMBERS.an);

    const rejectedOnly = LedgerListing.parse(
      (await h.local({ path: '/admin/ledger?outcome=rejected' })).body,
    );
    expect(rejectedOnly.entries.map((row) => row.changeId)).toEqual([refused.changeId]);
    const page = LedgerListing.parse((await h.local({ path: '/admin/ledger?offset=1&limit=1' })).body);
    expect(page.entries.map((row) => row.changeId)).toEqual([refused.changeId]);
    expect((await h.local({ path: '/admin/ledger?limit=0' })).status).toBe(400);
  });
});
