import { isFinalState } from '../../../shared/domain/change.js';
import type { SyncError, SyncStatus } from '../../../shared/ipc/contract.js';
import { MAX_CHANGES_PER_BATCH } from '../../../shared/upstream/api.js';
import type { ChangeResult } from '../../../shared/upstream/api.js';
import type { KioskEventHub } from '../events/KioskEventHub.js';
import { receiptFor } from '../queue/ChangeQueue.js';
import type { ChangeQueue } from '../queue/ChangeQueue.js';
import type { QueuedChange } from '../store/kioskDocument.js';
import type { StoreWrites } from '../store/StoreWrites.js';
import type { UpstreamClient } from '../upstream/UpstreamClient.js';
import { UpstreamFailure } from '../upstream/upstreamFailure.js';
import { matchResults, stopsTheAccount } from './batchResults.js';
import { persistedSchedule } from './persistedSchedule.js';
import { describeSyncFailure } from './syncError.js';
import { RetrySchedule } from './RetrySchedule.js';
import { OutcomeWaiters } from './sendNow.js';
import type { PendingReason, SendNowOptions, SendNowOutcome } from './sendNow.js';
import { defaultRetryPolicy, retryDelayMs } from './retryPolicy.js';
import type { RetryPolicy } from './retryPolicy.js';
import { changesBehind, planRound } from './syncPlan.js';
import type { BlockOrder } from './syncPlan.js';
import { composeStatus, StatusPublisher } from './syncStatus.js';
import type { StatusReading } from './syncStatus.js';
import { nodeTimers } from '../timers.js';
import type { Timers } from '../timers.js';

/** What sync needs of the national system; the UpstreamClient, or a stand-in in tests. */
export type SyncUpstream = Pick<UpstreamClient, 'submitChanges' | 'probe' | 'onContact'>;

export interface ChangeSyncOptions {
  policy?: Partial<RetryPolicy>;
  /** The kiosk clock, ms since the epoch. */
  now?: () => number;
  /** Uniform in [0, 1): the jitter. */
  random?: () => number;
  timers?: Timers;
  /** At most one `sync.status` event per this many milliseconds. */
  statusIntervalMs?: number;
  maxBatch?: number;
  /** The store's write health: after a failed write nothing is sent until one succeeds. */
  storeWrites?: Pick<StoreWrites, 'recovered'>;
}

type RoundOutcome = 'sent' | 'idle' | 'failed';

/**
 * The sync engine of DESIGN §5: sends the queue to the national system in batches, one change
 * per account per batch so each account's changes go in order, and never drops one. Failures
 * back off exponentially with full jitter (Retry-After as a floor); the schedule is persisted
 * with the changes. A healthy answer to any request, or a probe while waiting, ends a wait early.
 * One run at a time; `drain` and `sendNow` join the current one. It hears of changes from the
 * queue's own signal, never from the renderer's events.
 */
export class ChangeSync {
  readonly #queue: ChangeQueue;
  readonly #upstream: SyncUpstream;
  readonly #events: KioskEventHub;
  readonly #policy: RetryPolicy;
  readonly #now: () => number;
  readonly #random: () => number;
  readonly #maxBatch: number;
  readonly #timers: Timers;
  readonly #schedule: RetrySchedule;
  readonly #publisher: StatusPublisher;
  readonly #storeWrites: ChangeSyncOptions['storeWrites'];
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;
  #subscriptions: (() => void)[] = [];
  #heartbeat: unknown;
  #failures = 0;
  #online = false;
  #lastSuccessAt: string | undefined;
  #lastError: SyncError | undefined;
  /** Changes of a batch the service refused outright: unsent, and waiting for staff to fix the cause. */
  #heldForStaff: readonly string[] = [];
  readonly #waiters: OutcomeWaiters;
  /** The current round's batch, from the moment it is planned until its answer or failure is recorded. */
  readonly #inFlight = new Set<string>();
  /** Changes being withdrawn: no round may pick them up meanwhile. */
  readonly #withdrawing = new Set<string>();
  /** Per change, attempts that provably never left the kiosk (the connection was never made). */
  readonly #unsentAttempts = new Map<string, number>();
  /** The wait that runs (if any) is for the national system to come back, not a Retry-After or staff. */
  #waitingForLink = false;

