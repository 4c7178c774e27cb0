import { Account } from '../../shared/domain/account.js';
import { normaliseReference, referenceForChange } from '../../shared/domain/reference.js';
import type { ChangeResult, UpstreamChange } from '../../shared/upstream/api.js';
import type { RequestStatus } from '../rules/outcomes.js';
import { applyChange } from './applyChange.js';
import { changeFingerprint } from './changeFingerprint.js';
import { PasscodeAttempts } from './PasscodeAttempts.js';
import { accountView, toStoredAccount, type StoredAccount } from './storedAccount.js';
import { VerificationTokens } from './VerificationTokens.js';

/** One change the service has decided: what was asked, what it answered, and when. */
export interface LedgerEntry {
  change: UpstreamChange;
  kioskId: string;
  reference: string;
  /** Compared on replay: same changeId with other content is refused. */
  fingerprint: string;
  result: ChangeResult;
  /** Where an unlock request stands now; it can move after the result was given. */
  requestStatus?: RequestStatus;
  receivedAt: string;
  updatedAt: string;
}

/**
 * The national system's state: accounts, issued tokens and the ledger of decided changes.
 * Everything is plain data mutated only through this class, so a later persistence layer can
 * journal each `submit` as one record.
 */
export class IdentityLedger {
  readonly tokens = new VerificationTokens();
  readonly passcodeAttempts = new PasscodeAttempts();
  readonly #now: () => number;
  readonly #accounts = new Map<string, StoredAccount>();
  readonly #entries = new Map<string, LedgerEntry>();
  readonly #changeIdByReference = new Map<string, string>();
  /** idNumber → changeId of the unlock request waiting for review. */
  readonly #pendingReviewByAccount = new Map<string, string>();

  constructor(accounts: readonly Account[], now: () => number) {
    this.#now = now;
    for (const input of accounts) {
      const account = Account.parse(input);
      if (this.#accounts.has(account.idNumber)) throw new Error(`Duplicate account ${account.idNumber}`);
      this.#accounts.set(account.idNumber, toStoredAccount(account));
    }
  }

  /** The account as a kiosk sees it, or undefined. A copy: callers cannot change the ledger. */
  account(idNumber: string): Account | undefined {
    const stored = this.#accounts.get(idNumber);
    return stored === undefined ? undefined : accountView(stored);
  }

  get entryCount(): number {
    return this.#entries.size;
  }

  entry(changeId: string): LedgerEntry | undefined {
    const entry = this.#entries.get(changeId);
    return entry === undefined ? undefined : structuredClone(entry);
  }

  /** Finds a change by its reference code, typed with or without the dash, in any case. */
  findByReference(reference: string): LedgerEntry | undefined {
    const normalised = normaliseReference(reference);
    if (normalised === undefined) return undefined;
    const changeId = this.#changeIdByReference.get(normalised);
    return changeId === undefined ? undefined : this.entry(changeId);
  }

  /**
   * Decides one change, applies its effect and records the result, all in one synchronous step.
   * A replay of a known changeId returns the stored result and changes nothing.
   */
  submit(change: UpstreamChange, kioskId: string): ChangeResult {
    const fingerprint = changeFingerprint(change);
    const existing = this.#entries.get(change.changeId);
    if (existing !== undefined) {
      if (existing.fingerprint === fingerprint) return structuredClone(existing.result);
      return {
        changeId: change.changeId,
        outcome: 'rejected',
        code: 'CHANGE_ID_REUSED',
        message: 'This changeId was already used for a different change.',
      };
    }

    const nowMs = this.#now();
    const token = change.evidence.token;
    const { requestStatus, ...effect } = applyChange(change, {
      account: this.#accounts.get(change.idNumber),
      token: token === undefined ? undefined : this.tokens.find(token),
      hasPendingReview: this.#pendingReviewByAccount.has(change.idNumber),
      nowMs,
    });
    const result: ChangeResult = { changeId: change.changeId, ...effect };
    const at = new Date(nowMs).toISOString();
    const reference = referenceForChange(change.changeId);
    this.#entries.set(change.changeId, {
      change: structuredClone(change),
      kioskId,
      reference,
      fingerprint,
      result,
      ...(requestStatus === undefined ? {} : { requestStatus }),
      receivedAt: at,
      updatedAt: at,
    });
    // Two changeIds can share a reference (40 bits); the first keeps it, as the kiosk printed it first.
    if (!this.#changeIdByReference.has(reference)) this.#changeIdByReference.set(reference, change.changeId);
    this.#trackReview(change, result, requestStatus, at);
    return structuredClone(result);
  }

  #trackReview(
    change: UpstreamChange,
    result: ChangeResult,
    requestStatus: RequestStatus | undefined,
    at: string,
  ): void {
    if (change.kind !== 'unlock-request') return;
    if (result.outcome === 'applied' && requestStatus === 'pending-review') {
      this.#pendingReviewByAccount.set(change.idNumber, change.changeId);
      return;
    }
    if (result.code !== 'UNLOCKED') return;
    // Once the account is unlocked, a request still waiting for review has nothing left to decide.
    const waitingId = this.#pendingReviewByAccount.get(change.idNumber);
    const waiting = waitingId === undefined ? undefined : this.#entries.get(waitingId);
    if (waiting !== undefined) {
      waiting.requestStatus = 'approved';
      waiting.updatedAt = at;
    }
    this.#pendingReviewByAccount.delete(change.idNumber);
  }
}
