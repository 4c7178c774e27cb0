import type { KioskError } from '../../../shared/ipc/errors.js';
import { Signal } from '../events/Signal.js';
import type { StoreWriteCode } from './appendWhole.js';

/**
 * Whether the kiosk can write its data now: the outcome of the last append to the journal or
 * the audit log, whichever came last. While the last one failed, the parts that must not act
 * without a record (the sync engine sending, a PIN attempt being counted) hold back, and
 * `recovered` tells them when a write went through again: no restart is needed.
 */
export class StoreWrites {
  readonly recovered = new Signal<void>();
  #failure: KioskError<StoreWriteCode> | undefined;

  /** The failure of the last write, while no write has succeeded since. */
  get failure(): KioskError<StoreWriteCode> | undefined {
    return this.#failure;
  }

  succeeded(): void {
    if (this.#failure === undefined) return;
    this.#failure = undefined;
    console.warn('kiosk store: writes succeed again');
    this.recovered.emit();
  }

  failed(error: KioskError<StoreWriteCode>): void {
    if (this.#failure === undefined)
      console.error(`kiosk store: a write failed (${error.code})`, error.message);
    this.#failure = error;
  }
}
