import type { SyncError } from '../../../shared/ipc/contract.js';
import type { ChangeResult, UpstreamChange, ChangeBatchResponse } from '../../../shared/upstream/api.js';
import type { AuditFacts } from '../audit/auditEntry.js';
import type { ChangeQueue } from '../queue/ChangeQueue.js';
import { heldMoveAfter } from './heldForStaff.js';
import type { QueuedChange } from '../store/kioskDocument.js';
import type { Timers } from '../timers.js';
import { UpstreamFailure } from '../upstream/upstreamFailure.js';
import { matchResults, stopsTheAccount } from './batchResults.js';
import { BatchRests } from './BatchRests.js';
import { waitAfterFailure } from './failureWait.js';
import type { FailureWait } from './failureWait.js';
import { RetrySchedule } from './RetrySchedule.js';
import type { RetryWait } from './RetrySchedule.js';
import type { RetryPolicy } from './retryPolicy.js';
import type { OutcomeWaiters, PendingReason } from './sendNow.js';
import { accountHold, changesOfAccounts } from './accountHolds.js';
import { LaneCustody } from './laneCustody.js';
import { describeSyncFailure } from './syncError.js';
import { changesBehind, planRound } from './syncPlan.js';
import type { BlockOrder } from './syncPlan.js';

/** Batches in flight at once: enough to hide the round trips and fsyncs of a drain, few enough to be polite. */
export const MAX_BATCHES_IN_FLIGHT = 4;

export interface BatchLanesOptions {
  queue: ChangeQueue;
  submit: (changes: readonly UpstreamChange[]) => Promise<ChangeBatchResponse>;
  probe: () => void;
  waiters: OutcomeWaiters;
  policy: Readonly<RetryPolicy>;
  now: () => number;
  random: () => number;
  timers: Timers;
  maxBatch: number;
  maxInFlight: number;
  /** Something the status shows moved. */
  changed: () => void;
}

/** What the lanes know beyond the queue's counts, for `sync.status`. */
export interface LaneFacts {
  lastSuccessAt: string | undefined;
  lastError: SyncError | undefined;
  /** Changes whose last attempt the service refused outright: unsent, held until staff resend or close them. */
  heldForStaff: ReadonlySet<string>;
}

/**
 * The sending side of the sync engine: up to `maxInFlight` batches at once, each on accounts no
 * other batch in flight holds (one change per account, the account's oldest), so per-account
 * order holds as with one batch at a time. One loop plans, so two plans never race; each batch
 * then marks `sending`, sends, and records its answer on its own.
 *
 * A failed batch rests on its own (`BatchRests`): backoff with full jitter from its changes'
 * attempts, Retry-After as a floor; the others go on. After a failure no new batch opens until
 * one succeeds; when a failure leaves no batch awaiting an answer, the engine as a whole waits
 * (`RetrySchedule`) and then tries one batch. A link that is down therefore costs one request
 * per wait, as before, and a service failing one batch in five stalls nobody else.
 */
export class BatchLanes {
  readonly #queue: ChangeQueue;
  readonly #submit: BatchLanesOptions['submit'];
  readonly #waiters: OutcomeWaiters;
  readonly #policy: Readonly<RetryPolicy>;
  readonly #now: () => number;
  readonly #random: () => number;
  readonly #maxBatch: number;
  readonly #maxInFlight: number;
  readonly #changed: () => void;
  readonly #schedule: RetrySchedule;
  readonly #rests: BatchRests;
  readonly #lanes = new Set<Promise<void>>();
  readonly #custody = new LaneCustody();
  #lastSuccessAt: string | undefined;
  #lastError: SyncError | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #wake: (() => void) | undefined;
  #stopped = true;
  /** A batch failed and none has succeeded since: no new batch opens while another is out. */
  #cautious = false;
  /** The engine-wide wait that runs (if any) is for the national system to come back. */
  #waitingForLink = false;

