import { join } from 'node:path';
import { KioskError } from '../../../../shared/ipc/errors.js';
import { appendWhole, cutBackTo, openAppendFile, storeWriteError } from '../appendWhole.js';
import type { AppendableFile, AppendFileOpener } from '../appendWhole.js';
import { commitLine, headerLine, recordLine } from './journalFormat.js';

export function journalFileName(generation: number): string {
  return `journal-${String(generation).padStart(8, '0')}.log`;
}

export function journalGenerationOf(fileName: string): number | undefined {
  const match = /^journal-(\d{8})\.log$/.exec(fileName);
  return match === null ? undefined : Number(match[1]);
}

interface Waiting {
  records: readonly unknown[];
  resolve: (written: readonly unknown[]) => void;
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
  /**
   * Called at flush time with each waiting append's records, in order, to turn them into what is
   * written: the store seals audit entries here, so their seq and hash follow the last durable
   * flush and a failed flush leaves no gap in the chain.
   */
  prepare?: (appends: readonly (readonly unknown[])[]) => readonly (readonly unknown[])[];
  syncDirectory: (dir: string) => Promise<void>;
  openFile?: AppendFileOpener;
}

/**
 * The append-only journal. Appends that arrive while a flush is on disk are written together in
 * the next one (group commit): one write and one fdatasync however many citizens are served.
 */
export class ChangeJournal {
  readonly #options: ChangeJournalOptions;
  #handle: AppendableFile | undefined;
  #length: number;
  #flush: number;
  #generation: number;
  #waiting: Waiting[] = [];
  #chain: Promise<void> = Promise.resolve();
  /** A flush failed: the file's tail is checked (and cut back) before anything is written after it. */
  #tailSuspect = false;
  recordsInGeneration = 0;

  private constructor(options: ChangeJournalOptions) {
    this.#options = options;
    this.#length = options.committedLength;
    this.#flush = options.lastFlush;
    this.#generation = options.generation;
  }

  static async open(options: ChangeJournalOptions): Promise<ChangeJournal> {
    const journal = new ChangeJournal(options);
    const opened = await journal.#openGeneration(options.generation, options.committedLength);
    journal.#handle = opened.handle;
    journal.#length = opened.length;
    return journal;
  }

  get generation(): number {
    return this.#generation;
  }

  /**
   * Resolves once the records are durable. A failed write rejects with `STORE_FULL` or
   * `STORE_FAILED` and leaves the file as it was, so the next append works once space is freed.
   * An append of no records writes an empty flush: a probe of whether the disk takes writes
   * again, which every reader of the journal already accepts. Resolves with the records as
   * written (after `prepare`).
   */
  append(records: readonly unknown[]): Promise<readonly unknown[]> {
    return new Promise<readonly unknown[]>((resolve, reject) => {
      this.#waiting.push({ records, resolve, reject });
      // Each waiter hears of a failed flush through its own reject; nothing else awaits the flush.
      if (this.#waiting.length === 1) void this.#enqueue(() => this.#flushWaiting());
    });
  }

  /**
   * Starts the next generation's file. `atSwitch` runs when every earlier append is durable and
   * applied and no later one is: the one moment a snapshot of the store matches the journals.
   * `beforeSwitch` runs just before, with flushes held.
   */
  rotate(atSwitch: (newGeneration: number) => void, beforeSwitch?: () => Promise<void>): Promise<void> {
    return this.#enqueue(async () => {
      // Runs while no flush can start: the store makes the audit file reach the head it seals here.
      await beforeSwitch?.();
      // A failed flush must not stay in a generation that is no longer appended to (or repaired).
      if (this.#tailSuspect && this.#handle !== undefined) await cutBackTo(this.#handle, this.#length);
      this.#tailSuspect = false;
      const next = this.#generation + 1;
      const opened = await this.#openGeneration(next, 0);
      await this.#handle?.close();
      this.#handle = opened.handle;
      this.#generation = next;
      this.#length = opened.length;
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

  async #openGeneration(
    generation: number,
    committedLength: number,
  ): Promise<{ handle: AppendableFile; length: number }> {
    const openFile = this.#options.openFile ?? openAppendFile;
    const handle = await openFile(join(this.#options.dir, journalFileName(generation)), 'a+', 0o600);
    try {
      // Whatever a crash left after the last commit line was never acknowledged: drop it first.
      await handle.truncate(committedLength);
      let length = committedLength;
      if (length === 0) {
        // A new file says which format it is in, so a later version can tell, and an older one refuses.
        const header = Buffer.from(headerLine(), 'utf8');
        await appendWhole(handle, header, 0, 'the journal');
        length = header.length;
      }
      await handle.sync();
      await this.#options.syncDirectory(this.#options.dir);
      return { handle, length };
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  async #flushWaiting(): Promise<void> {
    const batch = this.#waiting;
    this.#waiting = [];
    if (batch.length === 0) return;
    const appends = batch.map((waiting) => waiting.records);
    const written = this.#options.prepare?.(appends) ?? appends;
    const records = written.flat();
    const flush = this.#flush + 1;
    const text =
      records.map((record) => recordLine(this.#options.key, record)).join('') +
      commitLine(flush, records.length);
    const bytes = Buffer.from(text, 'utf8');
    try {
      const handle = this.#handle;
      if (handle === undefined) throw new KioskError('STORE_FAILED', 'The journal is closed.');
      if (this.#tailSuspect) {
        await cutBackTo(handle, this.#length).catch((error: unknown) => {
          throw storeWriteError(error, 'the journal (putting back its last good length)');
        });
        this.#tailSuspect = false;
      }
      await appendWhole(handle, bytes, this.#length, 'the journal');
    } catch (error) {
      // appendWhole put the file back; it is checked again before the next flush all the same.
      this.#tailSuspect = true;
      const failure = storeWriteError(error, 'the journal');
      for (const waiting of batch) waiting.reject(failure);
      return;
    }
    this.#length += bytes.length;
    this.#flush = flush;
    this.recordsInGeneration += records.length;
    this.#options.onDurable(records);
    batch.forEach((waiting, i) => waiting.resolve(written[i] ?? []));
  }
}
