import type { StaffRole } from '../../../shared/domain/staffRole.js';
import type { AuditFacts } from '../audit/auditEntry.js';
import { isStaffId } from '../../../shared/rules/staffId.js';
import { Signal } from '../events/Signal.js';
import type { PinHash, StaffMember } from '../store/kioskDocument.js';
import type { KioskStore } from '../store/KioskStore.js';
import { hashPin, pinMatches, spendPinCheck } from './pinHash.js';
import { SignInPace, wholeSeconds } from './signInPace.js';
import { afterWrongPin, lockedUntil } from './staffLockout.js';

export interface StaffEnrolment {
  staffId: string;
  displayName: string;
  /** Provisioning's first supervisor, the demo member and tests; absent with `setupCode`. */
  pin?: string;
  /** A supervisor's enrolment (issue 11): the member sets their PIN with this one-time code. */
  setupCode?: { codeHash: PinHash; expiresAt: string };
  /**
   * The national system already knows this member: the demo staff member, whom the demo
   * national system knows from its start. Anyone else is registered by the StaffRegistrar.
   */
  registered?: true;
  /** `staff` unless said: a supervisor is named on purpose (provisioning's first supervisor, demo CB01). */
  role?: StaffRole;
}

export interface KnownStaff {
  staffId: string;
  displayName: string;
  role: StaffRole;
}

/** Seconds before the kiosk checks another try (signInPace.ts); absent when none. */
interface PaceFacts {
  retryAfterSeconds?: number;
}

export type SecretCheck =
  | ({ ok: true } & KnownStaff)
  /** Too soon after wrong tries at this kiosk: nothing was checked, nothing counted. */
  | { ok: false; reason: 'wait'; retryAfterSeconds: number }
  | ({ ok: false; reason: 'unknown-staff' } & PaceFacts)
  | { ok: false; reason: 'locked-out'; lockedUntil: string }
  | ({ ok: false; reason: 'wrong-pin'; attemptsLeft: number } & PaceFacts)
  /** This wrong PIN (or setup code) was the last try: the member is locked out from now on. */
  | { ok: false; reason: 'wrong-pin-locked'; lockedUntil: string }
  /** The PIN or code was right, but a supervisor disabled the member (issue 11). */
  | { ok: false; reason: 'disabled' }
  /** The setup code was right but expired. */
  | { ok: false; reason: 'expired' };

/** The kiosk-wide wait a wrong try's refusal carries, as error details; empty when there is none. */
export function paceOf(check: Exclude<SecretCheck, { ok: true }>): PaceFacts {
  return 'retryAfterSeconds' in check && check.retryAfterSeconds !== undefined
    ? { retryAfterSeconds: check.retryAfterSeconds }
    : {};
}

/** What a sign-in's PIN check answers (a PIN never expires). */
export type PinCheck = Exclude<SecretCheck, { reason: 'expired' }>;

