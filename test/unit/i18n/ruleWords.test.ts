import { describe, expect, it } from 'vitest';
import { COMMUNE_POLICE, HOTLINE } from '../../../shared/domain/contacts.js';
import { en } from '../../../shared/i18n/en/catalogue.js';
import {
  explainSuspicion,
  explainUnlockEligibility,
  idNumberErrorMessage,
} from '../../../shared/i18n/ruleWords.js';
import type { IdNumberWords, UnlockWords } from '../../../shared/i18n/ruleWords.js';
import { lockReasons } from '../../../shared/domain/account.js';
import type { LockReason } from '../../../shared/domain/account.js';
import { vi } from '../../../shared/i18n/vi/catalogue.js';
import { suspiciousDevices } from '../../../shared/rules/devices.js';
import {
  unlockEligibility,
  unlockNextSteps,
  unlockOutcomes,
  unlockReasonCodes,
} from '../../../shared/rules/unlockEligibility.js';
import type { UnlockReasonCode } from '../../../shared/rules/unlockEligibility.js';
import { DEMO_NOW, demoAccounts } from '../rules/fixtures/demoAccounts.js';
import { daysAgo, device, NOW } from '../rules/fixtures/devices.js';

/*
 * The rules answer with codes and facts; these check the words a citizen reads for them, in
 * both languages, through the same functions the screens call.
 */

