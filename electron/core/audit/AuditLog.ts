import { maskIdNumber } from '../../../shared/domain/masking.js';
import type { KioskStore } from '../store/KioskStore.js';
import type { AuditEntry } from './auditEntry.js';
import { AuditFacts } from './auditEntry.js';

/** The facts of an action as services give them: a full ID number is masked here, never stored. */
export type AuditInput = Omit<AuditFacts, 'idNumberMasked'> & { idNumber?: string };

/** Masks the ID number and checks the facts against the schema (throws before anything is written). */
export function auditFactsFrom(input: AuditInput): AuditFacts {
  const { idNumber, ...rest } = input;
  return AuditFacts.parse({
    ...rest,
    ...(idNumber === undefined ? {} : { idNumberMasked: maskIdNumber(idNumber) }),
  });
}

/**
 * The append-only audit log (DESIGN §5): one JSON line per action in a month file, each chained
 * to the one before by SHA-256, so an entry changed, removed or inserted later breaks the chain
 * (verifyAuditChain finds where). An entry travels in the store's journal (one flush, seq and
 * hash given at flush time from the store's audit head) and the store writes it to the month
 * file after the flush; services await it, so an acknowledged action is durable before the answer.
 */
export class AuditLog {
  readonly #store: KioskStore;
  readonly #inFlight = new Set<Promise<unknown>>();

  constructor(options: { store: KioskStore }) {
    this.#store = options.store;
  }

  /** Resolves once the entry is durable; facts outside the schema are refused and nothing is written. */
  async append(input: AuditInput): Promise<AuditEntry> {
    const committing = this.#store.commit([], [auditFactsFrom(input)]);
    this.#inFlight.add(committing);
    try {
      const [entry] = await committing;
      if (entry === undefined) throw new Error('The store sealed no audit entry.');
      return entry;
    } finally {
      this.#inFlight.delete(committing);
    }
  }

  /** Waits for the appends already made (the store, closed after, owns the files). */
  async close(): Promise<void> {
    await Promise.allSettled([...this.#inFlight]);
  }
}
