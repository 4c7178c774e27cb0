import type { DurableJsonFile } from '../../storage/durableFileAdapter.js';

/**
 * Saves the whole state through the durable adapter (temp file, fsync, rename, directory fsync),
 * coalescing concurrent saves: a caller waits for a write that began after its call, so the
 * state it changed is on disk when its promise resolves, and a burst of requests costs two
 * writes, not one per request. A snapshot is taken when a write begins, so it never holds half
 * of a batch: batches are applied synchronously, between two turns of the event loop.
 */
export class SnapshotWriter<T> {
  readonly #file: DurableJsonFile<T>;
  readonly #snapshot: () => T;
  #writing: Promise<void> | undefined;
  #next: Promise<void> | undefined;

  constructor(file: DurableJsonFile<T>, snapshot: () => T) {
    this.#file = file;
    this.#snapshot = snapshot;
  }

  save(): Promise<void> {
    if (this.#next !== undefined) return this.#next;
    const writing = this.#writing;
    if (writing === undefined) return this.#start();
    // The write in flight may have taken its snapshot before this caller's change.
    const next = writing
      .catch(() => undefined)
      .then(() => {
        this.#next = undefined;
        return this.#start();
      });
    this.#next = next;
    return next;
  }

  #start(): Promise<void> {
    const write = this.#file.write(this.#snapshot()).finally(() => {
      if (this.#writing === write) this.#writing = undefined;
    });
    this.#writing = write;
    return write;
  }
}
