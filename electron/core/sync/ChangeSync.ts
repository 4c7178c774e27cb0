import { MAX_CHANGES_PER_BATCH } from '../../../shared/upstream/api.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import type { ChangeQueue } from '../queue/ChangeQueue.js';
import type { UpstreamClient } from '../upstream/UpstreamClient.js';

export interface ChangeSyncOptions {
  /** How long to wait before trying again after the national system could not be reached. */
  retryDelayMs?: number;
}

/**
 * A first, simple sync: sends what the queue owes in seq order, in batches, one drain at a
 * time, and tries again later while the national system is unreachable. The durable queue and
 * full retry policy of DESIGN §5 replace its internals, not its seam (`drain`, `start`, `stop`).
 */
export class ChangeSync {
  readonly #queue: ChangeQueue;
  readonly #upstream: UpstreamClient;
  readonly #retryDelayMs: number;
  #running: Promise<void> | undefined;
  #retryTimer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(queue: ChangeQueue, upstream: UpstreamClient, options: ChangeSyncOptions = {}) {
    this.#queue = queue;
    this.#upstream = upstream;
    this.#retryDelayMs = options.retryDelayMs ?? 30_000;
  }

  /** Sends everything unfinished; resolves when this drain is over, whatever its outcome. */
  drain(): Promise<void> {
    this.#running ??= this.#drainOnce().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  start(): void {
    this.#stopped = false;
    void this.drain();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#retryTimer);
    await this.#running;
  }

  async #drainOnce(): Promise<void> {
    clearTimeout(this.#retryTimer);
    for (;;) {
      const batch = this.#queue.unfinished().slice(0, MAX_CHANGES_PER_BATCH);
      if (batch.length === 0 || this.#stopped) return;
      const ids = batch.map((entry) => entry.change.changeId);
      await this.#queue.markSending(ids);
      try {
        const response = await this.#upstream.submitChanges(batch.map((entry) => entry.change));
        await this.#queue.recordResults(response.results.filter((result) => ids.includes(result.changeId)));
      } catch (error) {
        if (!(error instanceof KioskError)) throw error;
        // Back to pending: the same changeIds go again later, so nothing is lost or doubled.
        await this.#queue.markUnsent(ids);
        this.#scheduleRetry();
        return;
      }
      // A result the national system left out would otherwise loop forever in this drain.
      const stillOwed = this.#queue.unfinished().filter((entry) => ids.includes(entry.change.changeId));
      if (stillOwed.length > 0) {
        await this.#queue.markUnsent(stillOwed.map((entry) => entry.change.changeId));
        this.#scheduleRetry();
        return;
      }
    }
  }

  #scheduleRetry(): void {
    if (this.#stopped) return;
    this.#retryTimer = setTimeout(() => void this.drain(), this.#retryDelayMs);
    this.#retryTimer.unref();
  }
}
