import { describe, expect, it } from 'vitest';
import type { AccountLevel, Lock, LockReason } from '../../../shared/domain/account.js';
import { unlockEligibility } from '../../../shared/rules/unlockEligibility.js';
import type { UnlockEligibility } from '../../../shared/rules/unlockEligibility.js';
import { DEMO_NOW, demoAccounts } from './fixtures/demoAccounts.js';

const NOW = new Date('2026-03-15T03:00:00.000Z');
const DAY = 86_400_000;
const at = (offsetMs: number): string => new Date(NOW.getTime() + offsetMs).toISOString();

type Term = 'no end' | 'not ended' | 'ended';
const untilFor: Record<Term, string | undefined> = {
  'no end': undefined,
  'not ended': at(DAY),
  ended: at(-DAY),
};

const lockOf = (reason: LockReason, term: Term): Lock => {
  const until = untilFor[term];
  return { reason, since: at(-30 * DAY), ...(until === undefined ? {} : { until }), requestedBy: 'test' };
};

type Expected = Omit<UnlockEligibility, 'lockReason'>;
const canNow: Expected = {
  outcome: 'can-unlock-now',
  reason: 'HOLDER_REQUEST',
  nextStep: 'SUBMIT_UNLOCK_REQUEST',
};
const ended: Expected = {
  outcome: 'can-unlock-now',
  reason: 'LOCK_ENDED',
  nextStep: 'SUBMIT_UNLOCK_REQUEST',
};
const review: Expected = {
  outcome: 'needs-review',
  reason: 'TERMS_VIOLATION_ONGOING',
  nextStep: 'SUBMIT_FOR_REVIEW',
};
const newCard: Expected = {
  outcome: 'go-to-commune-police',
  reason: 'ID_CARD_REVOKED',
  nextStep: 'REISSUE_ID_CARD',
};
const police: Expected = {
  outcome: 'go-to-commune-police',
  reason: 'COMPETENT_AUTHORITY',
  nextStep: 'VISIT_COMMUNE_POLICE',
};
const checkLock: Expected = {
  outcome: 'go-to-commune-police',
  reason: 'LOCK_NEEDS_CHECKING',
  nextStep: 'VISIT_COMMUNE_POLICE',
};
const never: Expected = {
  outcome: 'cannot-unlock',
  reason: 'HOLDER_DECEASED',
  nextStep: 'REPORT_MISTAKE_TO_COMMUNE_POLICE',
};

const matrix: [LockReason, AccountLevel, Term, Expected][] = [
  ['holder-request', 1, 'no end', canNow],
  ['holder-request', 1, 'not ended', canNow],
  ['holder-request', 1, 'ended', ended],
  ['holder-request', 2, 'no end', canNow],
  ['holder-request', 2, 'not ended', canNow],
  ['holder-request', 2, 'ended', ended],
  ['terms-violation', 1, 'no end', review],
  ['terms-violation', 1, 'not ended', review],
  ['terms-violation', 1, 'ended', ended],
  ['terms-violation', 2, 'no end', review],
  ['terms-violation', 2, 'not ended', review],
  ['terms-violation', 2, 'ended', ended],
  ['id-card-revoked', 1, 'no end', newCard],
  ['id-card-revoked', 1, 'not ended', newCard],
  ['id-card-revoked', 1, 'ended', ended],
  ['id-card-revoked', 2, 'no end', newCard],
  ['id-card-revoked', 2, 'not ended', newCard],
  ['id-card-revoked', 2, 'ended', ended],
  // The decree allows no authority lock on level 1, so such a lock is bad data for the police to check.
  ['competent-authority', 1, 'no end', checkLock],
  ['competent-authority', 1, 'not ended', checkLock],
  ['competent-authority', 1, 'ended', checkLock],
  ['competent-authority', 2, 'no end', police],
  ['competent-authority', 2, 'not ended', police],
  ['competent-authority', 2, 'ended', ended],
  ['holder-deceased', 1, 'no end', never],
  ['holder-deceased', 1, 'not ended', never],
  ['holder-deceased', 1, 'ended', never],
  ['holder-deceased', 2, 'no end', never],
  ['holder-deceased', 2, 'not ended', never],
  ['holder-deceased', 2, 'ended', never],
];

describe('unlockEligibility: every ground × level × term', () => {
  it.each(matrix)('%s, level %i, %s', (reason, level, term, expected) => {
    const result = unlockEligibility({ status: 'locked', level, lock: lockOf(reason, term) }, NOW);
    expect(result).toEqual({ ...expected, lockReason: reason });
  });
});

describe('unlockEligibility: other states', () => {
  it('says an active account is not locked, and ignores a stale lock record on it', () => {
    const notLocked = { outcome: 'not-locked', reason: 'NOT_LOCKED', nextStep: 'NONE' };
    expect(unlockEligibility({ status: 'active', level: 2 }, NOW)).toEqual(notLocked);
    expect(
      unlockEligibility({ status: 'active', level: 2, lock: lockOf('holder-deceased', 'no end') }, NOW),
    ).toEqual(notLocked);
  });

  it('sends a locked account without a ground to the police', () => {
    expect(unlockEligibility({ status: 'locked', level: 1 }, NOW)).toEqual(checkLock);
  });

  it('decides at the exact end of the term, with now as a Date or milliseconds', () => {
    const lock: Lock = { reason: 'terms-violation', since: at(-DAY), until: at(0), requestedBy: 'test' };
    expect(unlockEligibility({ status: 'locked', level: 1, lock }, NOW).outcome).toBe('can-unlock-now');
    expect(unlockEligibility({ status: 'locked', level: 1, lock }, NOW.getTime() - 1).outcome).toBe(
      'needs-review',
    );
  });
});

describe('unlockEligibility: demo accounts of DESIGN §9', () => {
  it.each([
    ['An (active)', demoAccounts.an, { outcome: 'not-locked', reason: 'NOT_LOCKED', nextStep: 'NONE' }],
    ['Bình (holder request)', demoAccounts.binh, { ...canNow, lockReason: 'holder-request' }],
    ['Cường (deceased)', demoAccounts.cuong, { ...never, lockReason: 'holder-deceased' }],
    ['Dung (court)', demoAccounts.dung, { ...police, lockReason: 'competent-authority' }],
    ['Em (terms violation, ended yesterday)', demoAccounts.em, { ...ended, lockReason: 'terms-violation' }],
    ['Giang (card revoked)', demoAccounts.giang, { ...newCard, lockReason: 'id-card-revoked' }],
  ] as const)('%s', (_label, account, expected) => {
    expect(unlockEligibility(account, DEMO_NOW)).toEqual(expected);
  });

  it('holds Em’s lock until its end has passed', () => {
    const dayBefore = new Date(DEMO_NOW.getTime() - 2 * DAY);
    expect(unlockEligibility(demoAccounts.em, dayBefore).outcome).toBe('needs-review');
  });
});
