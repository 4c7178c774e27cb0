import { z } from 'zod';
import { UpstreamErrorCode } from '../../shared/upstream/api.js';

/** A 4xx a refused batch answers with: any but 429, which asks the kiosk to wait, not to fix. */
const RefusalStatus = z
  .number()
  .int()
  .min(400)
  .max(499)
  .refine((status) => status !== 429, { message: '429 asks the kiosk to wait; use the fault knobs for it' });

/**
 * What the service decides on purpose (issue 11), for tests and demos of the kiosk's sync desk:
 * the next `conflictNextChanges` new changes come back `conflict` (as if the account changed
 * since the citizen was verified), and the next `refuseNextBatches` whole batches are refused
 * with `refuseStatus` and `refuseCode`. Counts go down as they are used; setting one to 0 ends it.
 */
export const DecisionSettings = z
  .object({
    conflictNextChanges: z.number().int().min(0).max(10_000),
    refuseNextBatches: z.number().int().min(0).max(10_000),
    refuseStatus: RefusalStatus,
    refuseCode: UpstreamErrorCode,
  })
  .strict();
export type DecisionSettings = z.infer<typeof DecisionSettings>;

export const DecisionSettingsUpdate = DecisionSettings.partial().strict();
export type DecisionSettingsUpdate = z.infer<typeof DecisionSettingsUpdate>;

const noDecisions: Readonly<DecisionSettings> = Object.freeze({
  conflictNextChanges: 0,
  refuseNextBatches: 0,
  refuseStatus: 400,
  refuseCode: 'BATCH_REFUSED',
});

export class DecisionKnobs {
  #settings: DecisionSettings = { ...noDecisions };

  get settings(): DecisionSettings {
    return { ...this.#settings };
  }

  /** Validates the whole result first, so a bad update changes nothing. */
  update(change: DecisionSettingsUpdate): DecisionSettings {
    this.#settings = DecisionSettings.parse({ ...this.#settings, ...change });
    return this.settings;
  }

  /** The refusal this batch gets, if one is owed; counts it. */
  takeBatchRefusal(): { status: number; code: UpstreamErrorCode } | undefined {
    if (this.#settings.refuseNextBatches === 0) return undefined;
    this.#settings.refuseNextBatches -= 1;
    return { status: this.#settings.refuseStatus, code: this.#settings.refuseCode };
  }

  /** Whether this new change is to come back `conflict`; counts it. */
  takeConflict(): boolean {
    if (this.#settings.conflictNextChanges === 0) return false;
    this.#settings.conflictNextChanges -= 1;
    return true;
  }
}
