import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referenceForChange } from '../../../shared/domain/reference.js';
import {
  ChangeBatchResponse,
  RequestStatusResponse,
  type ChangeResult,
} from '../../../shared/upstream/api.js';
import type { Account, Lock } from '../../../shared/domain/account.js';
import { DEMO_ID_NUMBERS } from '../../../upstream/demo/demoAccounts.js';
import { makeChange, staffEvidence, startHarness, type Harness } from './harness.js';

describe('reference upstream: unlock requests and their references', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  async function requestUnlock(idNumber: string): Promise<ChangeResult> {
    const reply = await h.postChanges([makeChange('unlock-request', idNumber, staffEvidence)]);
    expect(reply.status).toBe(200);
    const [result] = ChangeBatchResponse.parse(reply.body).results;
    if (result === undefined) throw new Error('no result');
    return result;
  }

  async function account(idNumber: string): Promise<Account> {
    const token = await h.passcodeToken(idNumber);
    const reply = await h.call({
      method: 'GET',
      path: `/v1/accounts/${idNumber}`,
      headers: { authorization: `Bearer ${token}` },
    });
    return reply.body as Account;
  }

  const lookUp = (reference: string) => h.call({ method: 'GET', path: `/v1/requests/${reference}` });

  it.each([
    ['An (not locked)', DEMO_ID_NUMBERS.an, 'duplicate', 'NOT_LOCKED', 'active'],
    ['Bình (holder request)', DEMO_ID_NUMBERS.binh, 'applied', 'UNLOCKED', 'active'],
    ['Cường (holder deceased)', DEMO_ID_NUMBERS.cuong, 'rejected', 'HOLDER_DECEASED', 'locked'],
    ['Dung (court)', DEMO_ID_NUMBERS.dung, 'rejected', 'AUTHORITY_LOCK', 'locked'],
    ['Em (terms lock ended yesterday)', DEMO_ID_NUMBERS.em, 'applied', 'UNLOCKED', 'active'],
    ['Giang (ID card revoked)', DEMO_ID_NUMBERS.giang, 'rejected', 'CARD_REVOKED', 'locked'],
  ])('answers an unlock request for %s', async (_who, idNumber, outcome, code, statusAfter) => {
    const result = await requestUnlock(idNumber);
    expect(result).toMatchObject({ outcome, code, state: { accountStatus: statusAfter } });
    const after = await account(idNumber);
    expect(after.status).toBe(statusAfter);
    expect(after.lock === undefined).toBe(statusAfter === 'active');
  });

  it('sends a terms-violation lock that has not ended to review, and keeps it locked', async () => {
    const until = new Date(h.clock.now() + 7 * 86_400_000).toISOString();
    const local = await startHarness({ accounts: [lockedForTerms(until)] });
    try {
      const first = ChangeBatchResponse.parse(
        (await local.postChanges([makeChange('unlock-request', LOCAL_ID, staffEvidence)])).body,
      ).results[0];
      expect(first).toMatchObject({
        outcome: 'applied',
        code: 'REVIEW_PENDING',
        state: { accountStatus: 'locked', lockReason: 'terms-violation', requestStatus: 'pending-review' },
      });
      const second = ChangeBatchResponse.parse(
        (await local.postChanges([makeChange('unlock-request', LOCAL_ID, staffEvidence)])).body,
      ).results[0];
      expect(second).toMatchObject({ outcome: 'duplicate', code: 'REVIEW_ALREADY_PENDING' });

      // A week later the lock has ended: a new request unlocks, and the waiting one is settled.
      local.clock.advance(7 * 86_400_000);
      const third = ChangeBatchResponse.parse(
        (await local.postChanges([makeChange('unlock-request', LOCAL_ID, staffEvidence)])).body,
      ).results[0];
      expect(third).toMatchObject({ outcome: 'applied', code: 'UNLOCKED' });
      const status = await local.call({
        method: 'GET',
        path: `/v1/requests/${referenceForChange(first?.changeId ?? '')}`,
      });
      expect(status.json).toMatchObject({ code: 'REVIEW_PENDING', requestStatus: 'approved' });
      expect(status.json.updatedAt).not.toBe(status.json.receivedAt);
    } finally {
      await local.close();
    }
  });

  it('treats a terms-violation lock without an end as pending review', async () => {
    const local = await startHarness({ accounts: [lockedForTerms(undefined)] });
    try {
      const reply = await local.postChanges([makeChange('unlock-request', LOCAL_ID, staffEvidence)]);
      expect(ChangeBatchResponse.parse(reply.body).results[0]).toMatchObject({
        outcome: 'applied',
        code: 'REVIEW_PENDING',
      });
    } finally {
      await local.close();
    }
  });

  it.each([
    [
      'an authority lock whose term has ended',
      lockedAccount({
        reason: 'competent-authority',
        since: '2026-01-01T00:00:00.000Z',
        until: '2026-03-01T00:00:00.000Z',
        requestedBy: 'Tòa án nhân dân',
      }),
      'applied',
      'UNLOCKED',
    ],
    [
      'a deceased holder, even with an end date on the lock',
      lockedAccount({
        reason: 'holder-deceased',
        since: '2026-01-01T00:00:00.000Z',
        until: '2026-03-01T00:00:00.000Z',
        requestedBy: 'Công an xã',
      }),
      'rejected',
      'HOLDER_DECEASED',
    ],
    ['a lock without a recorded ground', lockedAccount(undefined), 'rejected', 'LOCK_NEEDS_CHECKING'],
    [
      // The decree allows authority locks on level 2 only: the kiosk says "the police must check
      // it", and the service answers the same, ended term or not.
      'an authority lock on a level-1 account, even with its term ended',
      {
        ...lockedAccount({
          reason: 'competent-authority',
          since: '2026-01-01T00:00:00.000Z',
          until: '2026-03-01T00:00:00.000Z',
          requestedBy: 'Tòa án nhân dân',
        }),
        level: 1 as const,
      },
      'rejected',
      'LOCK_NEEDS_CHECKING',
    ],
  ])('answers an unlock request on %s', async (_case, own, outcome, code) => {
    const local = await startHarness({ accounts: [own] });
    try {
      const reply = await local.postChanges([makeChange('unlock-request', LOCAL_ID, staffEvidence)]);
      expect(ChangeBatchResponse.parse(reply.body).results[0]).toMatchObject({ outcome, code });
    } finally {
      await local.close();
    }
  });

  it('finds a request by its reference, with or without the dash, in any case', async () => {
    const change = makeChange('unlock-request', DEMO_ID_NUMBERS.binh, staffEvidence);
    await h.postChanges([change]);
    const reference = referenceForChange(change.changeId);
    const receivedAt = new Date(h.clock.now()).toISOString();
    for (const typed of [reference, reference.replace('-', ''), reference.toLowerCase()]) {
      const reply = await lookUp(typed);
      expect(reply.status).toBe(200);
      expect(RequestStatusResponse.parse(reply.body)).toEqual({
        reference,
        kind: 'unlock-request',
        outcome: 'applied',
        code: 'UNLOCKED',
        message: expect.any(String),
        requestStatus: 'approved',
        // The kiosk's time, as on its slip, beside this service's own.
        acceptedAt: change.createdAt,
        receivedAt,
        updatedAt: receivedAt,
      });
    }
  });

  it('reports a refused unlock request as refused', async () => {
    const change = makeChange('unlock-request', DEMO_ID_NUMBERS.cuong, staffEvidence);
    await h.postChanges([change]);
    const reply = await lookUp(referenceForChange(change.changeId));
    expect(reply.json).toMatchObject({
      outcome: 'rejected',
      code: 'HOLDER_DECEASED',
      requestStatus: 'refused',
    });
  });

  it('answers an unknown reference with REQUEST_NOT_FOUND and a malformed one with BAD_REQUEST', async () => {
    const unknown = await lookUp('ABCDE-12345');
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('REQUEST_NOT_FOUND');
    const malformed = await lookUp('not-a-code');
    expect(malformed.status).toBe(400);
    expect(malformed.json.code).toBe('BAD_REQUEST');
  });
});

const LOCAL_ID = '001200000002';

function lockedForTerms(until: string | undefined): Account {
  return lockedAccount({
    reason: 'terms-violation',
    since: '2026-03-01T00:00:00.000Z',
    ...(until === undefined ? {} : { until }),
    requestedBy: 'Trung tâm dữ liệu quốc gia về dân cư',
  });
}

function lockedAccount(lock: Lock | undefined): Account {
  return {
    idNumber: LOCAL_ID,
    fullName: 'Đỗ Văn Khoa',
    dateOfBirth: '2000-02-02',
    gender: 'male',
    level: 2,
    status: 'locked',
    ...(lock === undefined ? {} : { lock }),
    devices: [],
  };
}
