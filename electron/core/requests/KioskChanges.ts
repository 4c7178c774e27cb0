import { referenceForChange } from '../../../shared/domain/reference.js';
import type { ChangeState } from '../../../shared/domain/change.js';
import { archivedForm, ChangeArchive } from '../store/archive/ChangeArchive.js';
import type { ArchivedChange } from '../store/archive/ChangeArchive.js';
import type { KioskStore } from '../store/KioskStore.js';

/** A change this kiosk accepted, wherever it is now: still in the queue, or finished and archived. */
export type KnownChange = Omit<ArchivedChange, 'finalState' | 'finishedAt'> & {
  state: ChangeState;
  updatedAt: string;
  source: 'queue' | 'archive';
};

function known(form: ArchivedChange, source: KnownChange['source']): KnownChange {
  const { finalState, finishedAt, ...rest } = form;
  return { ...rest, state: finalState, updatedAt: finishedAt, source };
}

/**
 * Finds this kiosk's changes by id or by the reference on a receipt: first in the queue (the
 * store), then in the archive of finished ones, newest day first.
 */
export class KioskChanges {
  readonly #store: KioskStore;
  readonly #archive: ChangeArchive;

  constructor(store: KioskStore, dataDir: string) {
    this.#store = store;
    this.#archive = new ChangeArchive(dataDir);
  }

  async byChangeId(changeId: string): Promise<KnownChange | undefined> {
    const queued = this.#store.get(changeId);
    if (queued !== undefined) return known(archivedForm(queued), 'queue');
    const archived = await this.#archive.find(
      `"changeId":"${changeId}"`,
      (form) => form.changeId === changeId,
    );
    return archived === undefined ? undefined : known(archived, 'archive');
  }

  /** `reference` in its normal form (shared/domain/reference.ts normaliseReference). */
  async byReference(reference: string): Promise<KnownChange | undefined> {
    const queued = this.#store
      .read()
      .changes.find((entry) => referenceForChange(entry.change.changeId) === reference);
    if (queued !== undefined) return known(archivedForm(queued), 'queue');
    const archived = await this.#archive.find(
      `"reference":"${reference}"`,
      (form) => form.reference === reference,
    );
    return archived === undefined ? undefined : known(archived, 'archive');
  }
}
