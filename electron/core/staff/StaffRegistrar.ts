import { auditFactsFrom } from '../audit/AuditLog.js';
import type { KioskStore } from '../store/KioskStore.js';
import { waitAfterFailure } from '../sync/failureWait.js';
import { RetrySchedule } from '../sync/RetrySchedule.js';
import { defaultRetryPolicy } from '../sync/retryPolicy.js';
import type { RetryPolicy } from '../sync/retryPolicy.js';
import { nodeTimers } from '../timers.js';
import type { Timers } from '../timers.js';
import type { UpstreamClient } from '../upstream/UpstreamClient.js';
import type { StaffDirectory } from './StaffDirectory.js';

/** What registration needs of the national system; the UpstreamClient, or a stand-in in tests. */
export type RegistrationUpstream = Pick<UpstreamClient, 'registerStaff' | 'probe' | 'onContact'>;

export interface StaffRegistrarOptions {
  store: Pick<KioskStore, 'commit' | 'writes'>;
  directory: Pick<StaffDirectory, 'unregistered' | 'enrolled'>;
  upstream: RegistrationUpstream;
  now: () => Date;
  /** The sync engine's backoff, so both wait alike for the same national system. */
  policy?: Partial<RetryPolicy>;
  random?: () => number;
  timers?: Timers;
}

/**
 * Registers every enrolled staff member the national system does not know yet (POST /v1/staff),
 * one after the other, and records each success (`staff.registered` and its audit entry, in one
 * flush). Until then the member signs in but cannot attest a card (`STAFF_NOT_REGISTERED`).
 *
 * It keeps the sync engine's discipline: after a failure it waits (full jitter, the failure
 * count doubling the ceiling, a Retry-After as a floor), and a wait after silence ends early at
 * the national system's first healthy answer to anything (the sync engine's probes and
 * heartbeat, a citizen's verification, its own probes while a wait is long); a refusal is waited
 * out. A member enrolled while nothing waits is registered at once.
 */
export class StaffRegistrar {
  readonly #options: StaffRegistrarOptions;
  readonly #policy: RetryPolicy;
  readonly #schedule: RetrySchedule;
  #subscriptions: (() => void)[] = [];
  #running: Promise<void> | undefined;
  #failures = 0;
  #stopped = true;

  constructor(options: StaffRegistrarOptions) {
    this.#options = options;
    this.#policy = { ...defaultRetryPolicy, ...options.policy };
    this.#schedule = new RetrySchedule({
      timers: options.timers ?? nodeTimers,
      now: () => options.now().getTime(),
      probeIntervalMs: this.#policy.probeIntervalMs,
      // The round records its own failures and waits; nothing awaits it here.
      due: () => void this.registerNow(),
      // probe() never rejects: its answer only feeds onContact.
      probe: () => void options.upstream.probe(),
    });
  }

  /** Registers whoever is waiting now, and whoever is enrolled later. */
  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    const { upstream, directory, store } = this.#options;
    this.#subscriptions = [
      upstream.onContact((contact) => this.#contact(contact.healthy)),
      directory.enrolled.subscribe(() => this.#kick()),
      store.writes.recovered.subscribe(() => this.#schedule.writesRecovered()),
    ];
    this.#kick();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const unsubscribe of this.#subscriptions) unsubscribe();
    this.#subscriptions = [];
    this.#schedule.cancel();
    await this.#running;
  }

  /** One round, or the round already running; resolves when it is over, whatever its outcome. */
  registerNow(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    this.#running ??= this.#round().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** A member to register, while no wait holds registration back: go now. */
  #kick(): void {
    if (this.#stopped || this.#schedule.waiting) return;
    if (this.#options.directory.unregistered().length === 0) return;
    // The round records its own failures and waits.
    void this.registerNow();
  }

  #contact(healthy: boolean): void {
    if (!healthy || this.#stopped || this.#running !== undefined) return;
    if (this.#schedule.waiting) this.#schedule.contact();
    else this.#kick();
  }

  async #round(): Promise<void> {
    this.#schedule.cancel();
    const { directory, upstream, store, now } = this.#options;
    // Re-read after each one: a member enrolled meanwhile joins this round (each once).
    const tried = new Set<string>();
    const next = () => directory.unregistered().find((member) => !tried.has(member.staffId));
    for (let member = next(); member !== undefined; member = next()) {
      if (this.#stopped) return;
      const { staffId, displayName } = member;
      tried.add(staffId);
      try {
        await upstream.registerStaff({ staffId, displayName, role: member.role });
        await store.commit(
          [{ type: 'staff.registered', staffId, at: now().toISOString() }],
          [auditFactsFrom({ action: 'staff.registered', actor: 'kiosk', staffId, outcome: 'registered' })],
        );
        this.#failures = 0;
      } catch (error) {
        this.#failures += 1;
        if (this.#stopped) return;
        const { wait, linkDown } = waitAfterFailure(
          error,
          this.#failures,
          now().getTime(),
          this.#policy,
          this.#options.random ?? Math.random,
        );
        this.#schedule.waitFor(wait, linkDown);
        return;
      }
    }
  }
}
