import { COMMUNE_POLICE, HOTLINE } from '../../domain/contacts.js';
import type { Catalogue } from '../Catalogue.js';
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

  guide: {
    title: 'How to unlink a phone in the VNeID app',
    lead: 'A VNeID account can be signed in on only one phone at a time. When you get a new phone, unlink the old one like this:',
    stepLabel: (step: number) => `Step ${step}`,
    steps: [
      {
        title: 'Open VNeID, tap “Cá nhân” (Personal)',
        body: 'Sign in to the VNeID app. At the very bottom of the screen, tap “Cá nhân”.',
      },
      {
        title: 'Tap “Quản lý thiết bị” (Manage devices)',
        body: 'Among the account items, tap “Quản lý thiết bị” to see every phone that has signed in.',
      },
      {
        title: 'Pick the old phone, tap “Hủy liên kết” (Unlink)',
        body: 'Read the list carefully. For a phone you do not use or do not recognise, tap “Hủy liên kết”.',
      },
      {
        title: 'Tap “Xác nhận” (Confirm)',
        body: 'The app asks whether you are sure. Tap “Xác nhận” and it is done.',
      },
    ],
    drawing: {
      home: 'Trang chủ',
      personal: 'Cá nhân',
      manageDevices: 'Quản lý thiết bị',
      accountInfo: 'Thông tin tài khoản',
      settings: 'Cài đặt',
      oldPhone: 'Máy cũ',
      newPhone: 'Máy mới',
      unlink: 'Hủy liên kết',
      confirm: 'Xác nhận',
      cancel: 'Hủy bỏ',
      question: 'Hủy liên kết thiết bị?',
    },
    safetyTitle: 'To keep the account safe',
    safety: [
      'Never tell anyone your passcode or the code in a text message.',
      'Sign out of VNeID before lending your phone to someone.',
      'Keep the VNeID app up to date.',
    ],
    atKiosk: 'Do it here at the kiosk',
  },

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

  errors: {
    UNKNOWN_METHOD: 'The kiosk had a problem with this request. Please ask a staff member.',
    BAD_ARGUMENTS: 'What was entered is not right. Please check it.',
    INVALID_ID_NUMBER: 'The personal ID number is not right. Please check the number on your ID card.',
    NO_SESSION: 'The session has ended. Please press “Finish” and start again.',
    VERIFICATION_FAILED: 'The ID number or passcode is not right. Please check and enter it again.',
    VERIFICATION_LOCKED:
      'Too many wrong tries, so checking is paused for a while. Please try later, or ask a staff member.',
    ACCOUNT_NOT_FOUND: 'No VNeID account was found for this ID number.',
    DEVICE_NOT_FOUND: 'This device is no longer on the list. Please look at the list again.',
    UPSTREAM_UNAVAILABLE:
      'The national identity system cannot be reached right now. Please try again in a few minutes.',
    UPSTREAM_REFUSED: 'The national identity system refused the request. Please ask a staff member.',
    STORE_FAILED: 'The kiosk could not save the request. Please ask a staff member.',
    STORE_FULL: 'The kiosk has run out of storage space. Please tell a staff member.',
    NOTICE_NOT_FOUND: 'This notice has already been seen, or is no longer there.',
    // Issue 10, first run (part A).
    SETUP_REQUIRED: 'This kiosk is being set up. The supervisor must finish the first-run steps first.',
    SETUP_NOT_AVAILABLE: 'This setup step is not available now.',
    SETUP_PIN_MISMATCH: 'The two PINs are not the same. Please type the PIN again, twice.',
    RECOVERY_KIT_FAILED:
      'The recovery kit was not written. Check the USB stick (space, plugged in) and try again.',
    SUPERVISOR_REQUIRED: 'Only a supervisor can do this.',
    REPORT_DAY_NOT_AVAILABLE: 'No report can be made for this day.',
    // Issue 11, the sync desk (part S).
    CHANGE_NOT_FOUND: 'This request is no longer in the queue.',
    CHANGE_NOT_RESENDABLE:
      'The national system has decided this request; resending only brings back the same answer. Close it instead.',
    CHANGE_NOT_CLOSABLE: 'This request is not waiting for staff, so it cannot be closed.',
    // Issue 11, staff accounts (part M).
    STAFF_ID_TAKEN: 'This staff ID is already taken. Please choose another.',
    STAFF_NOT_FOUND: 'No staff member has this ID.',
    PIN_TOO_WEAK: 'The new PIN is not safe enough. Please choose another.',
    SETUP_CODE_WRONG: 'Wrong staff ID or setup code.',
    SETUP_CODE_EXPIRED: 'The setup code is over 24 hours old. Please ask a supervisor for a new one.',
    STAFF_DISABLED: 'This staff account is disabled. Please contact a supervisor.',
    LAST_SUPERVISOR: 'This is the last active supervisor: they cannot be disabled or made staff.',
    PIN_CHANGE_REQUIRED: 'Please change your PIN before doing anything else.',
    INTERNAL: 'The kiosk had an unexpected problem. Please try again, or ask a staff member.',
    OFFLINE:
      'This cannot be checked right now: the kiosk has no connection to the national identity system. Please try again in a few minutes, or ask a staff member.',
    STAFF_REQUIRED: 'This needs a staff member. Please ask one to come to the kiosk.',
    STAFF_PIN_WRONG: 'The staff ID or PIN is not right.',
    STAFF_LOCKED_OUT: 'Too many wrong tries. This staff ID is locked for a while; please try later.',
    STAFF_SIGN_IN_WAIT: 'Several wrong tries on this kiosk. Please wait a moment, then try again.',
    OTP_RATE_LIMITED: 'A code was just sent. Please wait a moment, then press “Send the code again”.',
    NO_REGISTERED_PHONE:
      'This account has no registered phone number for codes. Please use your VNeID passcode, or ask a staff member.',
    OTP_EXPIRED: 'The code has expired or was already used. Please press “Send the code again”.',
    UNLOCK_NOT_POSSIBLE: 'An unlock request cannot be sent from this kiosk. Please read the guidance above.',
    BAD_REFERENCE:
      'The lookup code is not right. It has 10 characters: digits and the letters A to F. Please check the slip.',
    REQUEST_NOT_FOUND: 'No request was found with this code. Please check the code on the slip.',
    RECEIPT_NOT_AVAILABLE: 'The slip for this request is not available yet. Please ask a staff member.',
    BACKUP_FAILED: 'The backup did not finish. Check the USB stick (space, plugged in) and try again.',
    STAFF_NOT_REGISTERED:
      'This staff account is waiting to be registered with the national system, so the card cannot be confirmed yet. Please try again when the kiosk is online.',
    KIOSK_UNREACHABLE: 'The kiosk service does not answer. Please try again, or tell a staff member.',
    KIOSK_ACCESS_DENIED: 'The kiosk was not started correctly. Please ask a staff member to restart it.',
    BAD_RESPONSE: 'The kiosk received invalid data. Please try again, or ask a staff member.',
  },
};