describe('explainUnlockEligibility', () => {
  const explain = (account: Parameters<typeof unlockEligibility>[0]) =>
    explainUnlockEligibility(unlockEligibility(account, DEMO_NOW), vi.account.rules);

  it('tells Bình she can unlock at once', () => {
    expect(explain(demoAccounts.binh)).toEqual({
      title: 'Có thể mở khóa ngay',
      reason: 'Tài khoản bị khóa vì chính ông/bà đã yêu cầu khóa.',
      whoCanUnlock: 'Chính ông/bà có thể yêu cầu mở khóa, sau khi chứng minh mình là chủ tài khoản.',
      nextStep:
        'Ông/bà có thể gửi yêu cầu mở khóa ngay tại đây. Khi yêu cầu được xử lý, tài khoản sẽ được mở và ông/bà đăng nhập VNeID lại như trước.',
    });
  });

  it('sends Dung to the commune police and says the kiosk cannot do it', () => {
    const text = explain(demoAccounts.dung);
    expect(text.title).toBe('Cần đến Công an xã');
    expect(text.reason).toContain('tòa án');
    expect(text.whoCanUnlock).toContain('Không mở được ở máy này');
    expect(text.nextStep).toContain('Công an xã');
  });

  it('tells Giang a new ID card unlocks her account', () => {
    const text = explain(demoAccounts.giang);
    expect(text.reason).toContain('thẻ căn cước');
    expect(text.whoCanUnlock).toContain('cấp lại thẻ căn cước');
    expect(text.nextStep).toContain('cấp lại thẻ căn cước');
  });

  it('tells Cường’s family the account cannot be reopened', () => {
    const text = explain(demoAccounts.cuong);
    expect(text.title).toBe('Không thể mở khóa');
    expect(text.reason).toContain('qua đời');
    expect(text.whoCanUnlock).toBe('Tài khoản này không thể mở lại.');
    expect(text.nextStep).toContain('Công an xã');
  });

  it('tells Em his lock was for a terms violation, and that its term is over', () => {
    expect(explain(demoAccounts.em).reason).toBe(
      'Tài khoản bị khóa vì vi phạm điều khoản sử dụng ứng dụng VNeID. Thời hạn khóa đã hết.',
    );
  });

  it('names the ground of every lock, ended or not, in both languages', () => {
    // The codes whose fixed sentence already says the ground.
    const groundCode: Record<LockReason, UnlockReasonCode> = {
      'terms-violation': 'TERMS_VIOLATION_ONGOING',
      'holder-request': 'HOLDER_REQUEST',
      'id-card-revoked': 'ID_CARD_REVOKED',
      'holder-deceased': 'HOLDER_DECEASED',
      'competent-authority': 'COMPETENT_AUTHORITY',
    };
    const since = new Date(DEMO_NOW.getTime() - 30 * 86_400_000).toISOString();
    const ended = new Date(DEMO_NOW.getTime() - 86_400_000).toISOString();
    for (const reason of lockReasons) {
      for (const until of [undefined, ended]) {
        const lock = { reason, since, requestedBy: 'x', ...(until === undefined ? {} : { until }) };
        const eligibility = unlockEligibility({ status: 'locked', level: 2, lock }, DEMO_NOW);
        for (const words of [vi.account.rules, en.account.rules]) {
          const text = explainUnlockEligibility(eligibility, words).reason;
          const named = text.includes(words.grounds[reason]) || eligibility.reason === groundCode[reason];
          expect(named, `${reason}, until ${until ?? 'none'}: ${text}`).toBe(true);
        }
      }
    }
  });

  it('says the stated ground of a lock the account’s level does not allow', () => {
    const lock = {
      reason: 'competent-authority' as const,
      since: '2026-01-01T00:00:00.000Z',
      requestedBy: 'x',
    };
    const text = explain({ status: 'locked', level: 1, lock });
    expect(text.reason).toContain(vi.account.rules.grounds['competent-authority']);
    expect(text.nextStep).toContain('Công an xã');
  });

  it('gives the hotline only in the "Cần hỏi thêm" box, never again in a next step', () => {
    expect(HOTLINE).toBe('1900 0368');
    for (const code of unlockNextSteps) {
      expect(vi.account.rules.nextSteps[code]).not.toContain(HOTLINE);
      expect(vi.account.rules.nextSteps[code]).not.toContain('Cần hỏi thêm');
      expect(en.account.rules.nextSteps[code]).not.toContain(HOTLINE);
    }
  });

  it('names the commune police wherever the citizen must go there', () => {
    expect(COMMUNE_POLICE).toBe('Công an xã');
    for (const step of [
      'REISSUE_ID_CARD',
      'VISIT_COMMUNE_POLICE',
      'REPORT_MISTAKE_TO_COMMUNE_POLICE',
    ] as const) {
      expect(vi.account.rules.nextSteps[step]).toContain('Công an xã');
    }
    expect(vi.account.rules.outcomes['go-to-commune-police']).toContain('Công an xã');
  });

  it('has a Vietnamese text for every code, written with diacritics', () => {
    const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
    const texts = [
      ...unlockOutcomes.map((code) => vi.account.rules.outcomes[code]),
      ...unlockReasonCodes.flatMap((code) => Object.values(vi.account.rules.reasons[code])),
      ...unlockNextSteps.map((code) => vi.account.rules.nextSteps[code]),
    ];
    expect(texts).toHaveLength(unlockOutcomes.length + 2 * unlockReasonCodes.length + unlockNextSteps.length);
    for (const text of texts) expect(text).toMatch(vietnamese);
  });

  it('uses another catalogue when given one', () => {
    const english: UnlockWords = {
      outcomes: Object.fromEntries(unlockOutcomes.map((o) => [o, `title:${o}`])) as UnlockWords['outcomes'],
      reasons: Object.fromEntries(
        unlockReasonCodes.map((r) => [r, { reason: `reason:${r}`, whoCanUnlock: `who:${r}` }]),
      ) as UnlockWords['reasons'],
      nextSteps: Object.fromEntries(unlockNextSteps.map((s) => [s, `next:${s}`])) as UnlockWords['nextSteps'],
      grounds: Object.fromEntries(lockReasons.map((g) => [g, `ground:${g}`])) as UnlockWords['grounds'],
      withGround: { LOCK_ENDED: (g) => `ended:${g}`, LOCK_NEEDS_CHECKING: (g) => `check:${g}` },
    };
    expect(explainUnlockEligibility(unlockEligibility(demoAccounts.dung, DEMO_NOW), english)).toEqual({
      title: 'title:go-to-commune-police',
      reason: 'reason:COMPETENT_AUTHORITY',
      whoCanUnlock: 'who:COMPETENT_AUTHORITY',
      nextStep: 'next:VISIT_COMMUNE_POLICE',
    });
    expect(explainUnlockEligibility(unlockEligibility(demoAccounts.em, DEMO_NOW), english).reason).toBe(
      'ended:ground:terms-violation',
    );
  });
});

