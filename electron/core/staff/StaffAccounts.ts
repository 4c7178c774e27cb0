import { randomInt } from 'node:crypto';
import type { StaffRole } from '../../../shared/domain/staffRole.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import type { IssuedSetupCode } from '../../../shared/ipc/staffAdminContract.js';
import { SETUP_CODE_VALID_MS } from '../../../shared/rules/setupCode.js';
import { auditFactsFrom } from '../audit/AuditLog.js';
import type { AuditFacts } from '../audit/auditEntry.js';
import type { StaffMember } from '../store/kioskDocument.js';
import type { KioskStore } from '../store/KioskStore.js';
import { assertNewPin } from './newPin.js';
import { hashPin } from './pinHash.js';
import type { KnownStaff, SecretCheck, StaffDirectory } from './StaffDirectory.js';
import { normaliseStaffId, paceOf } from './StaffDirectory.js';
import { isActiveSupervisor } from './staffAccountView.js';
import { STAFF_MAX_WRONG_PINS } from './staffLockout.js';

export interface StaffAccountsOptions {
  store: Pick<KioskStore, 'commit' | 'read'>;
  directory: StaffDirectory;
  now: () => Date;
  /** Eight random digits; a test may fix them. */
  newSetupCode?: () => string;
}

const randomSetupCode = () => String(randomInt(0, 100_000_000)).padStart(8, '0');

/**
 * Staff accounts (issue 11): what a supervisor does to members, and how a member sets a PIN.
 * Every change is a store record made durable with its audit entry, in one flush. Who may call
 * what is the handlers' business; this class keeps the rules that hold whoever calls: a setup
 * code works once and for 24 hours, and the last active supervisor stays one.
 */
export class StaffAccounts {
  readonly #options: StaffAccountsOptions;

  constructor(options: StaffAccountsOptions) {
    this.#options = options;
  }

  /** Enrols a member with a setup code (no PIN yet); the registrar registers them upstream. */
  enrol(
    actorId: string,
    member: { staffId: string; displayName: string; role: StaffRole },
  ): Promise<IssuedSetupCode> {
    const { directory } = this.#options;
    return directory.exclusive(async () => {
      const staffId = normaliseStaffId(member.staffId);
      if (directory.find(staffId) !== undefined)
        throw new KioskError('STAFF_ID_TAKEN', `${staffId} is already enrolled; nothing was changed.`);
      const { code, codeHash, expiresAt } = await this.#newCode();
      await directory.enrolNow(
        {
          staffId,
          displayName: member.displayName.trim(),
          role: member.role,
          setupCode: { codeHash, expiresAt },
        },
        [this.#audit('staff.enrolled', actorId, staffId, member.role)],
      );
      return { staffId, setupCode: code, expiresAt };
    });
  }

  /** Disables or re-enables; the same state again changes nothing and records nothing. */
  setEnabled(actorId: string, staffId: string, enabled: boolean): Promise<void> {
    return this.#options.directory.exclusive(async () => {
      const member = this.#member(staffId);
      if ((member.disabledAt === undefined) === enabled) return;
      if (!enabled) this.#keepOneSupervisor(member, 'disabled');
      const at = this.#at();
      await this.#options.store.commit(
        [{ type: enabled ? 'staff.enabled' : 'staff.disabled', staffId: member.staffId, at }],
        [this.#audit(enabled ? 'staff.enabled' : 'staff.disabled', actorId, member.staffId)],
      );
    });
  }

  /** A new setup code; the member's PIN stops working at once and any lockout ends. */
  resetPin(actorId: string, staffId: string): Promise<IssuedSetupCode> {
    return this.#options.directory.exclusive(async () => {
      const member = this.#member(staffId);
      // Without a PIN a supervisor cannot act until the code is used: never the last one.
      this.#keepOneSupervisor(member, 'left without a PIN');
      const { code, codeHash, expiresAt } = await this.#newCode();
      await this.#options.store.commit(
        [{ type: 'staff.setupCodeIssued', staffId: member.staffId, codeHash, expiresAt, at: this.#at() }],
        [this.#audit('staff.pinReset', actorId, member.staffId)],
      );
      return { staffId: member.staffId, setupCode: code, expiresAt };
    });
  }

  unlock(actorId: string, staffId: string): Promise<void> {
    return this.#options.directory.exclusive(async () => {
      const member = this.#member(staffId);
      if (member.failedAttempts === 0 && member.lockedUntil === undefined) return;
      await this.#options.store.commit(
        [
          {
            type: 'staff.pinState',
            staffId: member.staffId,
            failedAttempts: 0,
            lockedUntil: null,
            at: this.#at(),
          },
        ],
        [this.#audit('staff.unlocked', actorId, member.staffId)],
      );
    });
  }

  setRole(actorId: string, staffId: string, role: StaffRole): Promise<void> {
    return this.#options.directory.exclusive(async () => {
      const member = this.#member(staffId);
      if (member.role === role) return;
      if (role !== 'supervisor') this.#keepOneSupervisor(member, 'made staff');
      await this.#options.store.commit(
        [{ type: 'staff.roleChanged', staffId: member.staffId, role, at: this.#at() }],
        [this.#audit('staff.roleChanged', actorId, member.staffId, role)],
      );
    });
  }

  /** First sign-in or after a reset: the code sets the PIN, once. Answers who signed in. */
  setPinWithCode(
    staffIdInput: string,
    code: string,
    newPin: string,
    newPinAgain: string,
  ): Promise<KnownStaff> {
    assertNewPin(newPin, newPinAgain);
    const { directory } = this.#options;
    return directory.exclusive(async () => {
      const check = await directory.checkSetupCodeNow(staffIdInput, code);
      if (!check.ok) throw refusalOf(check, 'code');
      const pinHash = await hashPin(newPin);
      await this.#options.store.commit(
        [{ type: 'staff.pinSet', staffId: check.staffId, pinHash, at: this.#at() }],
        [
          auditFactsFrom({
            action: 'staff.setupCodeUsed',
            actor: 'staff',
            staffId: check.staffId,
            outcome: 'pin-set',
          }),
        ],
      );
      return { staffId: check.staffId, displayName: check.displayName, role: check.role };
    });
  }

  /** A member's own change: the current PIN counts toward their lockout like a sign-in, not the kiosk's wait. */
  changePin(staffId: string, currentPin: string, newPin: string, newPinAgain: string): Promise<KnownStaff> {
    assertNewPin(newPin, newPinAgain);
    const { directory } = this.#options;
    return directory.exclusive(async () => {
      const check = await directory.checkPinNow(staffId, currentPin, false);
      if (!check.ok) throw refusalOf(check, 'pin');
      const pinHash = await hashPin(newPin);
      await this.#options.store.commit(
        [{ type: 'staff.pinSet', staffId: check.staffId, pinHash, at: this.#at() }],
        [
          auditFactsFrom({
            action: 'staff.pinChanged',
            actor: 'staff',
            staffId: check.staffId,
            outcome: 'pin-set',
          }),
        ],
      );
      return { staffId: check.staffId, displayName: check.displayName, role: check.role };
    });
  }

  #member(staffId: string): Readonly<StaffMember> {
    const member = this.#options.directory.find(normaliseStaffId(staffId));
    if (member === undefined) throw new KioskError('STAFF_NOT_FOUND', `No staff member ${staffId}.`);
    return member;
  }

  #keepOneSupervisor(member: Readonly<StaffMember>, what: string): void {
    if (!isActiveSupervisor(member)) return;
    const others = this.#options.store
      .read()
      .staff.filter((other) => other.staffId !== member.staffId && isActiveSupervisor(other));
    if (others.length === 0)
      throw new KioskError(
        'LAST_SUPERVISOR',
        `${member.staffId} is the last active supervisor and cannot be ${what}; nothing was changed.`,
      );
  }

  async #newCode() {
    const code = (this.#options.newSetupCode ?? randomSetupCode)();
    const expiresAt = new Date(this.#options.now().getTime() + SETUP_CODE_VALID_MS).toISOString();
    return { code, codeHash: await hashPin(code), expiresAt };
  }

  #at(): string {
    return this.#options.now().toISOString();
  }

  #audit(action: AuditFacts['action'], actorId: string, memberId: string, outcome?: string): AuditFacts {
    return auditFactsFrom({
      action,
      actor: 'staff',
      staffId: actorId,
      ...(outcome === undefined ? {} : { outcome }),
      detail: `member ${memberId}`,
    });
  }
}

