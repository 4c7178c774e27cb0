/**
 * A typed notification from one core part to another: one kind of fact and its listeners.
 * Separate from `KioskEventHub`, which only carries the renderer's events out of the core.
 */
export class Signal<T> {
  readonly #listeners = new Set<(fact: T) => void>();

  subscribe(listener: (fact: T) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(fact: T): void {
    for (const listener of this.#listeners) {
      try {
        listener(fact);
      } catch (error) {
        // One listener's bug must not stop the others or the part that emitted.
        console.error('kiosk: signal listener failed', error);
      }
    }
  }
}