  constructor(
    queue: ChangeQueue,
    upstream: SyncUpstream,
    events: KioskEventHub,
    options: ChangeSyncOptions = {},
  ) {
    this.#queue = queue;
    this.#upstream = upstream;
    this.#events = events;
    this.#policy = { ...defaultRetryPolicy, ...options.policy };
    this.#now = options.now ?? (() => Date.now());
    this.#random = options.random ?? Math.random;
    this.#maxBatch = options.maxBatch ?? MAX_CHANGES_PER_BATCH;
    this.#storeWrites = options.storeWrites;
    const timers = options.timers ?? nodeTimers;
    this.#timers = timers;
    this.#waiters = new OutcomeWaiters(timers, this.#now);
    this.#schedule = new RetrySchedule({
      timers,
      now: this.#now,
      probeIntervalMs: this.#policy.probeIntervalMs,
      // A round records every upstream failure itself. Only a store write that fails while
      // recording one escapes, and it must surface (an unhandled rejection stops the process)
      // rather than be swallowed.
      due: () => void this.#kick(),
      probe: () => void this.#upstream.probe(),
    });
    this.#publisher = new StatusPublisher(
      () => this.#read(),
      (status) => this.#events.emit('sync.status', status),
      timers,
      options.statusIntervalMs ?? 250,
    );
  }

  /**
   * Sends what can go now and resolves when this run is over, whatever its outcome. While a
   * failure's wait runs, it sends nothing: the wait's end, or the connection coming back, will.
   */
  drain(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#schedule.waiting) return this.#running ?? Promise.resolve();
    return this.#kick();
  }

  /** The national system's last answer was a healthy one. */
  get online(): boolean {
    return this.#online;
  }

  /**
   * Sends this change now, for someone waiting at the screen, and resolves with its outcome or
   * with "still pending" at the deadline. It goes in a round like any other: after the earlier
   * changes of its account, and never while a wait runs (backoff, Retry-After): then it is
   * pending at once. See `SendNowOutcome` for what comes back, and when it is withdrawn.
   */
  async sendNow(changeId: string, options: SendNowOptions): Promise<SendNowOutcome> {
    const entry = this.#queue.find(changeId);
    if (entry === undefined) throw new Error(`sendNow: no change ${changeId} in the queue`);
    let settled: { kind: 'answered' } | { kind: 'pending'; reason: PendingReason };
    if (isFinalState(entry.state) || entry.state === 'blocked') settled = { kind: 'answered' };
    else if (this.#stopped) settled = { kind: 'pending', reason: 'held' };
    else if (this.#schedule.waiting) {
      settled = { kind: 'pending', reason: this.#waitingForLink ? 'link-down' : 'held' };
    } else {
      const waiting = this.#waiters.wait(changeId, options.deadline);
      // The waiter above is what this call awaits; the round records its own failures.
      void this.#kick();
      settled = await waiting;
    }
    const current = this.#queue.find(changeId) ?? entry;
    if (settled.kind === 'answered') return { kind: 'answered', receipt: receiptFor(current) };
    // A round that just failed may still be putting it back to pending: the receipt says where it ends up.
    if (!this.#inFlight.has(changeId) && this.#queue.find(changeId)?.state === 'sending') await this.#running;
    const requestLeft = this.#requestLeft(changeId);
    // Whatever held it (the link, a Retry-After wait, a batch waiting for staff, the deadline),
    // a change that never left the kiosk is not left queued for a citizen who is walking away.
    if (options.withdrawIfUnsent === true && !requestLeft) {
      if (await this.#withdraw(changeId)) return { kind: 'withdrawn' };
    }
    const latest = this.#queue.find(changeId) ?? current;
    return { kind: 'pending', receipt: receiptFor(latest), reason: settled.reason, requestLeft };
  }

  /** Whether a request carrying this change may have reached the national system, ever. */
  #requestLeft(changeId: string): boolean {
    if (this.#inFlight.has(changeId)) return true;
    const attempts = this.#queue.find(changeId)?.attempts ?? 0;
    return attempts > (this.#unsentAttempts.get(changeId) ?? 0);
  }

  async #withdraw(changeId: string): Promise<boolean> {
    // Marked before the first await: a round that starts meanwhile leaves it alone.
    this.#withdrawing.add(changeId);
    try {
      if (this.#requestLeft(changeId)) return false;
      const withdrawn = await this.#queue.withdraw(changeId);
      if (withdrawn) this.#unsentAttempts.delete(changeId);
      return withdrawn;
    } finally {
      this.#withdrawing.delete(changeId);
    }
  }

  /** Picks up where the last run of the kiosk left off, including its persisted wait. */
  start(): void {
    if (this.#subscriptions.length > 0) return;
    this.#stopped = false;
    this.#publisher.resume();
    this.#subscriptions = [
      this.#queue.updates.subscribe((update) => {
        this.#publisher.changed();
        // A change accepted (or released by staff) goes at once, unless a wait says otherwise.
        // The queue's writer must not wait for the send; the round records its own failures.
        if (update.state === 'pending') queueMicrotask(() => void this.drain());
      }),
      this.#upstream.onContact((healthy) => this.#contact(healthy)),
      this.#storeWrites?.recovered.subscribe(() => this.#schedule.writesRecovered()) ?? (() => undefined),
    ];
    const unfinished = this.#queue.unfinished();
    const { resumeAt, failures } = persistedSchedule(unfinished, this.#now(), this.#policy.capMs);
    this.#failures = failures;
    this.#armHeartbeat();
    if (resumeAt !== undefined) {
      // Unknown why the last run failed: probe at once, and go early if the service is back.
      this.#waitingForLink = true;
      this.#schedule.waitFor({ until: resumeAt, floor: this.#now(), earlyOnContact: true }, true);
    } else if (unfinished.some((entry) => entry.state !== 'blocked')) {
      // Runs in the background (see the timers above); the round records its own failures.
      void this.#kick();
    } else {
      // probe() never rejects: any answer, or none, only feeds onContact.
      void this.#upstream.probe();
    }
    this.#publisher.changed();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#schedule.cancel();
    if (this.#heartbeat !== undefined) this.#timers.clear(this.#heartbeat);
    this.#heartbeat = undefined;
    for (const unsubscribe of this.#subscriptions) unsubscribe();
    this.#subscriptions = [];
    this.#publisher.stop();
    this.#waiters.gaveUp('held');
    await this.#running;
  }

  status(): SyncStatus {
    return this.#read().status;
  }

  #read(): StatusReading {
    const held = this.#heldForStaff.filter((changeId) => {
      const entry = this.#queue.find(changeId);
      return entry !== undefined && (entry.state === 'pending' || entry.state === 'sending');
    }).length;
    return composeStatus(
      this.#queue.summary(),
      {
        online: this.#online,
        heldForStaff: held,
        ...(this.#lastSuccessAt === undefined ? {} : { lastSuccessAt: this.#lastSuccessAt }),
        ...(this.#lastError === undefined ? {} : { lastError: this.#lastError }),
      },
      this.#now(),
    );
  }

  #kick(): Promise<void> {
    if (this.#running !== undefined) {
      this.#again = true;
      return this.#running;
    }
    const run = this.#run().finally(() => {
      if (this.#running === run) this.#running = undefined;
    });
    this.#running = run;
    return run;
  }

  async #run(): Promise<void> {
    for (;;) {
      this.#again = false;
      if (this.#stopped) return;
      const outcome = await this.#round();
      // A wait that already ran out while the failure was being recorded asked to go again.
      if (outcome === 'failed' && (this.#schedule.waiting || !this.#again)) return;
      if (outcome === 'idle' && !this.#again) return;
    }
  }

  async #round(): Promise<RoundOutcome> {
    const ids: string[] = [];
    try {
      const sendable = this.#queue
        .unfinished()
        .filter((entry) => !this.#withdrawing.has(entry.change.changeId));
      const plan = planRound(sendable, this.#maxBatch);
      ids.push(...plan.batch.map((entry) => entry.change.changeId));
      for (const changeId of ids) this.#inFlight.add(changeId);
      await this.#block(plan.block);
      if (plan.batch.length === 0) return 'idle';
      await this.#queue.markSending(ids);
      const response = await this.#upstream.submitChanges(plan.batch.map((entry) => entry.change));
      return await this.#settle(plan.batch, response.results);
    } catch (error) {
      await this.#failed(ids, error);
      return 'failed';
    } finally {
      for (const changeId of ids) this.#inFlight.delete(changeId);
    }
  }

  async #settle(
    batch: readonly Readonly<QueuedChange>[],
    answered: readonly ChangeResult[],
  ): Promise<RoundOutcome> {
    const { results, missing } = matchResults(
      batch.map((entry) => entry.change.changeId),
      answered,
    );
    const sent = new Map(batch.map((entry) => [entry.change.changeId, entry.change]));
    const stops = results.filter(stopsTheAccount).flatMap((result) => sent.get(result.changeId) ?? []);
    // Blocked before the stop is recorded: after a crash in between, the stop is still `sending`,
    // is resent, gets its stored result back, and nothing behind it went out meanwhile.
    await this.#block(changesBehind(stops, this.#queue.unfinished()));
    await this.#queue.recordResults(results);
    for (const entry of batch) this.#inFlight.delete(entry.change.changeId);
    for (const result of results) this.#unsentAttempts.delete(result.changeId);
    this.#waiters.answered(results.map((result) => result.changeId));
    if (missing.length > 0) {
      const failure = new UpstreamFailure(
        'malformed',
        `National system answered ${results.length} of ${batch.length} changes`,
      );
      await this.#failed(missing, failure);
      return 'failed';
    }
    this.#failures = 0;
    this.#heldForStaff = [];
    this.#lastError = undefined;
    this.#lastSuccessAt = new Date(this.#now()).toISOString();
    this.#publisher.changed();
    return 'sent';
  }

  async #block(orders: readonly BlockOrder[]): Promise<void> {
    for (const order of orders) {
      await this.#queue.markBlocked(order.changeIds, order.blockedBy);
      this.#waiters.answered(order.changeIds);
    }
  }

  async #failed(changeIds: readonly string[], error: unknown): Promise<void> {
    const failure = error instanceof UpstreamFailure ? error : undefined;
    // Anything else is the kiosk's own trouble (a store that cannot write): wait and try again.
    if (failure === undefined) console.error('kiosk sync: attempt failed', error);
    this.#failures += 1;
    const nowMs = this.#now();
    const retryAfterMs = failure?.retryAfterMs;
    const until = nowMs + retryDelayMs(this.#failures, this.#policy, this.#random, retryAfterMs);
    const floor =
      retryAfterMs === undefined ? nowMs : nowMs + Math.min(retryAfterMs, this.#policy.maxRetryAfterMs);
    const described = describeSyncFailure(error);
    this.#lastError = described.status;
    this.#waitingForLink = failure?.serviceUnwell ?? false;
    // Over for these: whoever waits on them next asks whether a request left, not whether one is out.
    for (const changeId of changeIds) this.#inFlight.delete(changeId);
    if (failure?.requestLeft === false) {
      for (const changeId of changeIds) {
        this.#unsentAttempts.set(changeId, (this.#unsentAttempts.get(changeId) ?? 0) + 1);
      }
    }
    if (failure?.kind === 'refused') this.#heldForStaff = [...changeIds];
    // The wait is set before the changes go back to pending, so their events do not resend them.
    if (!this.#stopped) {
      // The kiosk's own trouble (its store could not write) ends when any write succeeds again.
      const earlyOnWrite = failure === undefined;
      this.#schedule.waitFor({ until, floor, earlyOnContact: failure?.serviceUnwell ?? false, earlyOnWrite });
    }
    try {
      if (changeIds.length > 0) {
        await this.#queue.markUnsent(changeIds, {
          nextAttemptAt: new Date(until).toISOString(),
          lastError: described.forStaff.slice(0, 500),
        });
      }
    } catch (storeError) {
      // Still `sending` on disk, which is resent all the same; the next attempt retries the write.
      console.error('kiosk sync: could not put changes back to pending', storeError);
    }
    this.#waiters.gaveUp(this.#waitingForLink ? 'link-down' : 'held');
    this.#publisher.changed();
  }

  /** An idle kiosk probes now and then, so `online` does not go stale while nothing is sent. */
  #armHeartbeat(): void {
    this.#heartbeat = this.#timers.set(() => {
      // probe() never rejects: any answer, or none, only feeds onContact.
      if (this.#running === undefined && !this.#schedule.waiting) void this.#upstream.probe();
      this.#armHeartbeat();
    }, this.#policy.heartbeatMs);
  }

  #contact(healthy: boolean): void {
    if (this.#online !== healthy) {
      this.#online = healthy;
      this.#publisher.changed();
    }
    if (healthy && this.#running === undefined && !this.#stopped) this.#schedule.contact();
  }
}
