import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/account.js';
import { ChangeBatchResponse } from '../../../shared/upstream/api.js';
import { DEMO_DEVICE_IDS, DEMO_ID_NUMBERS } from '../../../upstream/demo/demoAccounts.js';
import { makeChange, staffEvidence, startHarness, type Harness } from './harness.js';

const KHOA = '001200000002';

/** Locked after the evidence's verifiedAt (2026-03-10T02:28): the holder saw it unlocked, or locked otherwise. */
function lockedAfterVerification(): Account {
  return {
    idNumber: KHOA,
    fullName: 'Đỗ Văn Khoa',
    dateOfBirth: '2000-02-02',
    gender: 'male',
    level: 2,
    status: 'locked',
    lock: { reason: 'holder-request', since: '2026-03-10T02:28:30.000Z', requestedBy: 'Chủ tài khoản' },
    devices: [],
  };
}

describe('reference upstream: what it decides on purpose (issue 11)', () => {
  const running: Harness[] = [];
  const start = async (options: Parameters<typeof startHarness>[0] = {}) => {
    const h = await startHarness({ admin: true, ...options });
    running.push(h);
    return h;
  };
  afterEach(async () => {
    for (const h of running.splice(0)) await h.close();
  });

  it('answers conflict for the next N new changes, applies nothing, and replays the stored conflict', async () => {
    const h = await start();
    const set = await h.local({ method: 'PUT', path: '/admin/decisions', body: { conflictNextChanges: 1 } });
    expect(set.json).toMatchObject({ conflictNextChanges: 1, refuseNextBatches: 0 });
    const unlink = makeChange('unlink-device', DEMO_ID_NUMBERS.an, staffEvidence, {
      deviceId: DEMO_DEVICE_IDS.anGalaxyA52,
    });
    const first = ChangeBatchResponse.parse((await h.postChanges([unlink])).body).results[0];
    expect(first).toMatchObject({ outcome: 'conflict', code: 'DEVICE_STATE_CHANGED' });
    // The same changeId again: the stored conflict, never the unlink (the knob is used up anyway).
    const again = ChangeBatchResponse.parse((await h.postChanges([unlink])).body).results[0];
    expect(again).toMatchObject({ outcome: 'conflict', code: 'DEVICE_STATE_CHANGED' });
    const next = makeChange('unlink-device', DEMO_ID_NUMBERS.an, staffEvidence, {
      deviceId: DEMO_DEVICE_IDS.anGalaxyA52,
    });
    const applied = ChangeBatchResponse.parse((await h.postChanges([next])).body).results[0];
    expect(applied).toMatchObject({ outcome: 'applied', code: 'DEVICE_UNLINKED' });
    expect((await h.local({ path: '/admin/decisions' })).json).toMatchObject({ conflictNextChanges: 0 });
  });

  it('refuses the next N whole batches with the status and code asked for, deciding none', async () => {
    const h = await start();
    await h.local({
      method: 'PUT',
      path: '/admin/decisions',
      body: { refuseNextBatches: 1, refuseStatus: 403, refuseCode: 'BATCH_REFUSED' },
    });
    const unlink = makeChange('unlink-device', DEMO_ID_NUMBERS.an, staffEvidence, {
      deviceId: DEMO_DEVICE_IDS.anGalaxyA52,
    });
    const refused = await h.postChanges([unlink]);
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe('BATCH_REFUSED');
    expect(h.upstream.state.entry(unlink.changeId)).toBeUndefined();
    const sent = ChangeBatchResponse.parse((await h.postChanges([unlink])).body).results[0];
    expect(sent).toMatchObject({ outcome: 'applied' });
  });

  it('refuses bad knob settings and changes nothing: 429, a code it does not know', async () => {
    const h = await start();
    for (const body of [{ refuseStatus: 429 }, { refuseCode: 'MADE_UP' }, { refuseNextBatches: -1 }]) {
      const reply = await h.local({ method: 'PUT', path: '/admin/decisions', body });
      expect(reply.status).toBe(400);
    }
    expect((await h.local({ path: '/admin/decisions' })).json).toEqual({
      conflictNextChanges: 0,
      refuseNextBatches: 0,
      refuseStatus: 400,
      refuseCode: 'BATCH_REFUSED',
    });
  });

  it('answers conflict LOCK_STATE_CHANGED for an unlock request of an account locked after the verification', async () => {
    const h = await start({ accounts: [lockedAfterVerification()] });
    const unlock = makeChange('unlock-request', KHOA, staffEvidence);
    const result = ChangeBatchResponse.parse((await h.postChanges([unlock])).body).results[0];
    expect(result).toMatchObject({ outcome: 'conflict', code: 'LOCK_STATE_CHANGED' });
  });
});
