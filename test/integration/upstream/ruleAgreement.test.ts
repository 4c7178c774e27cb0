import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account, AccountLevel, LockReason } from '../../../shared/domain/account.js';
import { lockReasons } from '../../../shared/domain/account.js';
import { accountContentProblems } from '../../../shared/rules/accountContents.js';
import { unlockEligibility, type UnlockOutcome } from '../../../shared/rules/unlockEligibility.js';
import { AccountResponse, ChangeBatchResponse } from '../../../shared/upstream/api.js';
import { DEMO_ID_NUMBERS } from '../../../upstream/demo/demoAccounts.js';
import { makeChange, staffEvidence, startHarness, type Harness } from './harness.js';

const DAY = 86_400_000;
type Term = 'no end' | 'not ended' | 'ended';
const terms: Term[] = ['no end', 'not ended', 'ended'];

/** What the kiosk tells the citizen before sending, and what the service must then answer. */
const answerFor: Record<UnlockOutcome, string> = {
  'can-unlock-now': 'applied UNLOCKED',
  'needs-review': 'applied REVIEW_PENDING',
  'go-to-commune-police': 'rejected',
  'cannot-unlock': 'rejected',
  'not-locked': 'duplicate NOT_LOCKED',
};

describe('the kiosk’s eligibility and the service’s answer agree, over the real API', () => {
  const startMs = Date.parse('2026-03-10T02:30:00.000Z');
  const cases = lockReasons.flatMap((reason) =>
    ([1, 2] as AccountLevel[]).flatMap((level) => terms.map((term) => ({ reason, level, term }))),
  );
  const accounts: Account[] = cases.map(({ reason, level, term }, index) => ({
    // 12 digits, unique per case; the service does not check the province rules.
    idNumber: `0012000${String(index).padStart(5, '0')}`,
    fullName: `Case ${reason} ${level} ${term}`,
    dateOfBirth: '2000-01-01',
    gender: 'male',
    level,
    status: 'locked',
    lock: {
      reason: reason as LockReason,
      since: new Date(startMs - 30 * DAY).toISOString(),
      ...(term === 'no end'
        ? {}
        : { until: new Date(startMs + (term === 'ended' ? -DAY : DAY)).toISOString() }),
      requestedBy: 'test',
    },
    devices: [],
  }));

  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ accounts });
  });
  afterAll(async () => {
    await h.close();
  });

  it.each(cases.map((testCase, index) => [testCase.reason, testCase.level, testCase.term, index] as const))(
    '%s, level %i, %s',
    async (_reason, _level, _term, index) => {
      const account = accounts[index];
      if (account === undefined) throw new Error('no account');
      const promised = answerFor[unlockEligibility(account, h.clock.now()).outcome];
      const reply = await h.postChanges([makeChange('unlock-request', account.idNumber, staffEvidence)]);
      const [result] = ChangeBatchResponse.parse(reply.body).results;
      const answered = `${result?.outcome} ${result?.code}`;
      expect(answered.startsWith(promised)).toBe(true);
    },
  );
});

describe('demo accounts: contents agree with their level (DESIGN §1, §9)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it.each(Object.entries(DEMO_ID_NUMBERS))('%s', async (_who, idNumber) => {
    const token = await h.passcodeToken(idNumber);
    const reply = await h.call({
      method: 'GET',
      path: `/v1/accounts/${idNumber}`,
      headers: { authorization: `Bearer ${token}` },
    });
    const account = AccountResponse.parse(reply.body);
    expect(accountContentProblems(account)).toEqual([]);
    expect(account.biometrics).toEqual(
      account.level === 2 ? { portrait: true, fingerprints: true } : { portrait: false, fingerprints: false },
    );
    if (account.level === 1) expect(account.papers ?? []).toEqual([]);
    for (const paper of account.papers ?? []) expect(paper.numberMasked).toContain('*');
    if (account.registeredPhoneMasked !== undefined)
      expect(account.registeredPhoneMasked).toMatch(/^0\d{2}\*{4}\d{3}$/);
  });

  it('links papers to An, the level-2 account a demo shows first', async () => {
    const account = h.upstream.state.account(DEMO_ID_NUMBERS.an);
    expect(account?.papers?.map((paper) => paper.kind)).toEqual([
      'driving-licence',
      'vehicle-registration',
      'health-insurance-card',
    ]);
  });

  it('refuses to start with an account whose contents disagree with its level', () => {
    const an = h.upstream.state.account(DEMO_ID_NUMBERS.an);
    if (an === undefined) throw new Error('no An');
    return expect(startHarness({ accounts: [{ ...an, level: 1 }] })).rejects.toThrow(/disagree with level 1/);
  });
});
