import { randomInt } from 'node:crypto';
import { FaultKnobs, noFaults, type FaultSettingsUpdate, type FaultStatus } from './faultKnobs.js';
import { DecisionKnobs } from './DecisionKnobs.js';
import { seededRandom } from './seededRandom.js';

export type FaultAction =
  { kind: 'pass' } | { kind: 'drop' } | { kind: 'error'; status: FaultStatus; retryAfterSeconds: number };

export interface FaultPlan {
  delayMs: number;
  action: FaultAction;
}

/**
 * Decides the faults of each request from the knobs and a seeded random source. Every request
 * draws the same number of values whatever the knobs, so a seeded run stays repeatable when a
 * test turns one knob up or down.
 */
export class FaultInjector {
  /** What the service decides on purpose (conflicts, refused batches): in memory, like the knobs. */
  readonly decisions = new DecisionKnobs();
  #knobs: FaultKnobs;
  #seed: number;
  #random: () => number;

  constructor(knobs: Partial<FaultKnobs> = {}, seed: number = randomInt(0, 0xffff_ffff)) {
    this.#knobs = FaultKnobs.parse({ ...noFaults, ...knobs });
    this.#seed = seed;
    this.#random = seededRandom(seed);
  }

  get settings(): FaultKnobs & { seed: number } {
    return { ...structuredClone(this.#knobs), seed: this.#seed };
  }

  /** Validates the whole result first, so a bad update changes nothing. */
  update(change: FaultSettingsUpdate): FaultKnobs & { seed: number } {
    const { seed, ...knobs } = change;
    this.#knobs = FaultKnobs.parse({ ...this.#knobs, ...knobs });
    if (seed !== undefined) {
      this.#seed = seed;
      this.#random = seededRandom(seed);
    }
    return this.settings;
  }

  planRequest(): FaultPlan {
    const knobs = this.#knobs;
    const jitter = this.#random();
    const drop = this.#random() < knobs.dropRate;
    const error = this.#random() < knobs.errorRate;
    const pick = this.#random();
    const delayMs = knobs.latencyMs + Math.floor(jitter * (knobs.latencyJitterMs + 1));
    if (drop) return { delayMs, action: { kind: 'drop' } };
    if (error) {
      const statuses = knobs.errorStatuses;
      const status = statuses[Math.floor(pick * statuses.length)] ?? 503;
      return { delayMs, action: { kind: 'error', status, retryAfterSeconds: knobs.retryAfterSeconds } };
    }
    return { delayMs, action: { kind: 'pass' } };
  }

  /** Whether to lose the answer of a batch that was applied and saved. */
  loseResponse(): boolean {
    return this.#random() < this.#knobs.loseResponseRate;
  }
}
