import type { StaffRole } from '../../../shared/domain/staffRole.js';
import type { AuditFacts } from '../audit/auditEntry.js';
import { isStaffId } from '../../../shared/rules/staffId.js';
import { Signal } from '../events/Signal.js';
import type { StaffMember } from '../store/kioskDocument.js';
import type { KioskStore } from '../store/KioskStore.js';
import { hashPin, pinMatches, spendPinCheck } from './pinHash.js';
import { afterWrongPin, lockedUntil } from './staffLockout.js';

export interface StaffEnrolment {
  staffId: string;
  displayName: string;
  pin: string;
  /**
   * The national system already knows this member: the demo staff member, whom the demo
   * national system knows from its start. Anyone else is registered by the StaffRegistrar.
   */
  registered?: true;
  /** `staff` unless said: a supervisor is named on purpose (provisioning's first supervisor, demo CB01). */
  role?: StaffRole;
}

export type PinCheck =
  | { ok: true; staffId: string; displayName: string; role: StaffRole }
  | { ok: false; reason: 'unknown-staff' }
  | { ok: false; reason: 'locked-out'; lockedUntil: string }
  | { ok: false; reason: 'wrong-pin'; attemptsLeft: number }
  /** This wrong PIN was the last try: the staff member is locked out from now on. */
  | { ok: false; reason: 'wrong-pin-locked'; lockedUntil: string };

/** "cb 01" and "CB01" are the same staff member. */
export function normaliseStaffId(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/**
 * The staff enrolled on this kiosk and their PINs, kept in the store (hashes only), with the
 * wrong-PIN count and lockout persisted so a restart does not hand out five fresh tries.
 * Checks run one at a time, so two quick tries cannot both read the same count.
 */
export class StaffDirectory {
  /** A member was enrolled (on disk): the registrar registers them with the national system. */
  readonly enrolled = new Signal<string>();
  readonly #store: KioskStore;
  readonly #now: () => Date;
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

  find(staffId: string): Readonly<StaffMember> | undefined {
    return this.#store.read().staff.find((member) => member.staffId === staffId);
  }

  /** Enrolled members the national system has not registered yet, in enrolment order. */
  unregistered(): readonly Readonly<StaffMember>[] {
    return this.#store.read().staff.filter((member) => member.registeredAt === undefined);
  }

  checkPin(staffIdInput: string, pin: string): Promise<PinCheck> {
    return this.#serial(async (): Promise<PinCheck> => {
      // A wrong PIN that cannot be counted is a free guess: refuse (STORE_FULL, STORE_FAILED)
      // while the store cannot write, before any PIN is checked.
      await this.#store.probeWrites();
      const staffId = normaliseStaffId(staffIdInput);
      const member = this.find(staffId);
      if (member === undefined) {
        await spendPinCheck(pin);
        return { ok: false, reason: 'unknown-staff' };
      }
      const nowMs = this.#now().getTime();
      const until = lockedUntil(member, nowMs);
      // No PIN is checked while locked out: a right guess then would still tell the guesser.
      if (until !== undefined) return { ok: false, reason: 'locked-out', lockedUntil: until };
      if (await pinMatches(pin, member.pinHash)) {
        if (member.failedAttempts > 0 || member.lockedUntil !== undefined) {
          await this.#setCount(staffId, 0, null);
        }
        return { ok: true, staffId, displayName: member.displayName, role: member.role };
      }
      const next = afterWrongPin(member, nowMs);
      await this.#setCount(staffId, next.failedAttempts, next.lockedUntil ?? null);
      return next.lockedUntil === undefined
        ? { ok: false, reason: 'wrong-pin', attemptsLeft: next.attemptsLeft }
        : { ok: false, reason: 'wrong-pin-locked', lockedUntil: next.lockedUntil };
    });
  }

  async #enrol(enrolment: StaffEnrolment, audit: readonly AuditFacts[] = []): Promise<void> {
    const staffId = normaliseStaffId(enrolment.staffId);
    if (!isStaffId(staffId)) throw new Error(`Not a staff ID: ${enrolment.staffId}`);
    if (!/^\d{4,8}$/.test(enrolment.pin)) throw new Error('A staff PIN has 4 to 8 digits');
    const at = this.#now().toISOString();
    await this.#store.commit(
      [
        {
          type: 'staff.enrolled',
          staffId,
          displayName: enrolment.displayName,
          role: enrolment.role ?? 'staff',
          pinHash: await hashPin(enrolment.pin),
          at,
        },
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