/** "cb 01" and "CB01" are the same staff member. */
export function normaliseStaffId(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/**
 * The staff enrolled on this kiosk, their PINs and setup codes, kept in the store (hashes only),
 * with the wrong-PIN count and lockout persisted so a restart does not hand out five fresh tries.
 * Wrong setup codes count toward the same lockout as wrong PINs. Every wrong try, for any ID,
 * also makes the kiosk wait longer before it checks the next one (signInPace.ts). Checks and the writes that
 * follow them run one at a time (`exclusive`), so two quick tries cannot both read the same
 * count, nor a setup code be used twice.
 */
export class StaffDirectory {
  /** A member was enrolled (on disk): the registrar registers them with the national system. */
  readonly enrolled = new Signal<string>();
  readonly #store: KioskStore;
  readonly #now: () => Date;
  readonly #pace = new SignInPace();
  #chain: Promise<unknown> = Promise.resolve();

  constructor(store: KioskStore, now: () => Date) {
    this.#store = store;
    this.#now = now;
  }

  /** Enrols the given staff only if nobody is enrolled yet: a kiosk's first start. */
  enrolIfEmpty(enrolments: readonly StaffEnrolment[]): Promise<void> {
    return this.#serial(async () => {
      if (this.#store.read().staff.length > 0) return;
      for (const enrolment of enrolments) await this.#enrol(enrolment);
    });
  }

  /** Enrols one member; `audit` is made durable with the enrolment, in the same flush. */
  enrol(enrolment: StaffEnrolment, audit: readonly AuditFacts[] = []): Promise<void> {
    return this.#serial(() => this.#enrol(enrolment, audit));
  }

  /** Enrols inside `exclusive` (a check that the ID is free must not race another enrolment). */
  enrolNow(enrolment: StaffEnrolment, audit: readonly AuditFacts[] = []): Promise<void> {
    return this.#enrol(enrolment, audit);
  }

  find(staffId: string): Readonly<StaffMember> | undefined {
    return this.#store.read().staff.find((member) => member.staffId === staffId);
  }

  members(): readonly Readonly<StaffMember>[] {
    return this.#store.read().staff;
  }

  /** Enrolled members the national system has not registered yet, in enrolment order. */
  unregistered(): readonly Readonly<StaffMember>[] {
    return this.#store.read().staff.filter((member) => member.registeredAt === undefined);
  }

  /** Runs `task` with no other check or account write in between. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.#serial(task);
  }

  checkPin(staffIdInput: string, pin: string): Promise<PinCheck> {
    return this.#serial(() => this.checkPinNow(staffIdInput, pin));
  }

  /**
   * `checkPin` inside `exclusive`. `paced: false` is for a signed-in member confirming their own
   * PIN: the kiosk-wide wait is against guessers at the public button, and neither their guesses
   * should hold the member back nor the member's typos slow the counter (the member's own
   * lockout still counts).
   */
  async checkPinNow(staffIdInput: string, pin: string, paced = true): Promise<PinCheck> {
    const check = await this.#checkSecret(staffIdInput, pin, (member) => member.pinHash, undefined, paced);
    if (!check.ok && check.reason === 'expired') throw new Error('A PIN has no expiry');
    return check;
  }

  /** Checks a setup code inside `exclusive`, counting a wrong one like a wrong PIN. */
  checkSetupCodeNow(staffIdInput: string, code: string): Promise<SecretCheck> {
    return this.#checkSecret(
      staffIdInput,
      code,
      (member) => member.setupCode?.hash,
      (member, nowMs) => Date.parse(member.setupCode?.expiresAt ?? '') <= nowMs,
    );
  }

  async #checkSecret(
    staffIdInput: string,
    secret: string,
    hashOf: (member: Readonly<StaffMember>) => PinHash | undefined,
    expired: (member: Readonly<StaffMember>, nowMs: number) => boolean = () => false,
    paced = true,
  ): Promise<SecretCheck> {
    // A wrong try that cannot be counted is a free guess: refuse (STORE_FULL, STORE_FAILED)
    // while the store cannot write, before anything is checked.
    await this.#store.probeWrites();
    const nowMs = this.#now().getTime();
    const wait = paced ? this.#pace.waitLeft(nowMs) : 0;
    // Checked before anything else: a right PIN during the wait would tell a guesser too.
    if (wait > 0) return { ok: false, reason: 'wait', retryAfterSeconds: wholeSeconds(wait) };
    const check = await this.#checkMember(normaliseStaffId(staffIdInput), secret, nowMs, hashOf, expired);
    if (!paced) return check;
    // Only a right secret ends the wait: a disabled member's or an expired code's answer says
    // nothing about the guesser, and must not let them clear it.
    if (check.ok) {
      this.#pace.recordRight();
      return check;
    }
    if (check.reason === 'disabled' || check.reason === 'expired') return check;
    const next = wholeSeconds(this.#pace.recordWrong(nowMs));
    if (next === 0 || (check.reason !== 'unknown-staff' && check.reason !== 'wrong-pin')) return check;
    return { ...check, retryAfterSeconds: next };
  }

  async #checkMember(
    staffId: string,
    secret: string,
    nowMs: number,
    hashOf: (member: Readonly<StaffMember>) => PinHash | undefined,
    expired: (member: Readonly<StaffMember>, nowMs: number) => boolean,
  ): Promise<SecretCheck> {
    const member = this.find(staffId);
    if (member === undefined) {
      await spendPinCheck(secret);
      return { ok: false, reason: 'unknown-staff' };
    }
    const until = lockedUntil(member, nowMs);
    // Nothing is checked while locked out: a right guess then would still tell the guesser.
    if (until !== undefined) return { ok: false, reason: 'locked-out', lockedUntil: until };
    const hash = hashOf(member);
    // A member with no PIN (or no code) gets the same answer, after the same time, as a wrong one.
    const matches =
      hash === undefined ? (await spendPinCheck(secret), false) : await pinMatches(secret, hash);
    if (matches) {
      if (member.failedAttempts > 0 || member.lockedUntil !== undefined) {
        await this.#setCount(staffId, 0, null);
      }
      if (member.disabledAt !== undefined) return { ok: false, reason: 'disabled' };
      if (expired(member, nowMs)) return { ok: false, reason: 'expired' };
      return { ok: true, staffId, displayName: member.displayName, role: member.role };
    }
    const next = afterWrongPin(member, nowMs);
    await this.#setCount(staffId, next.failedAttempts, next.lockedUntil ?? null);
    return next.lockedUntil === undefined
      ? { ok: false, reason: 'wrong-pin', attemptsLeft: next.attemptsLeft }
      : { ok: false, reason: 'wrong-pin-locked', lockedUntil: next.lockedUntil };
  }

  async #enrol(enrolment: StaffEnrolment, audit: readonly AuditFacts[] = []): Promise<void> {
    const staffId = normaliseStaffId(enrolment.staffId);
    if (!isStaffId(staffId)) throw new Error(`Not a staff ID: ${enrolment.staffId}`);
    const { pin, setupCode } = enrolment;
    if ((pin === undefined) === (setupCode === undefined))
      throw new Error('A member is enrolled with a PIN or with a setup code');
    if (pin !== undefined && !/^\d{4,8}$/.test(pin)) throw new Error('A staff PIN has 4 to 8 digits');
    const at = this.#now().toISOString();
    await this.#store.commit(
      [
        {
          type: 'staff.enrolled',
          staffId,
          displayName: enrolment.displayName,
          role: enrolment.role ?? 'staff',
          ...(pin === undefined ? {} : { pinHash: await hashPin(pin) }),
          at,
        },
        ...(setupCode === undefined
          ? []
          : [{ type: 'staff.setupCodeIssued' as const, staffId, ...setupCode, at }]),
        // In the same flush: a member the national system knows is never seen unregistered.
        ...(enrolment.registered === true ? [{ type: 'staff.registered' as const, staffId, at }] : []),
      ],
      audit,
    );
    this.enrolled.emit(staffId);
  }

  async #setCount(staffId: string, failedAttempts: number, lockedUntilAt: string | null): Promise<void> {
    await this.#store.commit([
      {
        type: 'staff.pinState',
        staffId,
        failedAttempts,
        lockedUntil: lockedUntilAt,
        at: this.#now().toISOString(),
      },
    ]);
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#chain.then(task);
    this.#chain = run.catch(() => undefined);
    return run;
  }
}
