import type { ChangeState } from '../../../shared/domain/change.js';
import type { ArchivedChange } from '../store/archive/archivedChange.js';
import type { ChangeKey, HistoricChange } from '../store/archive/changeHistory.js';
import type { KioskStore } from '../store/KioskStore.js';

/** A change this kiosk accepted, wherever it is now: still in the queue, or finished and archived. */
export type KnownChange = Omit<ArchivedChange, 'finalState' | 'finishedAt'> & {
  state: ChangeState;
  updatedAt: string;
  source: 'queue' | 'archive';
};

function known({ change, source }: HistoricChange): KnownChange {
  const { finalState, finishedAt, ...rest } = change;
  return {
    ...rest,
    state: finalState,
    updatedAt: finishedAt,
    source: source === 'store' ? 'queue' : 'archive',
  };
}

/**
 * Finds this kiosk's changes by id or by the reference on a receipt, through the store's
 * once-view: the queue (the store) first, then the archive of finished ones, newest file first.
 */
export class KioskChanges {
  readonly #store: KioskStore;

  constructor(store: KioskStore) {
    this.#store = store;
  }

  byChangeId(changeId: string): Promise<KnownChange | undefined> {
    return this.#find({ changeId });
  }

  /** `reference` in its normal form (shared/domain/reference.ts normaliseReference). */
  byReference(reference: string): Promise<KnownChange | undefined> {
    return this.#find({ reference });
  }

  async #find(key: ChangeKey): Promise<KnownChange | undefined> {
    const found = await this.#store.history.find(key);
    return found === undefined ? undefined : known(found);
  }
}
