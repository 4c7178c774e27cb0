import { Account } from '../../shared/domain/account.js';
import { maskIdNumber } from '../../shared/domain/masking.js';
import { normaliseReference, referenceForChange } from '../../shared/domain/reference.js';
import { accountContentProblems } from '../../shared/rules/accountContents.js';
import type { ChangeResult, RequestStatus, UpstreamChange } from '../../shared/upstream/api.js';
import { MAX_CLOCK_SKEW_MS } from '../../shared/upstream/api.js';
import { NonceRegistry, type SeenNonce } from '../auth/NonceRegistry.js';
import { OtpCodes } from '../verification/OtpCodes.js';
import { VerificationAttempts, type AttemptRecord } from '../verification/VerificationAttempts.js';
import { applyChange } from './applyChange.js';
import { changeFingerprint } from './changeFingerprint.js';
import { StaffAttestations, type StaffAttestation } from './StaffAttestations.js';
import { StaffRegistry, type RegisteredStaff } from './StaffRegistry.js';
import { accountView, toStoredAccount, type StoredAccount } from './storedAccount.js';
import { VerificationTokens, type StoredToken } from './VerificationTokens.js';

/** One change the service has decided: what was asked, what it answered, and when. */
export interface LedgerEntry {
  change: UpstreamChange;
  kioskId: string;
  reference: string;
  /** Compared on replay: same changeId with other content is refused. */
  fingerprint: string;
  result: ChangeResult;
  /** Where an unlock request stands now; it can move after the result was given. */
  requestStatus?: RequestStatus | undefined;
  receivedAt: string;
  updatedAt: string;
  /** How many times a kiosk sent this change: 1, plus one per replay. The effect happened once. */
  deliveries: number;
}

/** Everything the ledger keeps across a restart; one-time codes are left out on purpose. */
export interface LedgerSnapshot {
  accounts: StoredAccount[];
  entries: LedgerEntry[];
  tokens: StoredToken[];
  attempts: AttemptRecord[];
  nonces: SeenNonce[];
  attestations: StaffAttestation[];
  /** The staff each kiosk registered; only they may attest. */
  staff: RegisteredStaff[];
}

export type ReviewDecision = 'approve' | 'refuse';

export type ReviewAnswer =
  | { decided: true; entry: LedgerEntry; account: Account }
  | { decided: false; reason: 'not-found' | 'already-decided' };

/**
 * The national system's state: accounts, issued tokens and the ledger of decided changes.
 * Everything is plain data mutated only through this class, synchronously, so a snapshot taken
 * between two calls always holds an effect together with its stored result.
 */
export class IdentityLedger {
  readonly tokens: VerificationTokens;
  readonly verificationAttempts: VerificationAttempts;
  readonly otps = new OtpCodes();
  readonly nonces: NonceRegistry;
  readonly attestations: StaffAttestations;
  readonly staff: StaffRegistry;
  readonly #now: () => number;
  readonly #accounts = new Map<string, StoredAccount>();
  readonly #entries = new Map<string, LedgerEntry>();
  readonly #changeIdByReference = new Map<string, string>();
  /**
   * idNumber → the unlock requests waiting for review: the one that asked first, then the
   * duplicates that joined it. They are settled together, so none is left waiting forever.
   */
  readonly #waitingByAccount = new Map<string, string[]>();

  private constructor(snapshot: LedgerSnapshot, now: () => number) {
    this.#now = now;
    this.tokens = new VerificationTokens(snapshot.tokens);
    this.verificationAttempts = new VerificationAttempts(snapshot.attempts);
    this.nonces = new NonceRegistry(MAX_CLOCK_SKEW_MS, snapshot.nonces);
    this.attestations = new StaffAttestations(snapshot.attestations);
    this.staff = new StaffRegistry(snapshot.staff);
    for (const stored of snapshot.accounts) {
      if (this.#accounts.has(stored.idNumber)) {
        throw new Error(`Duplicate account ${maskIdNumber(stored.idNumber)}`);
      }
      assertContentsAgree(accountView(stored));
      this.#accounts.set(stored.idNumber, structuredClone(stored));
    }
    for (const entry of snapshot.entries) this.#record(structuredClone(entry));
  }

  /** A fresh service holding these accounts and registered staff, and nothing else. */
  static withAccounts(
    accounts: readonly Account[],
    now: () => number,
    staff: readonly RegisteredStaff[] = [],
  ): IdentityLedger {
    return new IdentityLedger(
      {
        accounts: accounts.map((input) => toStoredAccount(Account.parse(input))),
        entries: [],
        tokens: [],
        attempts: [],
        nonces: [],
        attestations: [],
        staff: [...staff],
      },
      now,
    );
  }

  /** The service as it was saved; the snapshot's shape was validated by the loader. */
  static restore(snapshot: LedgerSnapshot, now: () => number): IdentityLedger {
    return new IdentityLedger(snapshot, now);
  }

