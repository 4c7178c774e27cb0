import { describe, expect, it } from 'vitest';
import { Account, type LinkedPaper } from '../../../shared/domain/account.js';
import {
  accountContentProblems,
  contentsAgreeWithLevel,
  isForeignHolder,
  levelContents,
  type AccountContents,
} from '../../../shared/rules/accountContents.js';

const full = { portrait: true, fingerprints: true };
const none = { portrait: false, fingerprints: false };
const licence: LinkedPaper = { kind: 'driving-licence', numberMasked: '********2468' };
const insurance: LinkedPaper = { kind: 'health-insurance-card', numberMasked: 'DN4******12345' };
const passport = { numberMasked: 'M****567', issuingCountry: 'KOR' };

describe('levelContents (DESIGN §1)', () => {
  it('gives level 1 the identity fields and, for foreigners, the passport', () => {
    expect(levelContents[1]).toEqual(['id-number', 'full-name', 'date-of-birth', 'gender', 'passport']);
  });

  it('gives level 2 all of level 1, plus portrait, fingerprints and linked papers', () => {
    expect(levelContents[2]).toEqual(expect.arrayContaining([...levelContents[1]]));
    expect(levelContents[2].filter((item) => !levelContents[1].includes(item))).toEqual([
      'portrait',
      'fingerprints',
      'linked-papers',
    ]);
  });
});

describe('accountContentProblems', () => {
  it.each<[string, AccountContents]>([
    ['a level-1 citizen with nothing of level 2', { level: 1, biometrics: none, papers: [] }],
    [
      'a level-2 citizen with biometrics and papers',
      { level: 2, biometrics: full, papers: [licence, insurance] },
    ],
    ['a level-2 citizen with no papers: not everyone drives', { level: 2, biometrics: full, papers: [] }],
    ['a level-1 foreigner with a passport', { level: 1, nationality: 'KOR', passport, biometrics: none }],
    ['a Vietnamese nationality given explicitly', { level: 1, nationality: 'VNM' }],
    ['contents not disclosed at all', { level: 2 }],
  ])('finds nothing wrong with %s', (_case, account) => {
    expect(accountContentProblems(account)).toEqual([]);
    expect(contentsAgreeWithLevel(account)).toBe(true);
  });

  it.each<[string, AccountContents, string[]]>([
    [
      'a level-1 account with a portrait',
      { level: 1, biometrics: { portrait: true, fingerprints: false } },
      ['PORTRAIT_ON_LEVEL_1'],
    ],
    [
      'a level-1 account with fingerprints',
      { level: 1, biometrics: { portrait: false, fingerprints: true } },
      ['FINGERPRINTS_ON_LEVEL_1'],
    ],
    ['a level-1 account with a linked paper', { level: 1, papers: [licence] }, ['PAPERS_ON_LEVEL_1']],
    [
      'a level-2 account without a portrait',
      { level: 2, biometrics: { portrait: false, fingerprints: true } },
      ['PORTRAIT_MISSING'],
    ],
    [
      'a level-2 account with no biometrics',
      { level: 2, biometrics: none },
      ['PORTRAIT_MISSING', 'FINGERPRINTS_MISSING'],
    ],
    ['a foreigner without passport data', { level: 1, nationality: 'USA' }, ['PASSPORT_MISSING']],
    [
      'the same paper linked twice',
      { level: 2, biometrics: full, papers: [licence, { ...licence }] },
      ['DUPLICATE_PAPER'],
    ],
    [
      'a level-1 foreigner holding all of level 2 but a passport',
      { level: 1, nationality: 'JPN', biometrics: full, papers: [insurance] },
      ['PASSPORT_MISSING', 'PORTRAIT_ON_LEVEL_1', 'FINGERPRINTS_ON_LEVEL_1', 'PAPERS_ON_LEVEL_1'],
    ],
  ])('finds %s', (_case, account, problems) => {
    expect(accountContentProblems(account)).toEqual(problems);
    expect(contentsAgreeWithLevel(account)).toBe(false);
  });

  it('tells a foreign holder from a citizen by nationality', () => {
    expect(isForeignHolder({})).toBe(false);
    expect(isForeignHolder({ nationality: 'VNM' })).toBe(false);
    expect(isForeignHolder({ nationality: 'KOR' })).toBe(true);
  });
});

describe('Account schema: the contents fields', () => {
  const base = {
    idNumber: '001090012345',
    fullName: 'Nguyễn Văn An',
    dateOfBirth: '1990-05-12',
    gender: 'male',
    level: 2,
    status: 'active',
    devices: [],
  };

  it('still accepts an account without any contents field', () => {
    expect(Account.safeParse(base).success).toBe(true);
  });

  it('accepts full contents and refuses malformed ones', () => {
    expect(
      Account.safeParse({
        ...base,
        registeredPhoneMasked: '091****678',
        biometrics: full,
        papers: [{ ...licence, validUntil: '2034-05-12' }],
      }).success,
    ).toBe(true);
    expect(
      Account.safeParse({ ...base, papers: [{ kind: 'library-card', numberMasked: '1' }] }).success,
    ).toBe(false);
    expect(Account.safeParse({ ...base, biometrics: { portrait: true } }).success).toBe(false);
    expect(Account.safeParse({ ...base, nationality: 'kr' }).success).toBe(false);
    expect(Account.safeParse({ ...base, passport: { ...passport, image: 'x' } }).success).toBe(false);
  });
});
