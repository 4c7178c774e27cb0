import { describe, expect, it } from 'vitest';
import type { AccountLevel, Lock, LockReason } from '../../../shared/domain/account.js';
import { COMMUNE_POLICE, HOTLINE, unlockMessagesVi } from '../../../shared/rules/messages.vi.js';
import {
  explainUnlockEligibility,
  unlockEligibility,
  unlockNextSteps,
  unlockOutcomes,
  unlockReasonCodes,
} from '../../../shared/rules/unlockEligibility.js';
import type { UnlockEligibility, UnlockMessages } from '../../../shared/rules/unlockEligibility.js';
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

describe('explainUnlockEligibility', () => {
  const explain = (account: Parameters<typeof unlockEligibility>[0]) =>
    explainUnlockEligibility(unlockEligibility(account, DEMO_NOW));

  it('tells Bình she can unlock at once', () => {
    expect(explain(demoAccounts.binh)).toEqual({
      title: 'Có thể mở khóa ngay',
      reason: 'Tài khoản bị khóa vì chính ông/bà đã yêu cầu khóa.',
      whoCanUnlock: 'Chính ông/bà có thể yêu cầu mở khóa, sau khi chứng minh mình là chủ tài khoản.',
      nextStep:
        'Ông/bà có thể gửi yêu cầu mở khóa ngay tại đây. Khi yêu cầu được xử lý, tài khoản sẽ được mở và ông/bà đăng nhập VNeID lại như trước.',
    });
  });

  it('sends Dung to the commune police, with the hotline, and says the kiosk cannot do it', () => {
    const text = explain(demoAccounts.dung);
    expect(text.title).toBe('Cần đến Công an xã');
    expect(text.reason).toContain('tòa án');
    expect(text.whoCanUnlock).toContain('Không mở được ở máy này');
    expect(text.nextStep).toContain('Công an xã');
    expect(text.nextStep).toContain('1900 0368');
  });

  it('tells Giang a new ID card unlocks her account', () => {
    const text = explain(demoAccounts.giang);
    expect(text.reason).toContain('thẻ căn cước');
    expect(text.whoCanUnlock).toContain('cấp lại thẻ căn cước');
    expect(text.nextStep).toContain('1900 0368');
  });

  it('tells Cường’s family the account cannot be reopened', () => {
    const text = explain(demoAccounts.cuong);
    expect(text.title).toBe('Không thể mở khóa');
    expect(text.reason).toContain('qua đời');
    expect(text.whoCanUnlock).toBe('Tài khoản này không thể mở lại.');
    expect(text.nextStep).toContain('Công an xã');
  });

  it('tells Em the term is over', () => {
    expect(explain(demoAccounts.em).reason).toBe('Tài khoản bị khóa có thời hạn, và thời hạn đó đã hết.');
  });

  it('gives the hotline for a review, and names the commune police wherever the citizen must go there', () => {
    expect(unlockMessagesVi.nextSteps.SUBMIT_FOR_REVIEW).toContain(HOTLINE);
    expect(HOTLINE).toBe('1900 0368');
    expect(COMMUNE_POLICE).toBe('Công an xã');
    for (const step of [
      'REISSUE_ID_CARD',
      'VISIT_COMMUNE_POLICE',
      'REPORT_MISTAKE_TO_COMMUNE_POLICE',
    ] as const) {
      expect(unlockMessagesVi.nextSteps[step]).toContain('Công an xã');
    }
    expect(unlockMessagesVi.outcomes['go-to-commune-police']).toContain('Công an xã');
  });

  it('has a Vietnamese text for every code, written with diacritics', () => {
    const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
    const texts = [
      ...unlockOutcomes.map((code) => unlockMessagesVi.outcomes[code]),
      ...unlockReasonCodes.flatMap((code) => Object.values(unlockMessagesVi.reasons[code])),
      ...unlockNextSteps.map((code) => unlockMessagesVi.nextSteps[code]),
    ];
    expect(texts).toHaveLength(unlockOutcomes.length + 2 * unlockReasonCodes.length + unlockNextSteps.length);
    for (const text of texts) expect(text).toMatch(vietnamese);
  });

  it('uses another catalogue when given one', () => {
    const english: UnlockMessages = {
      outcomes: Object.fromEntries(
        unlockOutcomes.map((o) => [o, `title:${o}`]),
      ) as UnlockMessages['outcomes'],
      reasons: Object.fromEntries(
        unlockReasonCodes.map((r) => [r, { reason: `reason:${r}`, whoCanUnlock: `who:${r}` }]),
      ) as UnlockMessages['reasons'],
      nextSteps: Object.fromEntries(
        unlockNextSteps.map((s) => [s, `next:${s}`]),
      ) as UnlockMessages['nextSteps'],
    };
    expect(explainUnlockEligibility(unlockEligibility(demoAccounts.dung, DEMO_NOW), english)).toEqual({
      title: 'title:go-to-commune-police',
      reason: 'reason:COMPETENT_AUTHORITY',
      whoCanUnlock: 'who:COMPETENT_AUTHORITY',
      nextStep: 'next:VISIT_COMMUNE_POLICE',
    });
  });
});
