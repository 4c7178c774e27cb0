import { COMMUNE_POLICE, HOTLINE } from '../../domain/contacts.js';
import type { Catalogue } from '../Catalogue.js';
import { cardScanWordsEn } from './cardScan.js';
import { errorWordsEn } from './errors.js';
import { guideWordsEn } from './guide.js';
import { dayReportWordsEn } from './dayReport.js';
import { auditLogWordsEn } from './auditLog.js';
import { deskWordsEn } from './desk.js';
import { officeWordsEn } from './office.js';
import { staffAdminWordsEn } from './staffAdmin.js';
import { receiptScreenWordsEn } from './receiptScreen.js';
import { receiptSlipWordsEn } from './receiptSlip.js';
import { modeWordsEn, setupWordsEn } from './setup.js';
import { storeNoticeWordsEn } from './storeNotices.js';
import { accountContentWordsEn, deviceWordsEn, idNumberWordsEn, unlockWordsEn } from './ruleWords.js';

/*
 * English, one tap away. The app's own Vietnamese labels are kept in quotes beside the English
 * ("Hủy liên kết", unlink), because the phone app the citizen goes home to is in Vietnamese.
 * The commune police keep their Vietnamese name (Công an xã): that is the sign on the door.
 */

export const en: Catalogue = {
  lang: 'en',
  appName: 'VNeID self-service kiosk',

  language: {
    switchTo: 'Tiếng Việt',
    switchToLang: 'vi',
    switchToLabel: 'Chuyển màn hình sang tiếng Việt',
  },

  common: {
    back: 'Back',
    continue: 'Continue',
    retry: 'Try again',
    end: 'Finish',
    home: 'Back to the start',
    cancel: 'Cancel',
    confirm: 'Confirm',
    working: 'Working…',
    scrollMore: 'Scroll down to see more',
    hotline: HOTLINE,
    communePolice: COMMUNE_POLICE,
  },

  welcome: {
    title: 'Welcome',
    lead: 'This kiosk helps you check your VNeID electronic identity account. Please choose:',
    actions: {
      devices: {
        title: 'Manage devices',
        hint: 'See the phones linked to your VNeID account.',
      },
      unlink: {
        title: 'Unlink a device',
        hint: 'You have a new phone, or lost the old one.',
      },
      unlock: {
        title: 'Unlock my account',
        hint: 'See why the account is locked and how to unlock it.',
      },
      lookup: {
        title: 'Check a request',
        hint: 'Enter the code on your slip to see the result.',
      },
      guide: {
        title: 'How to do it on the phone',
        hint: 'Unlinking a phone yourself in the VNeID app.',
      },
    },
    staffEntry: 'Staff',
    staffEntryLabel: 'Staff: sign in to assisted mode',
    kioskId: (kioskId: string) => `Kiosk: ${kioskId}`,
    connecting: 'Connecting…',
    assistedLead: 'A staff member is assisting. Please choose what to do for the citizen:',
    offlineTitle: 'The kiosk has no connection to the national identity system',
    offlineBody:
      'Viewing devices, unlinking and unlocking need that connection, so they cannot be done here just now. You can still look up a request made at this kiosk and read the guide for your phone.',
    offlineAskStaff:
      'If it cannot wait, please ask a staff member: they record your request, and the kiosk sends it when the connection is back.',
    needsConnection: 'Needs the connection. Not available just now.',
  },

  identify: {
    step: (step: number, of: number) => `Step ${step} of ${of}`,
    idTitle: 'Enter your personal ID number',
    idHint: 'Your personal ID number has 12 digits and is printed on your ID card.',
    idLabel: 'Personal ID number',
    idProgress: (typed: number) => `${typed} of 12 digits entered`,
    forIdNumber: 'ID number',
    checking: 'Checking…',
    rules: idNumberWordsEn,

    dobTitle: 'Enter your date of birth',
    dobHint: 'Enter day, month and year as on your ID card. For 05/02/1960, press 0 5 0 2 1 9 6 0.',
    dobLabel: 'Date of birth (day/month/year)',
    dobProgress: (typed: number) => `${typed} of 8 digits entered`,
    dobSpoken: (day: string, month: string, year: string) =>
      `Day ${day || '…'}, month ${month || '…'}, year ${year || '…'}.`,
    dobIncomplete: 'Please enter the full day, month and year of birth: 8 digits.',
    dobBadDay: 'The day must be from 01 to 31. Please check.',
    dobBadMonth: 'The month must be from 01 to 12. Please check.',
    dobNotADate: (text: string) => `${text} is not a date on the calendar. Please check.`,
    dobInFuture: 'The date of birth cannot be after today. Please check.',
    dobTooOld: 'The year of birth must be 1900 or later. Please check.',
    dobShown: 'Date of birth',

    methodTitle: 'Choose how to prove it is you',
    methodHint: 'To protect the account, the kiosk must know it is really you. Please choose one:',
    methods: {
      passcode: {
        title: 'VNeID passcode',
        hint: 'The 6 digits you use to sign in to the VNeID app.',
      },
      otp: {
        title: 'Code by text message (SMS)',
        hint: 'The kiosk sends a 6-digit code to your registered phone.',
      },
      staff: {
        title: 'Staff checks the ID card',
        hint: 'The staff member compares the ID card with the person present.',
      },
    },

    passcodeTitle: 'Enter your VNeID passcode',
    passcodeHint: 'The passcode has 6 digits: the one you use to sign in to the VNeID app.',
    passcodeLabel: 'Passcode',
    passcodeProgress: (typed: number) => `${typed} of 6 digits entered`,
    passcodeWrongLength: 'The passcode must have all 6 digits.',

    otpTitle: 'Enter the code from the text message',
    otpHint: 'The code has 6 digits and is valid for 5 minutes.',
    otpSending: 'Sending the code…',
    otpSentTo: (masked: string) => `The code was sent to ${masked}.`,
    otpLabel: 'Code in the message',
    otpProgress: (typed: number) => `${typed} of 6 digits entered`,
    otpWrongLength: 'The code must have all 6 digits.',
    otpResend: 'Send the code again',
    otpResendIn: (seconds: number) => `Send again in ${seconds} seconds`,
    otpWrong: 'The code is not right. Please read the message again and re-enter it.',
    passcodeWrongLeft: (left: number) =>
      `The ID number or passcode is not right. ${left} ${left === 1 ? 'try' : 'tries'} left, then checking this ID number is locked for a while.`,
    otpWrongLeft: (left: number) =>
      `The code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left, then checking this ID number is locked for a while.`,
    verificationLockedUntil: (time: string) =>
      `Too many wrong tries. Checking this ID number is locked until ${time}. You can try again then, or ask a staff member now.`,
    otpExpired: 'The code has expired or was already used. Please press “Send the code again”.',
    otpRateLimited: (seconds: number | undefined) =>
      seconds === undefined
        ? 'A code was just sent. Please wait a moment, then press “Send the code again”.'
        : `A code was just sent. Please wait ${seconds} seconds, then press “Send the code again”.`,
    otpNoPhone:
      'This account has no registered phone number for codes. Please use your VNeID passcode, or ask a staff member.',
    otpUsePasscode: 'Use the VNeID passcode',
    otpOffline:
      'The code cannot be sent right now: the kiosk has no connection to the national identity system. Please come back in a few minutes, or ask a staff member.',

    attestTitle: 'Staff confirms the identity',
    attestHint: 'Compare the ID card with the person present, then tick the box and press “Confirm”.',
    attestCheck: 'I have checked the ID card',
    attestCheckHint:
      'The ID number and date of birth on the card match those above, and the photo on the card is this person.',
    attestNeedCheck: 'Please tick “I have checked the ID card” before confirming.',
    attestBy: (staffId: string) => `The confirmation is recorded under staff member ${staffId}.`,
    attestTypedNumber: 'ID number typed (compare it with the card)',
  },

  cardScan: cardScanWordsEn,

  pad: {
    label: 'Number pad',
    codeLabel: 'Lookup code keypad',
    staffLabel: 'Letter and number keypad',
    backspace: 'Delete',
    clear: 'Clear',
    dash: 'Dash',
  },

  account: {
    title: 'Your account',
    titleDeceased: 'Account details',
    idNumber: 'ID number',
    level: 'Account level',
    levelValue: (level) => `Level ${level}`,
    levelExplained: {
      1: 'Level 1: ID number, full name, date of birth, gender.',
      2: 'Level 2: as level 1, plus portrait, fingerprints and linked papers (driving licence, health insurance card…).',
    },
    status: 'Status',
    statusValue: {
      active: 'Active',
      locked: 'Locked',
    },
    unknown: 'Could not check yet',
    lockReason: 'Reason for the lock',
    lockSince: (date: string) => `since ${date}`,
    lockReasonValue: {
      'terms-violation': 'Breaking the terms of use',
      'holder-request': 'At the holder’s own request',
      'id-card-revoked': 'ID card revoked',
      'holder-deceased': 'The holder has died',
      'competent-authority': 'At the request of a competent authority',
    },
    loading: 'Loading the account…',
    activeNote: 'The account works normally; it is not locked.',
    lockTitle: 'Why the account is locked',
    lockedOn: (date: string) => `Locked since ${date}.`,
    lockedUntil: (date: string) => `The lock runs until ${date}.`,
    lockedBy: 'Lock requested by',
    whoCanUnlock: 'Who can unlock it',
    nextStep: 'What to do next',
    contactTitle: 'Questions',
    contactHotline: (hotline: string) => `VNeID hotline: ${hotline}`,
    contactPolice: (police: string) => `Commune police (${police}), at the commune office`,
    requestUnlock: 'Send an unlock request',
    requestUnlockOffline: 'Record an unlock request (send later)',
    manageDevices: 'Manage devices',
    seeAccount: 'See why the account is locked',
    rules: unlockWordsEn,
    offlineTitle: 'The account cannot be checked right now',
    offlineBody:
      'The kiosk has lost its connection to the national identity system, so the account cannot be shown. Please try again in a few minutes.',
    offlineAssisted:
      'Staff can still record requests for the citizen. The kiosk sends them when the connection returns.',
    offlineSelf: 'If it cannot wait, please ask a staff member.',
  },

  accountContents: accountContentWordsEn,

  devices: {
    title: 'Manage devices',
    intro: 'These are the devices that have signed in to your VNeID account.',
    introDeceased: 'These are the devices that have signed in to this VNeID account.',
    loading: 'Loading the devices…',
    count: (count: number) => `${count} ${count === 1 ? 'device is' : 'devices are'} linked to the account`,
    none: 'No device is linked to the account.',
    name: 'Device name',
    model: 'Model',
    modelCode: (code: string) => `${code} (model code)`,
    os: 'Operating system',
    firstSeen: 'First signed in',
    lastSeen: 'Last used',
    lastPlace: 'Last used in',
    active: 'In use',
    activeHint: 'The account is signed in on this phone.',
    suspicious: 'Please check',
    unlink: 'Unlink (Hủy liên kết)',
    rules: deviceWordsEn,
    frozen: 'This account cannot be changed, so devices cannot be unlinked.',
    endHint: 'When you are done, press “Finish” to remove your information from the kiosk.',
    endHintDeceased: 'When you are done, press “Finish” to remove this account’s information from the kiosk.',
    offlineTitle: 'The devices cannot be shown right now',
    offlineBody:
      'The kiosk has lost its connection to the national identity system, so the devices cannot be read. Please try again in a few minutes.',
    unlinkAll: 'Unlink all devices',
    unlinkAllHint:
      'While the list cannot be read, staff can record a request to unlink all devices. The kiosk sends it when the connection returns.',
  },

  confirm: {
    title: 'Unlink the device',
    question: (name: string) => `Are you sure you want to unlink the device ${name}?`,
    consequence: 'This device will be signed out of your VNeID account.',
    activeTitle: 'Unlink the phone in use',
    activeQuestion: (name: string) => `If you unlink it, the VNeID app on ${name} is signed out at once.`,
    activeConsequence:
      'This is the phone you use VNeID on. After unlinking, you must sign in to VNeID again. If you still use this phone, press “Keep (Giữ lại)”.',
    activeAcknowledge: 'I understand: the VNeID app on this phone will be signed out at once.',
    keep: 'Keep (Giữ lại)',
    unlinkActive: 'Unlink (Hủy liên kết)',
    unlinkAllTitle: 'Unlink all devices',
    unlinkAllQuestion: 'Unlink the VNeID account from every device?',
    unlinkAllConsequence: 'Every phone signed in is signed out. Then sign in again on the new phone.',
    unlockTitle: 'Send an unlock request',
    unlockQuestion: 'Send a request to unlock your VNeID account?',
    unlockOffline:
      'The kiosk is offline: the request is saved and sent automatically when the connection returns.',
    confirm: 'Confirm (Xác nhận)',
    working: 'Working…',
  },

  receipt: receiptScreenWordsEn,

  receiptSlip: receiptSlipWordsEn,
  storeNotices: storeNoticeWordsEn,

  lookup: {
    title: 'Check a request',
    hint: 'Enter the lookup code printed on your slip (10 characters: digits and the letters A to F), or hold the slip’s QR code to the scanner.',
    label: 'Lookup code',
    progress: (typed: number) => `${typed} of 10 characters entered`,
    submit: 'Check',
    searching: 'Checking…',
    incomplete: 'A lookup code has 10 characters. Please check the slip.',
    resultTitle: 'Result',
    kind: 'Request',
    status: 'Status',
    acceptedAt: 'Received on',
    updatedAt: 'Last updated',
    basis: {
      'national-system': 'According to the national identity system.',
      'kiosk-record': 'According to the answer the national identity system gave this kiosk.',
      'not-yet-received':
        'According to this kiosk: the national identity system has no news of the request yet.',
      'not-checked': 'According to this kiosk: the national identity system cannot be asked right now.',
    },
    another: 'Check another code',
    states: {
      waiting: 'Recorded, waiting to send',
      waitingBody: 'The request is saved on the kiosk and is sent automatically when the connection returns.',
      reviewPending: 'Waiting for review',
      reviewPendingBody: 'The police are reviewing the request. Please check again in a few days.',
      approved: 'Approved',
      refused: 'Not approved',
      done: 'Done',
      notDone: 'Could not be carried out',
    },
    doneBodies: {
      'unlink-device': 'The device was unlinked.',
      'unlink-all-devices': 'All devices were unlinked.',
      'unlock-request': 'The account was unlocked.',
    },
    duplicateBodies: {
      'unlink-device': 'The device had already been unlinked.',
      'unlink-all-devices': 'No device was linked to the account any more.',
      'unlock-request': 'The account did not need unlocking, or the request had already been sent.',
    },
  },

  guide: guideWordsEn,

  staff: {
    signInTitle: 'Staff sign-in',
    idTitle: 'Enter your staff ID',
    idHint: 'A staff ID has letters and digits, for example CB01.',
    idLabel: 'Staff ID',
    idProgress: (typed: number) => `${typed} characters entered`,
    idInvalid: 'A staff ID has 2 to 4 letters, then 2 to 6 digits, for example CB01.',
    pinTitle: 'Enter your PIN',
    pinHint: 'Your personal staff PIN, 4 to 8 digits.',
    pinLabel: 'PIN',
    pinProgress: (typed: number) => `${typed} digits entered`,
    pinWrongLength: 'A PIN has 4 to 8 digits.',
    pinWrong: (left: number | undefined) =>
      left === undefined
        ? 'The staff ID or PIN is not right.'
        : `The staff ID or PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left.`,
    lockedOut: (until: string | undefined) =>
      until === undefined
        ? 'Too many wrong tries. This staff ID is locked for a while; please try later.'
        : `Too many wrong tries. This staff ID is locked until ${until}.`,
    signInWait: (seconds: number) =>
      `Several wrong tries on this kiosk. Please wait ${seconds} seconds, then try again.`,
    forStaff: 'Staff ID',
    bar: (staffId: string) => `Assisted mode — Staff ${staffId}`,
    signOut: 'Sign out',
  },

  office: officeWordsEn,
  dayReport: dayReportWordsEn,
  auditLog: auditLogWordsEn,
  desk: deskWordsEn,
  staffAdmin: staffAdminWordsEn,
  sync: {
    offlineTitle: 'No connection to the national identity system',
    offlineSelf: 'Information cannot be checked right now. Please try later, or ask a staff member.',
    offlineAssisted: 'Requests are saved on the kiosk and sent automatically when the connection returns.',
    waiting: (count: number) => `${count} ${count === 1 ? 'request is' : 'requests are'} waiting to be sent.`,
  },

  idle: {
    title: 'Are you still there?',
    body: (seconds: number) =>
      `If not, in ${seconds} seconds the kiosk removes your information to protect your account.`,
    continue: 'Continue',
    end: 'Finish now',
    wipedTitle: 'Your information has been removed',
    wipedBody: 'The kiosk has removed everything you entered. Thank you.',
    staffTitle: 'Are you still working?',
    staffBody: (seconds: number) =>
      `If not, in ${seconds} seconds the kiosk signs you out and removes the details of the citizen being served.`,
    staffEnd: 'Sign out now',
  },

  mode: modeWordsEn,

  setup: setupWordsEn,

  errors: errorWordsEn,
};
