import { describe, expect, it } from 'vitest';
import type { AccountLevel, Lock, LockReason } from '../../../shared/domain/account.js';
import { lockReasons } from '../../../shared/domain/account.js';
import { decideUnlockRequest } from '../../../shared/rules/unlockDecision.js';
import { unlockEligibility, type UnlockOutcome } from '../../../shared/rules/unlockEligibility.js';
import { changeResultCodes } from '../../../shared/upstream/api.js';
import { DEMO_NOW, demoAccounts } from './fixtures/demoAccounts.js';

const NOW = new Date('2026-03-15T03:00:00.000Z');
const DAY = 86_400_000;
const at = (offsetMs: number): string => new Date(NOW.getTime() + offsetMs).toISOString();

type Term = 'no end' | 'not ended' | 'ended';
const terms: Term[] = ['no end', 'not ended', 'ended'];
const lockOf = (reason: LockReason, term: Term): Lock => ({
  reason,
  since: at(-30 * DAY),
  ...(term === 'no end' ? {} : { until: at(term === 'ended' ? -DAY : DAY) }),
  requestedBy: 'test',
});

/** What the kiosk promises for each eligibility outcome, as the service must answer it. */
const promised: Record<UnlockOutcome, { outcome: string; unlocks: boolean }> = {
  'can-unlock-now': { outcome: 'applied', unlocks: true },
  'needs-review': { outcome: 'applied', unlocks: false },
  'go-to-commune-police': { outcome: 'rejected', unlocks: false },
  'cannot-unlock': { outcome: 'rejected', unlocks: false },
  'not-locked': { outcome: 'duplicate', unlocks: false },
};

const cases = lockReasons.flatMap((reason) =>
  ([1, 2] as AccountLevel[]).flatMap((level) => terms.map((term) => [reason, level, term] as const)),
);

describe('decideUnlockRequest: the service answers what the kiosk promised', () => {
  it.each(cases)('%s, level %i, %s', (reason, level, term) => {
    const subject = { status: 'locked' as const, level, lock: lockOf(reason, term) };
    const eligibility = unlockEligibility(subject, NOW);
    const decision = decideUnlockRequest(subject, NOW);
    expect(decision.eligibility).toEqual(eligibility);
    expect({ outcome: decision.outcome, unlocks: decision.unlocks }).toEqual(promised[eligibility.outcome]);
    expect(changeResultCodes).toContain(decision.code);
  });
});

describe('decideUnlockRequest: codes per ground', () => {
  it.each([
    ['holder-request', 2, 'no end', 'applied', 'UNLOCKED', 'approved'],
    ['terms-violation', 1, 'ended', 'applied', 'UNLOCKED', 'approved'],
    ['terms-violation', 2, 'not ended', 'applied', 'REVIEW_PENDING', 'pending-review'],
    ['terms-violation', 2, 'no end', 'applied', 'REVIEW_PENDING', 'pending-review'],
    ['id-card-revoked', 1, 'no end', 'rejected', 'CARD_REVOKED', 'refused'],
    ['id-card-revoked', 2, 'ended', 'applied', 'UNLOCKED', 'approved'],
    ['competent-authority', 2, 'not ended', 'rejected', 'AUTHORITY_LOCK', 'refused'],
    ['competent-authority', 2, 'ended', 'applied', 'UNLOCKED', 'approved'],
    // The known difference, decided once: the decree allows no authority lock on level 1, so such
    // a lock is bad data for the police to check, ended or not, at the kiosk and at the service.
    ['competent-authority', 1, 'not ended', 'rejected', 'LOCK_NEEDS_CHECKING', 'refused'],
    ['competent-authority', 1, 'ended', 'rejected', 'LOCK_NEEDS_CHECKING', 'refused'],
    ['holder-deceased', 2, 'ended', 'rejected', 'HOLDER_DECEASED', 'refused'],
  ] as const)('%s, level %i, %s → %s %s (%s)', (reason, level, term, outcome, code, requestStatus) => {
    const decision = decideUnlockRequest({ status: 'locked', level, lock: lockOf(reason, term) }, NOW);
    expect(decision).toMatchObject({ outcome, code, requestStatus });
  });

  it('answers a second request while one waits for review with duplicate REVIEW_ALREADY_PENDING', () => {
    const subject = {
      status: 'locked' as const,
      level: 2 as const,
      lock: lockOf('terms-violation', 'not ended'),
    };
    expect(decideUnlockRequest(subject, NOW, true)).toMatchObject({
      outcome: 'duplicate',
      code: 'REVIEW_ALREADY_PENDING',
      requestStatus: 'pending-review',
      unlocks: false,
    });
    // A pending review does not hold back an unlock the rules allow.
    const ended = { ...subject, lock: lockOf('terms-violation', 'ended') };
    expect(decideUnlockRequest(ended, NOW, true)).toMatchObject({ code: 'UNLOCKED' });
  });

  it('answers an active account with duplicate NOT_LOCKED and no request status', () => {
    const decision = decideUnlockRequest({ status: 'active', level: 2 }, NOW);
    expect(decision).toMatchObject({ outcome: 'duplicate', code: 'NOT_LOCKED', unlocks: false });
    expect(decision.requestStatus).toBeUndefined();
  });

  it('refuses a locked account without a ground with LOCK_NEEDS_CHECKING', () => {
    expect(decideUnlockRequest({ status: 'locked', level: 2 }, NOW)).toMatchObject({
      outcome: 'rejected',
      code: 'LOCK_NEEDS_CHECKING',
    });
  });

  it.each([
    ['An', demoAccounts.an, 'NOT_LOCKED'],
    ['Bình', demoAccounts.binh, 'UNLOCKED'],
    ['Cường', demoAccounts.cuong, 'HOLDER_DECEASED'],
    ['Dung', demoAccounts.dung, 'AUTHORITY_LOCK'],
    ['Em', demoAccounts.em, 'UNLOCKED'],
    ['Giang', demoAccounts.giang, 'CARD_REVOKED'],
  ] as const)('answers the demo account of %s with %s', (_who, account, code) => {
    expect(decideUnlockRequest(account, DEMO_NOW).code).toBe(code);
  });
});
