import { describe, expect, it } from 'vitest';
import { lockReasons, paperKinds } from '../../../shared/domain/account.js';
import { changeKinds } from '../../../shared/domain/change.js';
import { closeReasons } from '../../../shared/domain/closeReason.js';
import { auditOutcomeText } from '../../../shared/i18n/auditLogWords.js';
import { catalogues } from '../../../shared/i18n/catalogues.js';
import { outcomeText } from '../../../shared/i18n/receiptSlipWords.js';
import {
  explainSuspicion,
  explainUnlockEligibility,
  idNumberErrorMessage,
} from '../../../shared/i18n/ruleWords.js';
import { rendererErrorCodes } from '../../../shared/ipc/clientErrors.js';
import { kioskErrorCodes } from '../../../shared/ipc/errors.js';
import { contentItems, contentProblemCodes } from '../../../shared/rules/accountContents.js';
import { suspicionReasons } from '../../../shared/rules/devices.js';
import type { IdNumberProblem } from '../../../shared/rules/idNumber.js';
import { idNumberErrorCodes } from '../../../shared/rules/idNumber.js';
import { receiptStatuses } from '../../../shared/rules/receiptStatus.js';
import {
  unlockNextSteps,
  unlockOutcomes,
  unlockReasonCodes,
} from '../../../shared/rules/unlockEligibility.js';
import { changeResultCodes } from '../../../shared/upstream/api.js';

/*
 * Every code a rule can answer with has words in both languages: a sentence that is not
 * empty, that quotes the facts it was given, and that differs between the languages (so no
 * language quietly borrows the other's words).
 */

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

/** One problem per code, with facts that show up in the words. */
const sampleProblems: Readonly<Record<IdNumberProblem['code'], IdNumberProblem>> = {
  NOT_DIGITS: { code: 'NOT_DIGITS' },
  WRONG_LENGTH: { code: 'WRONG_LENGTH', length: 7 },
  UNKNOWN_PROVINCE: { code: 'UNKNOWN_PROVINCE', provinceCode: '003' },
  BAD_CENTURY_DIGIT: { code: 'BAD_CENTURY_DIGIT', centuryDigit: 9, centuryStart: 2300 },
  BIRTH_YEAR_IN_FUTURE: { code: 'BIRTH_YEAR_IN_FUTURE', birthYear: 2031 },
  DOB_MISMATCH: { code: 'DOB_MISMATCH', birthYear: 1990, dateOfBirthYear: 1991 },
  GENDER_MISMATCH: { code: 'GENDER_MISMATCH', gender: 'female', enteredGender: 'male' },
};
const sampleFacts: Readonly<Record<IdNumberProblem['code'], readonly string[]>> = {
  NOT_DIGITS: [],
  WRONG_LENGTH: ['7'],
  UNKNOWN_PROVINCE: ['003'],
  BAD_CENTURY_DIGIT: ['9'],
  BIRTH_YEAR_IN_FUTURE: ['2031'],
  DOB_MISMATCH: ['1990', '1991'],
  GENDER_MISMATCH: [],
};

/** Every rule code's words in one language, labelled by code. */
function ruleWordsIn(language: keyof typeof catalogues): [string, string][] {
  const t = catalogues[language];
  const unlock = t.account.rules;
  return [
    ...idNumberErrorCodes.map((code): [string, string] => [
      code,
      idNumberErrorMessage(sampleProblems[code], t.identify.rules),
    ]),
    ...unlockOutcomes.map((code): [string, string] => [code, unlock.outcomes[code]]),
    ...unlockReasonCodes.flatMap((code): [string, string][] => {
      const words = explainUnlockEligibility(
        { outcome: 'needs-review', reason: code, nextStep: 'NONE' },
        unlock,
      );
      return [
        [`${code} reason`, words.reason],
        [`${code} whoCanUnlock`, words.whoCanUnlock],
      ];
    }),
    ...unlockNextSteps.map((code): [string, string] => [code, unlock.nextSteps[code]]),
    ['MORE_THAN_ONE_ACTIVE', t.devices.rules.moreThanOneActive],
    ...suspicionReasons.map((reason): [string, string] => [
      reason,
      explainSuspicion(
        { deviceId: 'd', reasons: [reason], daysSinceLastSeen: 123, unfamiliarPlace: 'Hà Giang' },
        {},
        t.devices.rules,
      ).join(' '),
    ]),
    ...lockReasons.map((code): [string, string] => [code, t.account.lockReasonValue[code]]),
    ...contentItems.map((code): [string, string] => [code, t.accountContents.items[code]]),
    ...paperKinds.map((code): [string, string] => [code, t.accountContents.paperKinds[code]]),
    ...contentProblemCodes.map((code): [string, string] => [code, t.accountContents.problems[code]]),
    ...receiptStatuses.map((code): [string, string] => [code, t.receiptSlip.statuses[code]]),
    ...changeKinds.map((code): [string, string] => [code, t.receiptSlip.kinds[code]]),
    ...changeResultCodes.map((code): [string, string] => [code, outcomeText(t.receiptSlip, code)]),
    // The audit log words a close's outcome (its reason) as the desk does, not as the code.
    ...closeReasons.map((code): [string, string] => [code, auditOutcomeText(t.auditLog, code)]),
    ...[...kioskErrorCodes, ...rendererErrorCodes].map((code): [string, string] => [code, t.errors[code]]),
  ];
}

describe('words for every rule code', () => {
  const vi = ruleWordsIn('vi');
  const en = ruleWordsIn('en');

  it('has the same codes in both languages', () => {
    expect(en.map(([code]) => code)).toEqual(vi.map(([code]) => code));
  });

  it.each(vi.map(([code, words], index) => [code, words, en[index]?.[1] ?? '']))(
    '%s: Vietnamese and English words',
    (_code, viWords, enWords) => {
      expect(viWords).toMatch(VIETNAMESE);
      expect(enWords).toMatch(/[a-z]{3}/i);
      expect(enWords).not.toBe(viWords);
    },
  );

  it.each(idNumberErrorCodes)('quotes the facts of %s in both languages', (code) => {
    for (const language of ['vi', 'en'] as const) {
      const words = idNumberErrorMessage(sampleProblems[code], catalogues[language].identify.rules);
      for (const fact of sampleFacts[code]) expect(words).toContain(fact);
    }
  });

  it('quotes the days and the place a device was flagged for', () => {
    for (const language of ['vi', 'en'] as const) {
      const [stale, place] = explainSuspicion(
        {
          deviceId: 'd',
          reasons: ['stale', 'unfamiliar-place'],
          daysSinceLastSeen: 123,
          unfamiliarPlace: 'Hà Giang',
        },
        {},
        catalogues[language].devices.rules,
      );
      expect(stale).toContain('123');
      expect(place).toContain('Hà Giang');
    }
  });

  it('words a result code this kiosk does not know as the code itself', () => {
    expect(outcomeText(catalogues.vi.receiptSlip, 'NEW_CODE')).toBe('Mã kết quả: NEW_CODE.');
    expect(outcomeText(catalogues.en.receiptSlip, 'NEW_CODE')).toBe('Result code: NEW_CODE.');
  });
});
