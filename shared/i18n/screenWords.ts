import type { AccountLevel, AccountStatus, LockReason } from '../domain/account.js';
import type { ChangeKind } from '../domain/change.js';
import type { ClientErrorCode } from '../ipc/clientErrors.js';
import type { LookupBasis } from '../ipc/requestContract.js';
import type { Language } from './language.js';
import type { DeviceWords, IdNumberWords, UnlockWords } from './ruleWords.js';

/*
 * The shape of what each screen says. Every key is required, so a language that lacks one, or
 * has one the others do not, fails the typecheck (see Catalogue.ts).
 */

export interface TitleAndHint {
  title: string;
  hint: string;
}

export interface LanguageSwitchWords {
  /** The toggle is written in the language it switches to, so a reader of that language finds it. */
  switchTo: string;
  switchToLang: Language;
  switchToLabel: string;
}

export interface CommonWords {
  back: string;
  continue: string;
  retry: string;
  end: string;
  home: string;
  cancel: string;
  confirm: string;
  working: string;
  /** The cue shown while a screen runs on below the viewport (issue 12 §2). */
  scrollMore: string;
  hotline: string;
  communePolice: string;
}

export interface WelcomeWords {
  title: string;
  lead: string;
  actions: Readonly<Record<'devices' | 'unlink' | 'unlock' | 'lookup' | 'guide', TitleAndHint>>;
  staffEntry: string;
  staffEntryLabel: string;
  kioskId: (kioskId: string) => string;
  connecting: string;
  assistedLead: string;
  /** A citizen alone while the national system cannot be reached (issue 12 §3): the one message. */
  offlineTitle: string;
  offlineBody: string;
  offlineAskStaff: string;
  /** Beside a task that needs the connection, in place of its hint, while there is none. */
  needsConnection: string;
}

export interface IdentifyWords {
  step: (step: number, of: number) => string;
  idTitle: string;
  idHint: string;
  idLabel: string;
  idProgress: (typed: number) => string;
  forIdNumber: string;
  checking: string;
  /** Words for the ID-number rule's problem codes. */
  rules: IdNumberWords;

  dobTitle: string;
  dobHint: string;
  dobLabel: string;
  dobProgress: (typed: number) => string;
  dobSpoken: (day: string, month: string, year: string) => string;
  dobIncomplete: string;
  dobBadDay: string;
  dobBadMonth: string;
  dobNotADate: (text: string) => string;
  dobInFuture: string;
  dobTooOld: string;
  dobShown: string;

  methodTitle: string;
  methodHint: string;
  methods: Readonly<Record<'passcode' | 'otp' | 'staff', TitleAndHint>>;

  passcodeTitle: string;
  passcodeHint: string;
  passcodeLabel: string;
  passcodeProgress: (typed: number) => string;
  passcodeWrongLength: string;

  otpTitle: string;
  otpHint: string;
  otpSending: string;
  otpSentTo: (masked: string) => string;
  otpLabel: string;
  otpProgress: (typed: number) => string;
  otpWrongLength: string;
  otpResend: string;
  otpResendIn: (seconds: number) => string;
  otpWrong: string;
  /** A wrong passcode or OTP once 2 or fewer tries are left before the ID is locked (issue 12). */
  passcodeWrongLeft: (left: number) => string;
  otpWrongLeft: (left: number) => string;
  /** Too many wrong codes: `time` is when the ID may be tried again (Vietnam time). */
  verificationLockedUntil: (time: string) => string;
  otpExpired: string;
  otpRateLimited: (seconds: number | undefined) => string;
  otpNoPhone: string;
  otpUsePasscode: string;
  /** The code cannot be sent: the national system cannot be reached. The step's one message. */
  otpOffline: string;

  attestTitle: string;
  attestHint: string;
  attestCheck: string;
  attestCheckHint: string;
  attestNeedCheck: string;
  attestBy: (staffId: string) => string;
  /** Staff compare the whole typed number with the card's; shown on this step only. */
  attestTypedNumber: string;
}

export interface PadWords {
  label: string;
  codeLabel: string;
  staffLabel: string;
  backspace: string;
  clear: string;
  dash: string;
}

export interface AccountWords {
  title: string;
  /** The title when the holder has died: a relative is reading, so the holder is not addressed. */
  titleDeceased: string;
  idNumber: string;
  level: string;
  levelValue: (level: AccountLevel) => string;
  levelExplained: Readonly<Record<AccountLevel, string>>;
  status: string;
  statusValue: Readonly<Record<AccountStatus, string>>;
  unknown: string;
  lockReason: string;
  lockSince: (date: string) => string;
  lockReasonValue: Readonly<Record<LockReason, string>>;
  loading: string;
  activeNote: string;
  lockTitle: string;
  lockedOn: (date: string) => string;
  lockedUntil: (date: string) => string;
  lockedBy: string;
  whoCanUnlock: string;
  nextStep: string;
  contactTitle: string;
  contactHotline: (hotline: string) => string;
  contactPolice: (police: string) => string;
  requestUnlock: string;
  requestUnlockOffline: string;
  manageDevices: string;
  seeAccount: string;
  /** Words for the unlock-eligibility rule's outcomes, reasons and next steps. */
  rules: UnlockWords;
  offlineTitle: string;
  offlineBody: string;
  offlineAssisted: string;
  offlineSelf: string;
}

