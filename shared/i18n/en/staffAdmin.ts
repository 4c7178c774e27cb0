import type { StaffAdminWords } from '../staffAdminWords.js';

export const staffAdminWordsEn: StaffAdminWords = {
  intro: 'Add staff, disable accounts, issue a new PIN, and unlock staff who typed wrong too often.',
  listTitle: 'Staff',
  loading: 'Reading the staff list…',
  roles: { staff: 'Staff', supervisor: 'Supervisor' },
  statuses: {
    active: 'Active',
    locked: 'Locked out',
    'awaiting-first-pin': 'Waiting to set a PIN',
    disabled: 'Disabled',
  },
  you: '(you)',
  notRegistered: 'Waiting to be registered with the national system',
  setupCodeUntil: (time) => `Setup code valid until ${time}`,
  setupCodeExpired: 'The setup code expired: issue a new PIN for a new code',
  lockedUntil: (time) => `Locked until ${time}`,

  add: 'Add staff',
  disable: 'Disable',
  enable: 'Enable',
  resetPin: 'Issue a new PIN',
  unlock: 'Unlock',
  makeSupervisor: 'Make supervisor',
  makeStaff: 'Make staff',
  confirmDisableTitle: 'Disable this account?',
  confirmDisable: (name, staffId) =>
    `${name} (${staffId}) will not be able to sign in until enabled again. If signed in, they are signed out at once.`,
  confirmResetTitle: 'Issue a new PIN?',
  confirmReset: (name, staffId) =>
    `The current PIN of ${name} (${staffId}) stops working at once. The kiosk issues a new setup code for them to set a PIN.`,
  confirmRoleTitle: 'Change the role?',
  confirmRole: (name, staffId, role) => `${name} (${staffId}) becomes: ${role}.`,
  doneDisabled: (staffId) => `${staffId} is disabled.`,
  doneEnabled: (staffId) => `${staffId} is enabled again.`,
  doneUnlocked: (staffId) => `${staffId} is unlocked.`,
  doneRole: (staffId, role) => `${staffId} is now: ${role}.`,

  enrolTitle: 'Add staff',
  enrolIdHint: 'A staff ID is 2 to 4 letters, then 2 to 6 digits, e.g. CB09. Each ID is for one person.',
  enrolNameTitle: 'Full name',
  enrolNameHint: 'Type the full name, with its accents, as on their papers.',
  enrolNameLabel: 'Full name',
  enrolNameMissing: 'Please type the staff member’s full name.',
  enrolRoleTitle: 'Role',
  enrolRoleHint: 'A supervisor may add, disable and issue new PINs for other staff.',
  enrolSubmit: 'Add and issue a setup code',
  enrolling: 'Adding the staff member…',

  codeShownTitle: 'Setup code',
  codeFor: (name, staffId) => `For ${name} (${staffId})`,
  codeLabel: 'Setup code',
  codeValidUntil: (time) => `Works once, until ${time}.`,
  codeOnce:
    'This code is shown only once. Give it to the staff member: at their first sign-in they choose “First sign-in / I have a setup code”, type it, and set their own PIN.',
  codeDone: 'I gave the code to them',

  setupPath: 'First sign-in / I have a setup code',
  setupTitle: 'Set a PIN with a setup code',
  codeTitle: 'Type the setup code',
  codeHint: 'The setup code has 8 digits; a supervisor gave it to you. It works once, within 24 hours.',
  codeFieldLabel: 'Setup code',
  codeProgress: (typed) => `${typed} of 8 digits entered`,
  codeWrongLength: 'The setup code has 8 digits.',
  codeWrong: (left) =>
    left === undefined
      ? 'Wrong staff ID or setup code.'
      : `Wrong staff ID or setup code. ${left} attempts left.`,

  newPinTitle: 'Set a new PIN',
  newPinHint: 'A PIN has 6 digits. Not one digit six times, nor a run like 123456.',
  newPinLabel: 'New PIN',
  newPinAgainTitle: 'Type the new PIN again',
  newPinAgainHint: 'Type the same PIN again, to be sure no key was mistyped.',
  newPinAgainLabel: 'New PIN again',
  pinProgress: (typed) => `${typed} of 6 digits entered`,
  pinRules: {
    length: 'The new PIN must have 6 digits.',
    'same-digits': 'The PIN cannot be one digit six times. Please choose another.',
    sequence: 'The PIN cannot be a run like 123456 or 987654. Please choose another.',
  },
  pinsDiffer: 'The two PINs differ. Please set the new PIN again.',
  pinSaving: 'Saving the PIN…',

  forcedTitle: 'Your PIN must change',
  forcedHint: 'Your PIN follows the old rules. Please set a new 6-digit PIN before you start work.',

  changeTitle: 'Change my PIN',
  currentPinTitle: 'Type your current PIN',
  currentPinHint: 'To be sure it is you, please type the PIN you use now.',
  currentPinLabel: 'Current PIN',
  changed: 'Your PIN is changed. Use the new PIN from your next sign-in.',
};