  constructor(options: BatchLanesOptions) {
    this.#queue = options.queue;
    this.#submit = options.submit;
    this.#waiters = options.waiters;
    this.#policy = options.policy;
    this.#now = options.now;
    this.#random = options.random;
    this.#maxBatch = options.maxBatch;
    this.#maxInFlight = Math.max(1, options.maxInFlight);
    this.#changed = options.changed;
    // A lane records every upstream failure itself. Only a store write that fails while recording
    // one escapes, and it must surface (an unhandled rejection stops the process), not be swallowed.
    const due = () => void this.kick();
    this.#schedule = new RetrySchedule({
      timers: options.timers,
      now: this.#now,
      probeIntervalMs: this.#policy.probeIntervalMs,
      due,
      probe: options.probe,
    });
    this.#rests = new BatchRests({ timers: options.timers, now: this.#now, due });
  }

  get running(): Promise<void> | undefined {
    return this.#running;
  }

  /** The engine as a whole waits (after a failure that left nothing in flight, or at start). */
  get waiting(): boolean {
    return this.#schedule.waiting;
  }

  get facts(): LaneFacts {
    return {
      lastSuccessAt: this.#lastSuccessAt,
      lastError: this.#lastError,
      heldForStaff: this.#heldIds(),
    };
  }

  /** Why nothing goes now for this change, if something holds it: the engine's wait, or its account's rest. */
  heldBecause(changeId: string): PendingReason | undefined {
    if (this.#schedule.waiting) return this.#waitingForLink ? 'link-down' : 'held';
    const entry = this.#queue.find(changeId);
    if (entry === undefined) return undefined;
    return accountHold(entry, this.#queue.unfinished(), this.#heldIds(), (id) => this.#rests.of(id));
  }

  start(resume: { wait: RetryWait; linkDown: boolean } | undefined): void {
    this.#stopped = false;
    if (resume === undefined) return;
    this.#waitingForLink = resume.linkDown;
    this.#schedule.waitFor(resume.wait, true);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#schedule.cancel();
    this.#rests.cancel();
    this.#wake?.();
    await this.#running;
  }

  /** The national system answered healthily. */
  contact(): void {
    if (this.#stopped) return;
    this.#rests.contact();
    if (this.#running === undefined) this.#schedule.contact();
  }

  writesRecovered(): void {
    this.#rests.writesRecovered();
    this.#schedule.writesRecovered();
  }

  /** Whether a request carrying this change may have reached the national system, ever. */
  requestLeft(changeId: string): boolean {
    return this.#custody.requestLeft(changeId, this.#queue.find(changeId)?.attempts ?? 0);
  }

  /** Resolves once the batch carrying this change (if one does) has recorded its outcome. */
  async settledFor(changeId: string): Promise<void> {
    if (!this.#custody.isInFlight(changeId)) await this.#custody.laneOf(changeId);
  }

  busy(changeId: string): boolean {
    return this.#custody.busy(changeId);
  }

  /** Runs `fn` with this change kept out of every plan (staff closing it); undefined if a batch has it. */
  async setAside<T>(changeId: string, fn: () => Promise<T>): Promise<T | undefined> {
    if (this.#custody.busy(changeId)) return undefined;
    return this.#custody.aside(changeId, fn);
  }

  /**
   * Staff resend a change that was never decided: it leaves the held list (with `audit`, in one
   * flush), its own rest ends, and the engine's wait ends (never before a Retry-After).
   */
  async resend(changeId: string, audit: readonly AuditFacts[]): Promise<void> {
    await this.#queue.releaseHeld([changeId], audit);
    this.#rests.forget(changeId);
    this.endWaits();
  }

  /** "Gửi ngay": every wait ends now (or at its Retry-After floor), and what can go goes. */
  endWaits(): void {
    if (this.#stopped) return;
    this.#rests.endNow();
    this.#schedule.endNow();
    // A round records its own failures; the desk reads the outcome from the status.
    void this.kick();
  }

  withdraw(changeId: string): Promise<boolean> {
    // Set aside before the first await: a plan made meanwhile leaves it alone.
    return this.#custody.aside(changeId, async () => {
      if (this.requestLeft(changeId)) return false;
      const withdrawn = await this.#queue.withdraw(changeId);
      if (withdrawn) this.#custody.forgetUnsent(changeId);
      return withdrawn;
    });
  }

  /** Opens batches for what can go now; resolves when nothing is in flight and nothing more can go. */
  kick(): Promise<void> {
    if (this.#running !== undefined) {
      this.#again = true;
      this.#wake?.();
      return this.#running;
    }
    // The loop starts after `#running` is set, and clears it in the same step as it decides to
    // stop, so a kick is never lost between the two.
    const run = Promise.resolve().then(() => this.#run());
    this.#running = run;
    return run;
  }

  async #run(): Promise<void> {
    try {
      for (;;) {
        this.#again = false;
        if (!this.#stopped && !this.#schedule.waiting) {
          // After a failure, one batch at a time until one succeeds: a probe made of real work.
          const room = this.#cautious ? 1 : this.#maxInFlight;
          if (this.#lanes.size < room) {
            if (await this.#open()) continue;
            if (this.#again) continue;
          }
        }
        if (this.#lanes.size === 0) {
          this.#running = undefined;
          return;
        }
        await this.#nextEvent();
      }
    } catch (error) {
      this.#running = undefined;
      throw error;
    }
  }

  /** A batch ended, or something asked for another plan. */
  #nextEvent(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#wake = resolve;
      for (const lane of this.#lanes) void lane.then(resolve, resolve);
    }).finally(() => {
      this.#wake = undefined;
    });
  }

  #heldIds(): Set<string> {
    return new Set(this.#queue.held().map((held) => held.changeId));
  }

  #unavailable(changeId: string, held: ReadonlySet<string>): boolean {
    // A batch still recording its outcome is busy too: planned again only once that is on disk.
    return held.has(changeId) || this.#custody.busy(changeId) || this.#rests.of(changeId) !== undefined;
  }

  /** Plans one batch and sends it in its own lane; false when there is nothing to send now. */
  async #open(): Promise<boolean> {
    const held = this.#heldIds();
    const plan = planRound(this.#queue.unfinished(), this.#maxBatch, (entry) =>
      this.#unavailable(entry.change.changeId, held),
    );
    const ids = plan.batch.map((entry) => entry.change.changeId);
    // Reserved before the first await, so the next plan leaves these accounts alone.
    this.#custody.reserve(ids);
    try {
      await this.#block(plan.block);
    } catch (error) {
      await this.#failed(ids, error, false);
      return false;
    }
    if (ids.length === 0) return false;
    const lane: Promise<void> = this.#send(plan.batch).finally(() => {
      this.#lanes.delete(lane);
      this.#custody.detach(ids, lane);
    });
    this.#lanes.add(lane);
    this.#custody.attach(ids, lane);
    return true;
  }

  async #send(batch: readonly Readonly<QueuedChange>[]): Promise<void> {
    const ids = batch.map((entry) => entry.change.changeId);
    let marked = false;
    try {
      await this.#queue.markSending(ids);
      marked = true;
      const response = await this.#submit(batch.map((entry) => entry.change));
      await this.#settle(batch, response.results);
    } catch (error) {
      await this.#failed(ids, error, marked);
    } finally {
      this.#custody.release(ids);
    }
  }

  async #settle(batch: readonly Readonly<QueuedChange>[], answered: readonly ChangeResult[]): Promise<void> {
    const sentIds = batch.map((entry) => entry.change.changeId);
    const { results, missing } = matchResults(sentIds, answered);
    const sent = new Map(batch.map((entry) => [entry.change.changeId, entry.change]));
    const stops = results.filter(stopsTheAccount).flatMap((result) => sent.get(result.changeId) ?? []);
    // Blocked before the stop is recorded: after a crash in between, the stop is still `sending`,
    // is resent, gets its stored result back, and nothing behind it went out meanwhile.
    if (stops.length > 0) await this.#block(changesBehind(stops, this.#queue.unfinished()));
    await this.#queue.recordResults(results);
    this.#custody.release(sentIds);
    // An answer also takes a change off the held list (the store drops it with its final state).
    for (const result of results) this.#custody.forgetUnsent(result.changeId);
    this.#waiters.answered(results.map((result) => result.changeId));
    if (missing.length > 0) {
      const failure = new UpstreamFailure(
        'malformed',
        `National system answered ${results.length} of ${batch.length} changes`,
      );
      await this.#failed(missing, failure, true);
      return;
    }
    this.#cautious = false;
    this.#lastError = undefined;
    this.#lastSuccessAt = new Date(this.#now()).toISOString();
    this.#changed();
    // A success reopens the lanes a failure narrowed.
    this.#wake?.();
  }

  async #block(orders: readonly BlockOrder[]): Promise<void> {
    for (const order of orders) {
      await this.#queue.markBlocked(order.changeIds, order.blockedBy);
      this.#waiters.answered(order.changeIds);
    }
  }

  /** `marked`: the attempt counted on the changes (`sending` was recorded), so it is in their attempts. */
  async #failed(changeIds: readonly string[], error: unknown, marked: boolean): Promise<void> {
    const failure = error instanceof UpstreamFailure ? error : undefined;
    // Anything else is the kiosk's own trouble (a store that cannot write): wait and try again.
    if (failure === undefined) console.error('kiosk sync: attempt failed', error);
    const attempts = Math.max(0, ...changeIds.map((changeId) => this.#queue.find(changeId)?.attempts ?? 0));
    const failed = waitAfterFailure(
      error,
      attempts + (marked ? 0 : 1),
      this.#now(),
      this.#policy,
      this.#random,
    );
    const described = describeSyncFailure(error);
    this.#lastError = described.status;
    // Over for these: whoever waits on them next asks whether a request left, not whether one is out.
    this.#custody.release(changeIds);
    if (failure?.requestLeft === false) this.#custody.countUnsent(changeIds);
    const heldMove = heldMoveAfter(changeIds, failure, this.#heldIds(), this.#now());
    this.#cautious = true;
    // The waits are set before the changes go back to pending, so their events do not resend them.
    const engineWaits = !this.#stopped && this.#custody.inFlightCount === 0;
    if (!this.#stopped) this.#rests.add(changeIds, failed);
    if (engineWaits) {
      this.#waitingForLink = failed.linkDown;
      this.#schedule.waitFor(failed.wait);
    }
    const accounts = new Set(changeIds.map((changeId) => this.#queue.find(changeId)?.change.idNumber));
    try {
      if (changeIds.length > 0) {
        await this.#queue.markUnsent(
          changeIds,
          {
            nextAttemptAt: new Date(failed.wait.until).toISOString(),
            lastError: described.forStaff.slice(0, 500),
          },
          heldMove,
        );
      }
    } catch (storeError) {
      // Still `sending` on disk, which is resent all the same; the next attempt retries the write.
      console.error('kiosk sync: could not put changes back to pending', storeError);
    }
    this.#release(failed, engineWaits, accounts);
    this.#changed();
  }

  /** Callers of `sendNow` whose change cannot go before this wait is over hear "pending" now. */
  #release(failed: FailureWait, engineWaits: boolean, accounts: ReadonlySet<string | undefined>): void {
    const reason: PendingReason = failed.linkDown ? 'link-down' : 'held';
    if (engineWaits || this.#stopped) {
      this.#waiters.gaveUp(engineWaits && this.#waitingForLink ? 'link-down' : reason);
      return;
    }
    this.#waiters.gaveUpOn(changesOfAccounts(this.#queue.unfinished(), accounts), reason);
  }
}
