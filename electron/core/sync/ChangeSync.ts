import { isFinalState } from '../../../shared/domain/change.js';
import type { ChangeClosure } from '../../../shared/domain/closeReason.js';
import type { ConnectionState } from '../../../shared/domain/connection.js';
import { defaultAgeingThresholds } from '../../../shared/domain/syncAgeing.js';
import type { AgeingThresholds } from '../../../shared/domain/syncAgeing.js';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import type { AuditFacts } from '../audit/auditEntry.js';
import type { SyncStatus } from '../../../shared/ipc/contract.js';
import { MAX_CHANGES_PER_BATCH } from '../../../shared/upstream/api.js';
import type { KioskEventHub } from '../events/KioskEventHub.js';
import { receiptFor } from '../queue/ChangeQueue.js';
import type { ChangeQueue } from '../queue/ChangeQueue.js';
import type { StoreWrites } from '../store/StoreWrites.js';
import type { UpstreamClient, UpstreamContact } from '../upstream/UpstreamClient.js';
import { BatchLanes, MAX_BATCHES_IN_FLIGHT } from './BatchLanes.js';
import { ConnectionWatch } from './connectionWatch.js';
import { persistedSchedule } from './persistedSchedule.js';
import { OutcomeWaiters } from './sendNow.js';
import type { PendingReason, SendNowOptions, SendNowOutcome } from './sendNow.js';
import { defaultRetryPolicy } from './retryPolicy.js';
import type { RetryPolicy } from './retryPolicy.js';
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
  /** Batches in flight at once, each on its own accounts (default `MAX_BATCHES_IN_FLIGHT`, 4). */
  maxInFlight?: number;
  /** The store's write health: after a failed write nothing is sent until one succeeds. */
  storeWrites?: Pick<StoreWrites, 'recovered'>;
  /** When the oldest unsent change turns the status to a warning, then an escalation (issue 11). */
  ageing?: AgeingThresholds;
}

/**
 * The sync engine of DESIGN §5: sends the queue to the national system in batches, one change
 * per account per batch, up to four batches at once on disjoint accounts (`BatchLanes`), so each
 * account's changes go in order, and never drops one. Failures back off exponentially with full
 * jitter (Retry-After as a floor), per failed batch; the schedule is persisted with the changes.
 * A healthy answer to any request, or a probe while waiting, ends a wait after silence early.
 * One run at a time; `drain` and `sendNow` join the current one. It hears of changes from the
 * queue's own signal, never from the renderer's events.
 */
