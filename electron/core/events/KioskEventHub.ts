import type { KioskEventName, KioskEventPayload } from '../../../shared/ipc/contract.js';

export type KioskEventListener = <E extends KioskEventName>(event: E, payload: KioskEventPayload<E>) => void;

/** Fans core events out to whichever host is attached (IPC window, SSE clients). */
export class KioskEventHub {
  readonly #listeners = new Set<KioskEventListener>();

  subscribe(listener: KioskEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit<E extends KioskEventName>(event: E, payload: KioskEventPayload<E>): void {
    for (const listener of this.#listeners) {
      try {
        listener(event, payload);
      } catch (error) {
        // One broken subscriber (a closed SSE socket) must not stop the others.
        console.error('kiosk event listener failed', error);
      }
    }
  }
}