/** The error a failed check answers; a wrong setup code speaks of codes, a wrong PIN of PINs. */
export function refusalOf(check: Exclude<SecretCheck, { ok: true }>, secret: 'pin' | 'code'): KioskError {
  const wait = paceOf(check);
  switch (check.reason) {
    case 'wait':
      return new KioskError(
        'STAFF_SIGN_IN_WAIT',
        `Too many wrong tries at this kiosk: the next is checked in ${check.retryAfterSeconds} s.`,
        { retryAfterSeconds: check.retryAfterSeconds },
      );
    case 'unknown-staff':
      return secret === 'pin'
        ? new KioskError('STAFF_PIN_WRONG', 'Wrong staff ID or PIN.', wait)
        : new KioskError('SETUP_CODE_WRONG', 'Wrong staff ID or setup code.', wait);
    case 'wrong-pin':
      return secret === 'pin'
        ? new KioskError(
            'STAFF_PIN_WRONG',
            `Wrong staff ID or PIN: ${check.attemptsLeft} of ${STAFF_MAX_WRONG_PINS} attempts left.`,
            { attemptsLeft: check.attemptsLeft, ...wait },
          )
        : new KioskError(
            'SETUP_CODE_WRONG',
            `Wrong staff ID or setup code: ${check.attemptsLeft} of ${STAFF_MAX_WRONG_PINS} attempts left.`,
            { attemptsLeft: check.attemptsLeft, ...wait },
          );
    case 'wrong-pin-locked':
    case 'locked-out':
      return new KioskError('STAFF_LOCKED_OUT', `Locked out until ${check.lockedUntil}.`, {
        until: check.lockedUntil,
      });
    case 'disabled':
      return new KioskError('STAFF_DISABLED', 'This staff member is disabled.');
    case 'expired':
      return new KioskError('SETUP_CODE_EXPIRED', 'The setup code is over 24 hours old.');
  }
}