describe('explainSuspicion', () => {
  it('explains each reason in plain Vietnamese, with the app’s own words', () => {
    const [finding] = suspiciousDevices(
      [
        device('x', { lastSeen: daysAgo(120), lastPlace: 'Đà Nẵng' }),
        device('y', { active: true, lastPlace: 'Huế' }),
      ],
      NOW,
    );
    if (finding === undefined) throw new Error('expected a finding');
    const [stale, place] = explainSuspicion(finding, {}, vi.devices.rules);
    expect(stale).toBe(
      'Đã 120 ngày máy này không đăng nhập VNeID. Nếu ông/bà không còn dùng máy này, nên Hủy liên kết.',
    );
    expect(place).toContain('"Đà Nẵng"');
    expect(place).toContain('Hủy liên kết ngay');
  });

  it('uses another catalogue when given one', () => {
    const texts = explainSuspicion(
      {
        deviceId: 'x',
        reasons: ['stale', 'unfamiliar-place'],
        daysSinceLastSeen: 100,
        unfamiliarPlace: 'Huế',
      },
      { staleAfterDays: 60 },
      {
        moreThanOneActive: '',
        reasons: {
          stale: ({ staleAfterDays, daysSinceLastSeen }) => `idle ${daysSinceLastSeen}/${staleAfterDays}`,
          'unfamiliar-place': ({ place }) => `seen at ${place}`,
        },
      },
    );
    expect(texts).toEqual(['idle 100/60', 'seen at Huế']);
  });
});

describe('idNumberErrorMessage', () => {
  it('renders a problem with another catalogue', () => {
    const english: IdNumberWords = {
      NOT_DIGITS: () => 'Digits only.',
      WRONG_LENGTH: ({ length }) => `Needs 12 digits, got ${length}.`,
      UNKNOWN_PROVINCE: ({ provinceCode }) => `Unknown province ${provinceCode}.`,
      BAD_CENTURY_DIGIT: ({ centuryDigit }) => `Bad 4th digit ${centuryDigit}.`,
      BIRTH_YEAR_IN_FUTURE: ({ birthYear }) => `Year ${birthYear} is in the future.`,
      DOB_MISMATCH: ({ birthYear }) => `Number says ${birthYear}.`,
      GENDER_MISMATCH: ({ gender }) => `Number says ${gender}.`,
    };
    expect(idNumberErrorMessage({ code: 'UNKNOWN_PROVINCE', provinceCode: '003' }, english)).toBe(
      'Unknown province 003.',
    );
    expect(idNumberErrorMessage({ code: 'WRONG_LENGTH', length: 5 }, vi.identify.rules)).toBe(
      'Số định danh phải có 12 chữ số, số vừa nhập có 5 chữ số.',
    );
  });
});

describe('the same codes in English', () => {
  it('sends Dung to the commune police under their Vietnamese name', () => {
    const text = explainUnlockEligibility(unlockEligibility(demoAccounts.dung, DEMO_NOW), en.account.rules);
    expect(text.title).toBe(`Please go to the commune police (${COMMUNE_POLICE})`);
    expect(text.nextStep).toContain(`commune police (${COMMUNE_POLICE})`);
  });

  it('explains a stale phone and an ID-number problem', () => {
    const [finding] = suspiciousDevices([device('x', { lastSeen: daysAgo(120) })], NOW);
    if (finding === undefined) throw new Error('expected a finding');
    expect(explainSuspicion(finding, {}, en.devices.rules)).toEqual([
      'This phone has not signed in to VNeID for 120 days. If you no longer use it, you should unlink it.',
    ]);
    expect(idNumberErrorMessage({ code: 'WRONG_LENGTH', length: 5 }, en.identify.rules)).toBe(
      'A personal ID number has 12 digits; the number entered has 5.',
    );
  });
});
