import type { Account, AccountLevel } from '../domain/account.js';

/** What an account holds, item by item, so a screen can list them (DESIGN §1). */
export const contentItems = [
  'id-number',
  'full-name',
  'date-of-birth',
  'gender',
  'passport',
  'portrait',
  'fingerprints',
  'linked-papers',
] as const;
export type ContentItem = (typeof contentItems)[number];

/**
 * Level 1: ID number, full name, date of birth, gender, and a passport for foreigners.
 * Level 2: all of level 1, plus a portrait, fingerprints and linked papers.
 */
export const levelContents: Readonly<Record<AccountLevel, readonly ContentItem[]>> = Object.freeze({
  1: Object.freeze(['id-number', 'full-name', 'date-of-birth', 'gender', 'passport'] as const),
  2: Object.freeze([...contentItems]),
});

export const contentProblemCodes = [
  'PASSPORT_MISSING',
  'PORTRAIT_ON_LEVEL_1',
  'FINGERPRINTS_ON_LEVEL_1',
  'PAPERS_ON_LEVEL_1',
  'PORTRAIT_MISSING',
  'FINGERPRINTS_MISSING',
  'DUPLICATE_PAPER',
] as const;
export type ContentProblemCode = (typeof contentProblemCodes)[number];

export type AccountContents = Pick<Account, 'level' | 'nationality' | 'passport' | 'biometrics' | 'papers'>;

const VIETNAM = 'VNM';

/** A holder with a nationality other than Vietnamese. Absent nationality means a Vietnamese citizen. */
export function isForeignHolder(account: Pick<Account, 'nationality'>): boolean {
  return account.nationality !== undefined && account.nationality !== VIETNAM;
}

/**
 * Where an account's contents disagree with its level, in the order of `contentProblemCodes`:
 * - a foreign holder needs passport data at either level;
 * - level 1 holds no portrait, no fingerprints and no linked papers: having them is level 2;
 * - level 2 has both a portrait and fingerprints on record;
 * - the same paper is not linked twice.
 * The name, birth date and gender are required by the Account schema itself. Contents the
 * national system did not disclose (the field is absent) are not judged: absent is "unknown",
 * not "none". A level-2 account may have no linked papers: not everyone drives or owns a vehicle.
 */
export function accountContentProblems(account: AccountContents): ContentProblemCode[] {
  const problems = new Set<ContentProblemCode>();
  if (isForeignHolder(account) && account.passport === undefined) problems.add('PASSPORT_MISSING');
  const { biometrics } = account;
  const papers = account.papers ?? [];
  if (account.level === 1) {
    if (biometrics?.portrait === true) problems.add('PORTRAIT_ON_LEVEL_1');
    if (biometrics?.fingerprints === true) problems.add('FINGERPRINTS_ON_LEVEL_1');
    if (papers.length > 0) problems.add('PAPERS_ON_LEVEL_1');
  } else {
    if (biometrics?.portrait === false) problems.add('PORTRAIT_MISSING');
    if (biometrics?.fingerprints === false) problems.add('FINGERPRINTS_MISSING');
  }
  const seen = new Set<string>();
  for (const paper of papers) {
    const key = `${paper.kind}\n${paper.numberMasked}`;
    if (seen.has(key)) problems.add('DUPLICATE_PAPER');
    seen.add(key);
  }
  return contentProblemCodes.filter((code) => problems.has(code));
}

export function contentsAgreeWithLevel(account: AccountContents): boolean {
  return accountContentProblems(account).length === 0;
}
