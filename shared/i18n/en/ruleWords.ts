import { COMMUNE_POLICE } from '../../domain/contacts.js';
import type { AccountContentWords, DeviceWords, IdNumberWords, UnlockWords } from '../ruleWords.js';

/*
 * English words for the rules' codes. The commune police keep their Vietnamese name
 * (Công an xã) beside the English: that is the sign on the door.
 */

const CHECK_AGAIN = 'Please check the number on your ID card.';

function genderWord(gender: 'male' | 'female'): string {
  return gender === 'male' ? 'male' : 'female';
}

export const idNumberWordsEn: IdNumberWords = {
  NOT_DIGITS: () => `A personal ID number has digits only. ${CHECK_AGAIN}`,
  WRONG_LENGTH: ({ length }) =>
    length === 0
      ? 'Please enter your personal ID number. It has 12 digits.'
      : `A personal ID number has 12 digits; the number entered has ${length}.`,
  UNKNOWN_PROVINCE: ({ provinceCode }) =>
    `Province code ${provinceCode} (the first three digits) is not right. ${CHECK_AGAIN}`,
  BAD_CENTURY_DIGIT: ({ centuryDigit }) =>
    `The fourth digit (${centuryDigit}) is not right: it tells gender and century of birth. ${CHECK_AGAIN}`,
  BIRTH_YEAR_IN_FUTURE: ({ birthYear }) =>
    `By this number the year of birth is ${birthYear}, which has not come yet. ${CHECK_AGAIN}`,
  DOB_MISMATCH: ({ birthYear, dateOfBirthYear }) =>
    `By the ID number the year of birth is ${birthYear}, but the date of birth entered is in ${dateOfBirthYear}. Please check the ID number or the date of birth.`,
  GENDER_MISMATCH: ({ gender, enteredGender }) =>
    `By the ID number the gender is ${genderWord(gender)}, but ${genderWord(enteredGender)} was chosen. Please check the ID number or the gender.`,
};

export const unlockWordsEn: UnlockWords = {
  outcomes: {
    'can-unlock-now': 'Can be unlocked now',
    'needs-review': 'Needs a review before unlocking',
    'go-to-commune-police': `Please go to the commune police (${COMMUNE_POLICE})`,
    'cannot-unlock': 'Cannot be unlocked',
    'not-locked': 'The account is not locked',
  },
  reasons: {
    NOT_LOCKED: {
      reason: 'The account works normally; it is not locked.',
      whoCanUnlock: 'No unlock is needed.',
    },
    HOLDER_REQUEST: {
      reason: 'The account was locked because you asked for it yourself.',
      whoCanUnlock: 'You can ask for the unlock yourself, once you have shown you are the account holder.',
    },
    LOCK_ENDED: {
      reason: 'The account was locked for a set time, and that time is over.',
      whoCanUnlock: 'The system unlocks it as soon as it receives your request.',
    },
    TERMS_VIOLATION_ONGOING: {
      reason: 'The account was locked for breaking the VNeID terms of use, and the lock period is not over.',
      whoCanUnlock: 'The police agency that manages identity accounts will review an unlock request.',
    },
    ID_CARD_REVOKED: {
      reason: 'The account was locked because your ID card was revoked.',
      whoCanUnlock: `The account reopens when you are issued a new ID card. That is done at the commune police (${COMMUNE_POLICE}), not at this kiosk.`,
    },
    COMPETENT_AUTHORITY: {
      reason: 'The account was locked at the request of a court or another competent authority.',
      whoCanUnlock: 'Only the police can unlock it, after their review. It cannot be unlocked at this kiosk.',
    },
    HOLDER_DECEASED: {
      reason: 'The account was locked because the account holder has died.',
      whoCanUnlock: 'This account cannot be reopened.',
    },
    LOCK_NEEDS_CHECKING: {
      reason: 'The account is locked, but this kiosk does not know the exact reason.',
      whoCanUnlock: `The commune police (${COMMUNE_POLICE}) will check and guide you.`,
    },
  },
  nextSteps: {
    NONE: 'You do not need to do anything more.',
    SUBMIT_UNLOCK_REQUEST:
      'You can send an unlock request right here. Once it is processed, the account opens and you sign in to VNeID as before.',
    // The hotline is not repeated here: the screen's "Questions" box gives it once.
    SUBMIT_FOR_REVIEW:
      'You can send an unlock request here. It will be reviewed. Keep the slip with the lookup code to see the result later.',
    REISSUE_ID_CARD: `Please bring your papers to the commune police (${COMMUNE_POLICE}) to have your ID card re-issued.`,
    VISIT_COMMUNE_POLICE: `Please bring your ID card to the commune police (${COMMUNE_POLICE}) for guidance.`,
    REPORT_MISTAKE_TO_COMMUNE_POLICE: `If this information is a mistake, please bring papers to the commune police (${COMMUNE_POLICE}) to have it checked.`,
  },
  grounds: {
    'terms-violation': 'the VNeID terms of use were broken',
    'holder-request': 'the account holder asked for it',
    'id-card-revoked': 'the ID card was revoked',
    'holder-deceased': 'the account holder has died',
    'competent-authority': 'a court or another competent authority asked for it',
  },
  withGround: {
    LOCK_ENDED: (ground) => `The account was locked because ${ground}. The lock period is over.`,
    LOCK_NEEDS_CHECKING: (ground) =>
      `The account is locked, with the reason given as: ${ground}. That reason does not apply to an account of this level, so it must be checked.`,
  },
};

export const deviceWordsEn: DeviceWords = {
  moreThanOneActive:
    'The device list shows more than one phone signed in, which is not allowed. Please tell a staff member.',
  reasons: {
    stale: ({ daysSinceLastSeen }) =>
      `This phone has not signed in to VNeID for ${daysSinceLastSeen} days. If you no longer use it, you should unlink it.`,
    'unfamiliar-place': ({ place }) =>
      `This phone was last used in "${place}", unlike your other phones. If you do not recognise it, unlink it now.`,
  },
};

export const accountContentWordsEn: AccountContentWords = {
  items: {
    'id-number': 'Personal ID number',
    'full-name': 'Full name',
    'date-of-birth': 'Date of birth',
    gender: 'Gender',
    passport: 'Passport data (foreign nationals)',
    portrait: 'Portrait',
    fingerprints: 'Fingerprints',
    'linked-papers': 'Linked papers',
  },
  paperKinds: {
    'driving-licence': 'Driving licence',
    'vehicle-registration': 'Vehicle registration',
    'health-insurance-card': 'Health insurance card',
    'social-insurance-book': 'Social insurance book',
    'tax-code': 'Tax code',
  },
  problems: {
    PASSPORT_MISSING: "A foreign holder's account needs passport data.",
    PORTRAIT_ON_LEVEL_1: 'A level-1 account holds no portrait.',
    FINGERPRINTS_ON_LEVEL_1: 'A level-1 account holds no fingerprints.',
    PAPERS_ON_LEVEL_1: 'A level-1 account has no linked papers.',
    PORTRAIT_MISSING: 'A level-2 account must have a portrait.',
    FINGERPRINTS_MISSING: 'A level-2 account must have fingerprints.',
    DUPLICATE_PAPER: 'The same paper is linked twice.',
  },
};
