import type { KioskDocument } from './kioskDocument.js';

/**
 * The port the core depends on. Writes are serialised and resolve only once durable; a
 * mutation that throws leaves both the disk and the in-memory document as they were.
 */
export interface KioskStore {
  read(): Readonly<KioskDocument>;
  update<R>(mutate: (draft: KioskDocument) => R): Promise<R>;
  close(): Promise<void>;
}
