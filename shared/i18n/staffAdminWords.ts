import type { StaffRole } from '../domain/staffRole.js';
import type { StaffAccountStatus } from '../ipc/staffAdminContract.js';
import type { PinRule } from '../rules/pinRules.js';

/**
 * Staff accounts (issue 11, part M): the supervisors' page "Quản lý cán bộ", the first sign-in
 * with a setup code, the PIN change a sign-in may ask for, and a member's own PIN change.
 */
export interface StaffAdminWords {
  intro: string;
  listTitle: string;
  /** The list is being read. */
  loading: string;
  roles: Readonly<Record<StaffRole, string>>;
  statuses: Readonly<Record<StaffAccountStatus, string>>;
  /** Beside the signed-in supervisor's own row. */
  you: string;
  notRegistered: string;
  setupCodeUntil: (time: string) => string;
  setupCodeExpired: string;
  lockedUntil: (time: string) => string;

  add: string;
  disable: string;
  enable: string;
  resetPin: string;
  unlock: string;
  makeSupervisor: string;
  makeStaff: string;
  /** Each action's confirmation: a title and the question, about one member. */
  confirmDisableTitle: string;
  confirmDisable: (name: string, staffId: string) => string;
  confirmResetTitle: string;
  confirmReset: (name: string, staffId: string) => string;
  confirmRoleTitle: string;
  confirmRole: (name: string, staffId: string, role: string) => string;
  /** What happened, said after the list is read again. */
  doneDisabled: (staffId: string) => string;
  doneEnabled: (staffId: string) => string;
  doneUnlocked: (staffId: string) => string;
  doneRole: (staffId: string, role: string) => string;

  enrolTitle: string;
  enrolIdHint: string;
  enrolNameTitle: string;
  enrolNameHint: string;
  enrolNameLabel: string;
  enrolNameMissing: string;
  enrolRoleTitle: string;
  enrolRoleHint: string;
  enrolSubmit: string;
  enrolling: string;

  codeShownTitle: string;
  codeFor: (name: string, staffId: string) => string;
  codeLabel: string;
  codeValidUntil: (time: string) => string;
  codeOnce: string;
  codeDone: string;

  /** On the sign-in screen's first step: the way in with a setup code. */
  setupPath: string;
  setupTitle: string;
  codeTitle: string;
  codeHint: string;
  codeFieldLabel: string;
  codeProgress: (typed: number) => string;
  codeWrongLength: string;
  codeWrong: (left: number | undefined) => string;

  newPinTitle: string;
  newPinHint: string;
  newPinLabel: string;
  newPinAgainTitle: string;
  newPinAgainHint: string;
  newPinAgainLabel: string;
  pinProgress: (typed: number) => string;
  pinRules: Readonly<Record<PinRule, string>>;
  pinsDiffer: string;
  pinSaving: string;

  forcedTitle: string;
  forcedHint: string;

  changeTitle: string;
  currentPinTitle: string;
  currentPinHint: string;
  currentPinLabel: string;
  changed: string;
}