export class ChangeSync {
  readonly #queue: ChangeQueue;
  readonly #upstream: SyncUpstream;
  readonly #events: KioskEventHub;
  readonly #policy: RetryPolicy;
  readonly #now: () => number;
  readonly #timers: Timers;
  readonly #lanes: BatchLanes;
  readonly #publisher: StatusPublisher;
  readonly #storeWrites: ChangeSyncOptions['storeWrites'];
  readonly #waiters: OutcomeWaiters;
  readonly #ageing: AgeingThresholds;
  #stopped = false;
  #subscriptions: (() => void)[] = [];
  #heartbeat: unknown;
  readonly #connection = new ConnectionWatch();

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
    this.#storeWrites = options.storeWrites;
    this.#ageing = options.ageing ?? defaultAgeingThresholds;
    const timers = options.timers ?? nodeTimers;
    this.#timers = timers;
    this.#waiters = new OutcomeWaiters(timers, this.#now);
    this.#publisher = new StatusPublisher(
      () => this.#read(),
      (status) => this.#events.emit('sync.status', status),
      timers,
      options.statusIntervalMs ?? 250,
    );
    this.#lanes = new BatchLanes({
      queue,
      submit: (changes) => upstream.submitChanges(changes),
      // probe() never rejects: any answer, or none, only feeds onContact.
      probe: () => void upstream.probe(),
      waiters: this.#waiters,
      policy: this.#policy,
      now: this.#now,
      random: options.random ?? Math.random,
      timers,
      maxBatch: options.maxBatch ?? MAX_CHANGES_PER_BATCH,
      maxInFlight: options.maxInFlight ?? MAX_BATCHES_IN_FLIGHT,
      changed: () => this.#publisher.changed(),
    });
  }

  /**
   * Sends what can go now and resolves when this run is over, whatever its outcome. While the
   * engine's wait runs, it sends nothing: the wait's end, or the connection coming back, will.
   */
  drain(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#lanes.waiting) return this.#lanes.running ?? Promise.resolve();
    return this.#lanes.kick();
  }

  /** Whether the national system can be reached, from its latest answers (`ConnectionWatch`). */
  get connection(): ConnectionState {
    return this.#connection.state;
  }

  /**
   * Sends this change now, for someone waiting at the screen, and resolves with its outcome or
   * with "still pending" at the deadline. It goes in a batch like any other: after the earlier
   * changes of its account, and never while a wait holds it (the engine's, or its account's
   * failed batch's): then it is pending at once. See `SendNowOutcome` for what comes back, and
   * when it is withdrawn.
   */
  async sendNow(changeId: string, options: SendNowOptions): Promise<SendNowOutcome> {
    const entry = this.#queue.find(changeId);
    if (entry === undefined) throw new Error(`sendNow: no change ${changeId} in the queue`);
    let settled: { kind: 'answered' } | { kind: 'pending'; reason: PendingReason };
    const held = this.#lanes.heldBecause(changeId);
    if (isFinalState(entry.state) || entry.state === 'blocked') settled = { kind: 'answered' };
    else if (this.#stopped) settled = { kind: 'pending', reason: 'held' };
    else if (held !== undefined) settled = { kind: 'pending', reason: held };
    else {
      const waiting = this.#waiters.wait(changeId, options.deadline);
      // The waiter above is what this call awaits; the lanes record their own failures.
      void this.#lanes.kick();
      settled = await waiting;
    }
    const current = this.#queue.find(changeId) ?? entry;
    if (settled.kind === 'answered') return { kind: 'answered', receipt: receiptFor(current) };
    // A batch that just failed may still be putting it back to pending: the receipt says where it ends up.
    if (this.#queue.find(changeId)?.state === 'sending') await this.#lanes.settledFor(changeId);
    const requestLeft = this.#lanes.requestLeft(changeId);
    // Whatever held it (the link, a Retry-After wait, a batch waiting for staff, the deadline),
    // a change that never left the kiosk is not left queued for a citizen who is walking away.
    if (options.withdrawIfUnsent === true && !requestLeft) {
      if (await this.#lanes.withdraw(changeId)) return { kind: 'withdrawn' };
    }
    const latest = this.#queue.find(changeId) ?? current;
    return { kind: 'pending', receipt: receiptFor(latest), reason: settled.reason, requestLeft };
  }

  /** The ageing thresholds this engine's status uses (the desk shows them). */
  get ageingThresholds(): Readonly<AgeingThresholds> {
    return this.#ageing;
  }

  /** Held after a refused batch, or back to pending after a transient failure: never decided. */
  resendable(changeId: string): boolean {
    const entry = this.#queue.find(changeId);
    if (entry === undefined || entry.state !== 'pending' || this.#lanes.busy(changeId)) return false;
    return this.#lanes.facts.heldForStaff.has(changeId) || entry.lastError !== undefined;
  }

  /**
   * Staff resend a change the national system never decided, with the same changeId (a refused
   * batch, a transient error): it leaves the held list, its wait ends, and it goes in the next
   * round. `CHANGE_NOT_RESENDABLE` otherwise (decided changes replay their stored result).
   */
  async resend(changeId: string, audit: readonly AuditFacts[]): Promise<void> {
    const entry = this.#queue.find(changeId);
    if (entry === undefined) throw new KioskError('CHANGE_NOT_FOUND', `No change ${changeId} in the queue.`);
    if (!this.resendable(changeId)) {
      throw new KioskError(
        'CHANGE_NOT_RESENDABLE',
        `Change ${changeId} is ${entry.state}; a resend cannot help.`,
        {
          state: entry.state,
        },
      );
    }
    await this.#lanes.resend(changeId, audit);
  }

  /**
   * Staff close a change waiting for them: a conflict, a rejection, or a change held after a
   * refused batch (set aside from every plan meanwhile, so no batch carries it while it closes).
   */
  async close(
    changeId: string,
    closure: ChangeClosure,
    audit: readonly AuditFacts[],
  ): Promise<ChangeReceipt> {
    const entry = this.#queue.find(changeId);
    if (entry === undefined) throw new KioskError('CHANGE_NOT_FOUND', `No change ${changeId} in the queue.`);
    const refuse = () =>
      new KioskError(
        'CHANGE_NOT_CLOSABLE',
        `Change ${changeId} is ${entry.state}; it does not wait for staff.`,
        {
          state: this.#queue.find(changeId)?.state ?? entry.state,
        },
      );
    if (!this.#queue.closable(changeId)) throw refuse();
    const closed = await this.#lanes.setAside(changeId, async () => {
      if (!this.#queue.closable(changeId)) return undefined;
      return this.#queue.close(changeId, closure, audit);
    });
    if (closed === undefined) throw refuse();
    this.#publisher.changed();
    return closed;
  }

  /** "Gửi ngay": every wait ends (never before a Retry-After) and what can go goes now. */
  sendAll(): void {
    if (this.#stopped) return;
    this.#lanes.endWaits();
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
        // The queue's writer must not wait for the send; the lanes record their own failures.
        if (update.state === 'pending') queueMicrotask(() => void this.drain());
      }),
      this.#upstream.onContact((contact) => this.#contact(contact)),
      this.#storeWrites?.recovered.subscribe(() => this.#lanes.writesRecovered()) ?? (() => undefined),
    ];
    const unfinished = this.#queue.unfinished();
    const { resumeAt } = persistedSchedule(unfinished, this.#now(), this.#policy.capMs);
    this.#armHeartbeat();
    if (resumeAt !== undefined) {
      // Unknown why the last run failed: probe at once, and go early if the service is back.
      const wait = { until: resumeAt, floor: this.#now(), earlyOnContact: true };
      this.#lanes.start({ wait, linkDown: true });
    } else {
      this.#lanes.start(undefined);
      if (unfinished.some((entry) => entry.state !== 'blocked')) {
        // Runs in the background (see the timers above); the lanes record their own failures.
        void this.#lanes.kick();
      } else {
        // probe() never rejects: any answer, or none, only feeds onContact.
        void this.#upstream.probe();
      }
    }
    this.#publisher.changed();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#heartbeat !== undefined) this.#timers.clear(this.#heartbeat);
    this.#heartbeat = undefined;
    for (const unsubscribe of this.#subscriptions) unsubscribe();
    this.#subscriptions = [];
    this.#publisher.stop();
    this.#waiters.gaveUp('held');
    await this.#lanes.stop();
  }

  status(): SyncStatus {
    return this.#read().status;
  }

  #read(): StatusReading {
    const facts = this.#lanes.facts;
    // The queue's summary counts held changes among those needing staff already.
    return composeStatus(
      this.#queue.summary(),
      {
        connection: this.#connection.state,
        ...(facts.lastSuccessAt === undefined ? {} : { lastSuccessAt: facts.lastSuccessAt }),
        ...(facts.lastError === undefined ? {} : { lastError: facts.lastError }),
      },
      this.#now(),
      this.#ageing,
    );
  }

  /**
   * An idle kiosk probes now and then, so the connection state does not go stale while nothing
   * is sent; while offline, as often as during a wait, so Welcome's offline notice leaves soon
   * after the connection is back.
   */
  #armHeartbeat(): void {
    if (this.#heartbeat !== undefined) this.#timers.clear(this.#heartbeat);
    const everyMs =
      this.#connection.state === 'offline'
        ? Math.min(this.#policy.probeIntervalMs, this.#policy.heartbeatMs)
        : this.#policy.heartbeatMs;
    this.#heartbeat = this.#timers.set(() => {
      this.#heartbeat = undefined;
      // probe() never rejects: any answer, or none, only feeds onContact.
      if (this.#lanes.running === undefined && !this.#lanes.waiting) void this.#upstream.probe();
      // The age grows on its own: an ageing level it crossed is published within a heartbeat.
      this.#publisher.changed();
      this.#armHeartbeat();
    }, everyMs);
  }

  #contact(contact: UpstreamContact): void {
    const wasOffline = this.#connection.state === 'offline';
    if (this.#connection.observe(contact)) {
      this.#publisher.changed();
      // The heartbeat's pace follows the state: quicker while offline.
      if (!this.#stopped && wasOffline !== (this.#connection.state === 'offline')) this.#armHeartbeat();
    }
    if (contact.healthy && !this.#stopped) this.#lanes.contact();
  }
}