export interface DevicesWords {
  title: string;
  intro: string;
  loading: string;
  /** The intro when the holder has died (see AccountWords.titleDeceased). */
  introDeceased: string;
  count: (count: number) => string;
  none: string;
  name: string;
  model: string;
  /** A model code no list knows, shown as what it is. */
  modelCode: (code: string) => string;
  os: string;
  firstSeen: string;
  lastSeen: string;
  lastPlace: string;
  active: string;
  activeHint: string;
  suspicious: string;
  unlink: string;
  /** Words for the device rules' findings. */
  rules: DeviceWords;
  frozen: string;
  endHint: string;
  endHintDeceased: string;
  offlineTitle: string;
  offlineBody: string;
  unlinkAll: string;
  unlinkAllHint: string;
}

export interface ConfirmWords {
  title: string;
  question: (name: string) => string;
  consequence: string;
  /** Unlinking the phone in hand: keeping it is the main action, unlinking needs a tick first. */
  activeTitle: string;
  activeQuestion: (name: string) => string;
  activeConsequence: string;
  activeAcknowledge: string;
  keep: string;
  unlinkActive: string;
  unlinkAllTitle: string;
  unlinkAllQuestion: string;
  unlinkAllConsequence: string;
  unlockTitle: string;
  unlockQuestion: string;
  unlockOffline: string;
  confirm: string;
  working: string;
}

export interface ReceiptScreenWords {
  referenceLabel: string;
  referenceMeaning: string;
  referenceHint: string;
  nextTitle: string;
  reviewDevices: string;
  seeAccount: string;
  reasonLabel: string;
  print: string;
  /** The same slip again, from the lookup (staff, or the citizen in the session that made it). */
  reprint: string;
  printing: string;
  printed: string;
  /** The web host: the browser took the print job; it cannot know that the paper came out. */
  printSent: string;
  printFailed: string;
  waitingTitle: string;
  waitingNext: readonly string[];
  kinds: Readonly<Record<ChangeKind, string>>;
  unlink: {
    doneTitle: string;
    doneBody: (name: string) => string;
    doneNext: readonly string[];
    alreadyBody: (name: string) => string;
    waitingBody: (name: string) => string;
    notDoneTitle: string;
    notDoneBody: (name: string) => string;
  };
  unlinkAll: {
    doneTitle: string;
    doneBody: string;
    doneNext: readonly string[];
    alreadyBody: string;
    waitingBody: string;
    notDoneTitle: string;
    notDoneBody: string;
  };
  unlock: {
    unlockedTitle: string;
    unlockedBody: string;
    unlockedNext: readonly string[];
    reviewTitle: string;
    reviewBody: string;
    reviewNext: readonly string[];
    alreadyPendingBody: string;
    notLockedTitle: string;
    notLockedBody: string;
    waitingBody: string;
    notDoneTitle: string;
    notDoneBody: string;
  };
  notDoneNext: readonly string[];
  /** Keyed by the national system's outcome code; a code without words falls back to a general reason. */
  reasons: Readonly<Partial<Record<string, string>>>;
  rejectedReason: string;
  conflictReason: string;
  blockedBody: string;
}

export interface LookupWords {
  title: string;
  hint: string;
  label: string;
  progress: (typed: number) => string;
  submit: string;
  searching: string;
  incomplete: string;
  resultTitle: string;
  kind: string;
  status: string;
  acceptedAt: string;
  updatedAt: string;
  /** What the state rests on (`closed-here` is the desk's words: `desk.closedSource`). */
  basis: Readonly<Record<Exclude<LookupBasis, 'closed-here'>, string>>;
  another: string;
  states: {
    waiting: string;
    waitingBody: string;
    reviewPending: string;
    reviewPendingBody: string;
    approved: string;
    refused: string;
    done: string;
    notDone: string;
  };
  doneBodies: Readonly<Record<ChangeKind, string>>;
  duplicateBodies: Readonly<Record<ChangeKind, string>>;
}

export interface GuideWords {
  title: string;
  lead: string;
  stepLabel: (step: number) => string;
  steps: readonly { title: string; body: string }[];
  /** Words drawn on the pictures of the phone: the app's own labels, which stay Vietnamese. */
  drawing: {
    home: string;
    personal: string;
    manageDevices: string;
    accountInfo: string;
    settings: string;
    oldPhone: string;
    newPhone: string;
    unlink: string;
    confirm: string;
    cancel: string;
    question: string;
  };
  safetyTitle: string;
  safety: readonly string[];
  atKiosk: string;
}

export interface StaffWords {
  signInTitle: string;
  idTitle: string;
  idHint: string;
  idLabel: string;
  idProgress: (typed: number) => string;
  idInvalid: string;
  pinTitle: string;
  pinHint: string;
  pinLabel: string;
  pinProgress: (typed: number) => string;
  pinWrongLength: string;
  pinWrong: (left: number | undefined) => string;
  lockedOut: (until: string | undefined) => string;
  /** Wrong tries pile up at this kiosk: the pad waits this many seconds (issue 12). */
  signInWait: (seconds: number) => string;
  forStaff: string;
  bar: (staffId: string) => string;
  signOut: string;
}

export interface SyncWords {
  offlineTitle: string;
  offlineSelf: string;
  offlineAssisted: string;
  waiting: (count: number) => string;
}

export interface IdleWords {
  title: string;
  body: (seconds: number) => string;
  continue: string;
  end: string;
  wipedTitle: string;
  wipedBody: string;
  /** A staff member is signed in: the countdown signs them out, so it speaks to them. */
  staffTitle: string;
  staffBody: (seconds: number) => string;
  staffEnd: string;
}

/** One sentence per error code a screen can meet, from the core or from the bridge itself. */
export type ErrorWords = Readonly<Record<ClientErrorCode, string>>;
