import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { commitLine, recordLine } from './journalFormat.js';

export function journalFileName(generation: number): string {
  return `journal-${String(generation).padStart(8, '0')}.log`;
}

export function journalGenerationOf(fileName: string): number | undefined {
  const match = /^journal-(\d{8})\.log$/.exec(fileName);
  return match === null ? undefined : Number(match[1]);
}

interface Waiting {
  records: readonly unknown[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface ChangeJournalOptions {
  dir: string;
  key: Buffer;
  generation: number;
  /** Bytes of the current generation's file that were committed (a torn tail is cut off). */
  committedLength: number;
  lastFlush: number;
  /** Called once records are durable, before the next flush starts: the store applies them here. */
  onDurable: (records: readonly unknown[]) => void;
  syncDirectory: (dir: string) => Promise<void>;
}

/**
 * The append-only journal. Appends that arrive while a flush is on disk are written together in
 * the next one (group commit): one write and one fdatasync however many citizens are served.
 */
export class ChangeJournal {
  readonly #options: ChangeJournalOptions;
  #handle: FileHandle | undefined;
  #length: number;
  #flush: number;
  #generation: number;
  #waiting: Waiting[] = [];
  #chain: Promise<void> = Promise.resolve();
  #broken: Error | undefined;
  recordsInGeneration = 0;

  private constructor(options: ChangeJournalOptions) {
    this.#options = options;
    this.#length = options.committedLength;
    this.#flush = options.lastFlush;
    this.#generation = options.generation;
  }

  static async open(options: ChangeJournalOptions): Promise<ChangeJournal> {
    const journal = new ChangeJournal(options);
    journal.#handle = await journal.#openGeneration(options.generation, options.committedLength);
    return journal;
  }

  get generation(): number {
    return this.#generation;
  }

  append(records: readonly unknown[]): Promise<void> {
    if (this.#broken) return Promise.reject(this.#broken);
    return new Promise<void>((resolve, reject) => {
      this.#waiting.push({ records, resolve, reject });
      // Each waiter hears of a failed flush through its own reject; nothing else awaits the flush.
      if (this.#waiting.length === 1) void this.#enqueue(() => this.#flushWaiting());
    });
  }

  /**
   * Starts the next generation's file. `atSwitch` runs when every earlier append is durable and
   * applied and no later one is: the one moment a snapshot of the store matches the journals.
   */
  rotate(atSwitch: (newGeneration: number) => void): Promise<void> {
    return this.#enqueue(async () => {
      const next = this.#generation + 1;
      const handle = await this.#openGeneration(next, 0);
      await this.#handle?.close();
      this.#handle = handle;
      this.#generation = next;
      this.#length = 0;
      this.recordsInGeneration = 0;
      atSwitch(next);
    });
  }

  async close(): Promise<void> {
    await this.#chain;
    await this.#handle?.close();
    this.#handle = undefined;
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.#chain.then(task);
    this.#chain = run.catch(() => undefined);
    return run;
  }

  async #openGeneration(generation: number, committedLength: number): Promise<FileHandle> {
    const handle = await open(join(this.#options.dir, journalFileName(generation)), 'a+', 0o600);
    // Whatever a crash left after the last commit line was never acknowledged: drop it first.
    await handle.truncate(committedLength);
    await handle.sync();
    await this.#options.syncDirectory(this.#options.dir);
    return handle;
  }

  async #flushWaiting(): Promise<void> {
    const batch = this.#waiting;
    this.#waiting = [];
    if (batch.length === 0) return;
    const records = batch.flatMap((waiting) => waiting.records);
    const flush = this.#flush + 1;
    const text =
      records.map((record) => recordLine(this.#options.key, record)).join('') +
      commitLine(flush, records.length);
    const bytes = Buffer.from(text, 'utf8');
    const handle = this.#handle;
    try {
      if (this.#broken || handle === undefined) throw this.#broken ?? new Error('journal closed');
      await handle.write(bytes, 0, bytes.length, this.#length);
      await handle.datasync();
    } catch (error) {
      await this.#undoPartialWrite(handle);
      for (const waiting of batch) waiting.reject(error);
      return;
    }
    this.#length += bytes.length;
    this.#flush = flush;
    this.recordsInGeneration += records.length;
    this.#options.onDurable(records);
    for (const waiting of batch) waiting.resolve();
  }

  async #undoPartialWrite(handle: FileHandle | undefined): Promise<void> {
    try {
      await handle?.truncate(this.#length);
      await handle?.datasync();
    } catch (error) {
      // The file may now end in a torn flush; refuse further appends until a restart replays it.
      this.#broken = new Error(
        `The journal could not be repaired after a failed write: ${(error as Error).message}`,
      );
    }
  }
}
