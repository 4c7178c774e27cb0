import type { StaffRole } from '../../../shared/domain/staffRole.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import { IdleTimer } from '../session/IdleTimer.js';
import type { Timers } from '../timers.js';

export interface SignedInStaff {
  staffId: string;
  displayName: string;
  /** The role at sign-in, for the screen; supervisor methods check the directory's current role. */
  role: StaffRole;
  signedInAt: string;
  /** Changes made while this staff member was signed in: their receipts may be printed again. */
  changeIds: Set<string>;
}

export type StaffSignOutReason = 'signed-out' | 'idle' | 'replaced';

export interface StaffSessionOptions {
  idleMs: number;
  now: () => number;
  timers: Timers;
  onSignedIn?: (staff: SignedInStaff) => void;
  /** Called once per sign-out, whatever its cause. */
  onSignedOut: (staff: SignedInStaff, reason: StaffSignOutReason) => void;
}

/**
 * The staff member signed in on the kiosk, if any. Signed out after `idleMs` without a call, so
 * a staff member who walks away does not leave assisted mode open to the next person.
 */
export class StaffSession {
  readonly #options: StaffSessionOptions;
  readonly #idle: IdleTimer;
  #current: SignedInStaff | undefined;
  /**
   * A member whose PIN was right but must change (issue 11): not signed in, so nothing treats
   * the kiosk as assisted, yet `require()` answers PIN_CHANGE_REQUIRED rather than STAFF_REQUIRED
   * and `staff.changePin` knows whose PIN it is. Ends like a sign-in: idle, or any sign-out.
   */
  #awaitingPinChange: { staffId: string; displayName: string; role: StaffRole } | undefined;

  constructor(options: StaffSessionOptions) {
    this.#options = options;
    this.#idle = new IdleTimer({
      now: options.now,
      timers: options.timers,
      onIdle: () => this.signOut('idle'),
    });
  }

  signIn(staff: { staffId: string; displayName: string; role: StaffRole }): SignedInStaff {
    this.#awaitingPinChange = undefined;
    if (this.#current !== undefined && this.#current.staffId !== staff.staffId) this.signOut('replaced');
    const signedIn = this.#current ?? {
      staffId: staff.staffId,
      displayName: staff.displayName,
      role: staff.role,
      signedInAt: new Date(this.#options.now()).toISOString(),
      changeIds: new Set<string>(),
    };
    this.#current = signedIn;
    this.#idle.touch(this.#options.idleMs);
    this.#options.onSignedIn?.(signedIn);
    return signedIn;
  }

  /** The PIN was right but must change first; whoever was signed in is signed out. */
  awaitPinChange(staff: { staffId: string; displayName: string; role: StaffRole }): void {
    this.signOut('replaced');
    this.#awaitingPinChange = { ...staff };
    this.#idle.touch(this.#options.idleMs);
  }

  /** Whose PIN `staff.changePin` changes: the signed-in member, or the one who must change it. */
  pinOwner(): { staffId: string; displayName: string; role: StaffRole } | undefined {
    const staff = this.current();
    if (staff !== undefined) return staff;
    if (this.#awaitingPinChange !== undefined && this.#idle.expired()) this.signOut('idle');
    return this.#awaitingPinChange;
  }

  /** Whether someone is signed in, without ending an idle sign-in (safe inside the callbacks). */
  get signedIn(): boolean {
    return this.#current !== undefined;
  }

  /** Who is signed in, without ending an idle sign-in (safe inside the callbacks). */
  peek(): SignedInStaff | undefined {
    return this.#current;
  }

  /** The signed-in staff member, after ending a sign-in that has gone idle. */
  current(): SignedInStaff | undefined {
    if (this.#current !== undefined && this.#idle.expired()) this.signOut('idle');
    return this.#current;
  }

  require(): SignedInStaff {
    const staff = this.current();
    if (staff === undefined && this.pinOwner() !== undefined)
      throw new KioskError('PIN_CHANGE_REQUIRED', 'The PIN must be changed before anything else.');
    if (staff === undefined) throw new KioskError('STAFF_REQUIRED', 'A staff member must be signed in.');
    return staff;
  }

  /** Any call while signed in is the staff member at work. */
  touch(): void {
    if (this.current() !== undefined) this.#idle.touch(this.#options.idleMs);
  }

  signOut(reason: StaffSignOutReason): void {
    this.#awaitingPinChange = undefined;
    const staff = this.#current;
    if (staff === undefined) {
      this.#idle.stop();
      return;
    }
    this.#current = undefined;
    this.#idle.stop();
    this.#options.onSignedOut(staff, reason);
  }
}