  snapshot(): LedgerSnapshot {
    return structuredClone({
      accounts: [...this.#accounts.values()],
      entries: [...this.#entries.values()],
      tokens: this.tokens.stored(),
      attempts: this.verificationAttempts.records(),
      nonces: this.nonces.seen(),
      attestations: this.attestations.list(),
      staff: this.staff.list(),
    });
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

  /** Every decided change, in the order the service received them. */
  entries(): LedgerEntry[] {
    return structuredClone([...this.#entries.values()]);
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
   * A replay of a known changeId returns the stored result and changes nothing but its count.
   * `options.conflict` (the admin knob) is asked only for a new change: a replay keeps its result.
   */
  submit(change: UpstreamChange, kioskId: string, options: { conflict?: () => boolean } = {}): ChangeResult {
    const fingerprint = changeFingerprint(change);
    const existing = this.#entries.get(change.changeId);
    if (existing !== undefined) {
      if (existing.fingerprint !== fingerprint) {
        return {
          changeId: change.changeId,
          outcome: 'rejected',
          code: 'CHANGE_ID_REUSED',
          message: 'This changeId was already used for a different change.',
        };
      }
      existing.deliveries += 1;
      return structuredClone(existing.result);
    }

    const nowMs = this.#now();
    const token = change.evidence.token;
    const { requestStatus, ...effect } = applyChange(change, {
      account: this.#accounts.get(change.idNumber),
      token: token === undefined ? undefined : this.tokens.find(token),
      hasPendingReview: this.#waitingByAccount.has(change.idNumber),
      isRegisteredStaff: (staffId) => this.staff.isRegistered(kioskId, staffId),
      nowMs,
      forceConflict: options.conflict?.() ?? false,
    });
    const result: ChangeResult = { changeId: change.changeId, ...effect };
    const at = new Date(nowMs).toISOString();
    // Once the account is unlocked, a request still waiting for review has nothing left to decide.
    if (result.code === 'UNLOCKED') this.#settleWaiting(change.idNumber, 'approved', at);
    this.#record({
      change: structuredClone(change),
      kioskId,
      reference: referenceForChange(change.changeId),
      fingerprint,
      result,
      ...(requestStatus === undefined ? {} : { requestStatus }),
      receivedAt: at,
      updatedAt: at,
      deliveries: 1,
    });
    return structuredClone(result);
  }

  /** Unlock requests waiting for the identity agency's review, oldest first. */
  pendingReviews(): LedgerEntry[] {
    return [...this.#waitingByAccount.values()]
      .map(([first]) => (first === undefined ? undefined : this.entry(first)))
      .filter((entry) => entry !== undefined)
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }

  /**
   * The agency's decision on a waiting request, found by changeId or reference. Approving
   * unlocks the account; either way the request's status moves and its stored change result
   * stays what the kiosk was told.
   */
  decideReview(key: string, decision: ReviewDecision): ReviewAnswer {
    const entry = this.#entries.get(key) ?? this.#entryByReference(key);
    const code = entry?.result.code;
    if (entry === undefined || (code !== 'REVIEW_PENDING' && code !== 'REVIEW_ALREADY_PENDING')) {
      return { decided: false, reason: 'not-found' };
    }
    const { idNumber } = entry.change;
    const account = this.#accounts.get(idNumber);
    if (entry.requestStatus !== 'pending-review' || account === undefined) {
      return { decided: false, reason: 'already-decided' };
    }
    if (decision === 'approve' && account.status === 'locked') {
      account.status = 'active';
      delete account.lock;
    }
    const at = new Date(this.#now()).toISOString();
    this.#settleWaiting(idNumber, decision === 'approve' ? 'approved' : 'refused', at);
    return { decided: true, entry: structuredClone(entry), account: accountView(account) };
  }

  #entryByReference(key: string): LedgerEntry | undefined {
    const normalised = normaliseReference(key);
    const changeId = normalised === undefined ? undefined : this.#changeIdByReference.get(normalised);
    return changeId === undefined ? undefined : this.#entries.get(changeId);
  }

  /** Indexes an entry; used for new entries and for entries restored from disk alike. */
  #record(entry: LedgerEntry): void {
    const { change } = entry;
    this.#entries.set(change.changeId, entry);
    // Two changeIds can share a reference (40 bits); the first keeps it, as the kiosk printed it first.
    if (!this.#changeIdByReference.has(entry.reference)) {
      this.#changeIdByReference.set(entry.reference, change.changeId);
    }
    if (change.kind === 'unlock-request' && entry.requestStatus === 'pending-review') {
      const waiting = this.#waitingByAccount.get(change.idNumber) ?? [];
      waiting.push(change.changeId);
      this.#waitingByAccount.set(change.idNumber, waiting);
    }
  }

  #settleWaiting(idNumber: string, status: RequestStatus, at: string): void {
    for (const changeId of this.#waitingByAccount.get(idNumber) ?? []) {
      const waiting = this.#entries.get(changeId);
      if (waiting === undefined) continue;
      waiting.requestStatus = status;
      waiting.updatedAt = at;
    }
    this.#waitingByAccount.delete(idNumber);
  }
}

function assertContentsAgree(account: Account): void {
  const problems = accountContentProblems(account);
  if (problems.length > 0) {
    throw new Error(
      `Account ${maskIdNumber(account.idNumber)} holds contents that disagree with level ${account.level}: ${problems.join(', ')}`,
    );
  }
}
