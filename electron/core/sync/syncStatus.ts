import type { ConnectionState } from '../../../shared/domain/connection.js';
import type { SyncError, SyncStatus } from '../../../shared/ipc/contract.js';
import { ageingLevel, defaultAgeingThresholds } from '../../../shared/domain/syncAgeing.js';
import type { AgeingThresholds } from '../../../shared/domain/syncAgeing.js';
import type { QueueSummary } from '../queue/ChangeQueue.js';
import type { Timers } from '../timers.js';

/** What the sync engine knows beyond the queue's counts. */
export interface SyncFacts {
  connection: ConnectionState;
  lastSuccessAt?: string;
  lastError?: SyncError;
}

export interface StatusReading {
  status: SyncStatus;
  /** Equal keys mean nothing worth telling changed: the age of the oldest change grows on its own. */
  key: string;
}

export function composeStatus(
  summary: QueueSummary,
  facts: SyncFacts,
  nowMs: number,
  thresholds: AgeingThresholds = defaultAgeingThresholds,
): StatusReading {
  const oldestMs = summary.oldestUnsentAt === undefined ? Number.NaN : Date.parse(summary.oldestUnsentAt);
  const { lastError } = facts;
  const ageMs = Number.isNaN(oldestMs) ? undefined : Math.max(0, Math.round(nowMs - oldestMs));
  const status: SyncStatus = {
    connection: facts.connection,
    pending: summary.pending,
    sending: summary.sending,
    blocked: summary.blocked,
    needsStaff: summary.needsStaff,
    ...(ageMs === undefined ? {} : { oldestPendingAgeMs: ageMs }),
    ...(facts.lastSuccessAt === undefined ? {} : { lastSuccessAt: facts.lastSuccessAt }),
    ...(lastError === undefined ? {} : { lastError }),
    ageing: ageingLevel(ageMs, thresholds),
  };
  const key = JSON.stringify([
    status.connection,
    status.pending,
    status.sending,
    status.blocked,
    status.needsStaff,
    summary.oldestUnsentAt,
    status.lastSuccessAt,
    status.lastError === undefined ? null : JSON.stringify(status.lastError),
    status.ageing,
  ]);
  return { status, key };
}

/**
 * Publishes the status at most once per interval, and only when it changed. A drain of thousands
 * of changes fires thousands of queue events; the renderer needs a few updates a second, not those.
 */
export class StatusPublisher {
  readonly #read: () => StatusReading;
  readonly #publish: (status: SyncStatus) => void;
  readonly #timers: Timers;
  readonly #intervalMs: number;
  #timer: unknown;
  #lastKey: string | undefined;
  #stopped = false;

  constructor(
    read: () => StatusReading,
    publish: (status: SyncStatus) => void,
    timers: Timers,
    intervalMs: number,
  ) {
    this.#read = read;
    this.#publish = publish;
    this.#timers = timers;
    this.#intervalMs = intervalMs;
  }

  changed(): void {
    if (this.#stopped || this.#timer !== undefined) return;
    this.#timer = this.#timers.set(() => {
      this.#timer = undefined;
      this.flush();
    }, this.#intervalMs);
  }

  flush(): void {
    if (this.#stopped) return;
    const { status, key } = this.#read();
    if (key === this.#lastKey) return;
    this.#lastKey = key;
    this.#publish(status);
  }

  resume(): void {
    this.#stopped = false;
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer !== undefined) this.#timers.clear(this.#timer);
    this.#timer = undefined;
  }
}
