import type { Account, Device } from '../../../shared/domain/account.js';
import type { ChangeEvidence, VerificationMethod } from '../../../shared/domain/change.js';
import type { CardSource, SessionEndReason } from '../../../shared/ipc/sessionContract.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import { IdleTimer } from './IdleTimer.js';
import { nodeTimers } from '../timers.js';
import type { Timers } from '../timers.js';

export interface NewCitizen {
  idNumber: string;
  method: VerificationMethod;
  verifiedAt: string;
  /** The upstream verification token; absent for a staff attestation made offline. */
  token?: string;
  /** The staff member who checked the card, for method `staff`. */
  staffId?: string;
  /**
   * The date of birth the staff member read off the card (YYYY-MM-DD), for method `staff`: it
   * goes into the change's evidence, and the national system compares it with its record.
   */
  dateOfBirth?: string;
  /**
   * Issue 13: the staff member's facts were read from the card's QR code, with its issue date. A
   * record of how they were typed for the evidence, never extra trust: the code is not signed.
   */
  card?: CardSource;
  /** The account as read; absent when the national system could not be asked. */
  account?: Account;
}

export interface VerifiedCitizen extends NewCitizen {
  /** Every device shown in this session: changes may only name one of these. */
  shownDevices: Map<string, Device>;
  /** Changes made in this session: their receipts may be printed. */
  changeIds: Set<string>;
  /** When `account` was read from the national system; dropped once a change may have altered it. */
  accountReadAtMs?: number;
}

export interface CitizenSessionOptions {
  selfServiceIdleMs: number;
  assistedIdleMs: number;
  /** Whether a staff member is serving: assisted sessions wait longer between taps. */
  isAssisted: () => boolean;
  /** Told when the core ends a session (idle, staff signed out, asked to), not when one replaces another. */
  onEnded: (reason: SessionEndReason) => void;
  now?: () => number;
  timers?: Timers;
}

const defaults: CitizenSessionOptions = {
  selfServiceIdleMs: 3 * 60_000,
  assistedIdleMs: 10 * 60_000,
  isAssisted: () => false,
  onEnded: () => undefined,
};

/**
 * The one citizen the kiosk is serving. Held in the core, never in the renderer: the upstream
 * token and the full ID number do not cross the process boundary. It ends after inactivity, a
 * safety net behind the renderer's own countdown, and ending drops every trace of the citizen.
 */
export class CitizenSession {
  readonly #options: CitizenSessionOptions;
  readonly #now: () => number;
  readonly #idle: IdleTimer;
  #current: VerifiedCitizen | undefined;

  constructor(options: Partial<CitizenSessionOptions> = {}) {
    this.#options = { ...defaults, ...options };
    this.#now = this.#options.now ?? (() => Date.now());
    this.#idle = new IdleTimer({
      now: this.#now,
      timers: this.#options.timers ?? nodeTimers,
      onIdle: () => this.end('idle'),
    });
  }

  begin(citizen: NewCitizen): VerifiedCitizen {
    this.clear();
    const verified: VerifiedCitizen = { ...citizen, shownDevices: new Map(), changeIds: new Set() };
    this.#current = verified;
    if (citizen.account !== undefined) this.#show(verified, citizen.account);
    this.#idle.touch(this.#idleMs());
    return verified;
  }

  /** The citizen being served, after ending a session that has gone idle. */
  current(): VerifiedCitizen | undefined {
    if (this.#current !== undefined && this.#idle.expired()) this.end('idle');
    return this.#current;
  }

  require(): VerifiedCitizen {
    const citizen = this.current();
    if (citizen === undefined) {
      throw new KioskError('NO_SESSION', 'No citizen is identified on this kiosk.');
    }
    return citizen;
  }

  /** Any call while a citizen is served restarts the countdown. */
  touch(): void {
    if (this.current() !== undefined) this.#idle.touch(this.#idleMs());
  }

  refreshAccount(account: Account): void {
    this.#show(this.require(), account);
  }

  /** An attestation made offline, confirmed once the national system answers again. */
  upgrade(token: string, account: Account): void {
    const citizen = this.require();
    citizen.token = token;
    this.#show(citizen, account);
  }

  /**
   * The account as read less than `maxAgeMs` ago, with no change made since; otherwise
   * undefined and the caller reads it again. What the citizen was just shown is what they act on.
   */
  freshAccount(citizen: VerifiedCitizen, maxAgeMs: number): Account | undefined {
    const readAt = citizen.accountReadAtMs;
    if (citizen.account === undefined || readAt === undefined) return undefined;
    const age = this.#now() - readAt;
    return age >= 0 && age < maxAgeMs ? citizen.account : undefined;
  }

  /** A change was made: the account held may no longer be the national system's. */
  accountChanged(citizen: VerifiedCitizen): void {
    delete citizen.accountReadAtMs;
  }

  evidence(): ChangeEvidence {
    const { method, verifiedAt, token, staffId, dateOfBirth, card } = this.require();
    return {
      method,
      verifiedAt,
      ...(token === undefined ? {} : { token }),
      ...(staffId === undefined ? {} : { staffId }),
      ...(method === 'staff' && dateOfBirth !== undefined ? { dateOfBirth } : {}),
      ...(method === 'staff' && card !== undefined
        ? { source: card.source, cardIssuedOn: card.issuedOn }
        : {}),
    };
  }

  /** Ends the session and tells the renderer why. */
  end(reason: SessionEndReason): void {
    if (this.#current === undefined) return;
    this.clear();
    this.#options.onEnded(reason);
  }

  /** Drops the session without an event: another is starting, or the kiosk is closing. */
  clear(): void {
    const citizen = this.#current;
    this.#current = undefined;
    this.#idle.stop();
    if (citizen === undefined) return;
    // Nothing else holds these; emptying them leaves nothing of the citizen for a stray reference.
    citizen.shownDevices.clear();
    citizen.changeIds.clear();
    delete citizen.account;
    delete citizen.accountReadAtMs;
    delete citizen.token;
    delete citizen.dateOfBirth;
    delete citizen.card;
  }

  #show(citizen: VerifiedCitizen, account: Account): void {
    citizen.account = account;
    citizen.accountReadAtMs = this.#now();
    for (const device of account.devices) citizen.shownDevices.set(device.deviceId, device);
  }

  #idleMs(): number {
    return this.#options.isAssisted() ? this.#options.assistedIdleMs : this.#options.selfServiceIdleMs;
  }
}
