import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { appendWhole, cutBackTo, openAppendFile } from '../store/appendWhole.js';
import type { AppendableFile, AppendFileOpener } from '../store/appendWhole.js';
import type { AuditEntry } from './auditEntry.js';
import { AUDIT_DIR, auditFileName } from './auditFiles.js';

export interface AuditFileWriterOptions {
  dataDir: string;
  /** The seq of the last entry the files hold (read at start). */
  fileHeadSeq: number;
  openFile?: AppendFileOpener;
}

/**
 * Writes audit entries that are already durable in the journal to the month files (DESIGN §5
 * "Audit"): whole lines, fdatasync'd. A failed write loses nothing: the entries stay owed and are
 * written by the next `catchUp` (the next append, a fold, or the next start, from the journal).
 */
export class AuditFileWriter {
  readonly #dir: string;
  readonly #openFile: AppendFileOpener;
  #fileHeadSeq: number;
  #owed: AuditEntry[] = [];
  #file: { name: string; handle: AppendableFile; length: number } | undefined;
  /** A write failed: the open file's tail is cut back to its known length before the next one. */
  #suspect = false;
  #chain: Promise<unknown> = Promise.resolve();

  constructor(options: AuditFileWriterOptions) {
    this.#dir = join(options.dataDir, AUDIT_DIR);
    this.#openFile = options.openFile ?? openAppendFile;
    this.#fileHeadSeq = options.fileHeadSeq;
  }

  /** The seq of the last entry on disk in the month files. */
  get fileHeadSeq(): number {
    return this.#fileHeadSeq;
  }

  /** How many durable entries the files do not hold yet. */
  get owedCount(): number {
    return this.#owed.length;
  }

  /** Entries made durable in the journal, in seq order; written by the next `catchUp`. */
  owe(entries: readonly AuditEntry[]): void {
    for (const entry of entries) if (entry.seq > this.#fileHeadSeq) this.#owed.push(entry);
  }

  /** Resolves once the files hold every entry owed so far; rejects (they stay owed) if a write fails. */
  catchUp(): Promise<void> {
    const run = this.#chain.then(() => this.#writeOwed());
    this.#chain = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.#chain;
    await this.#closeFile();
  }

  async #writeOwed(): Promise<void> {
    while (this.#owed.length > 0) {
      const first = this.#owed[0] as AuditEntry;
      const name = auditFileName(new Date(first.at));
      // One month file at a time, so the chain runs across months in file-name order.
      const group: AuditEntry[] = [];
      for (const entry of this.#owed) {
        if (auditFileName(new Date(entry.at)) !== name) break;
        group.push(entry);
      }
      const bytes = Buffer.from(group.map((entry) => `${JSON.stringify(entry)}\n`).join(''), 'utf8');
      const file = await this.#fileFor(name);
      try {
        if (this.#suspect) await cutBackTo(file.handle, file.length);
        this.#suspect = false;
        await appendWhole(file.handle, bytes, file.length, 'the audit log');
      } catch (error) {
        // The file stays open with its known length, so the cut-back can be tried again.
        this.#suspect = true;
        throw error;
      }
      file.length += bytes.length;
      this.#fileHeadSeq = (group.at(-1) as AuditEntry).seq;
      this.#owed.splice(0, group.length);
    }
  }

  async #fileFor(name: string): Promise<{ name: string; handle: AppendableFile; length: number }> {
    if (this.#file?.name === name) return this.#file;
    await this.#closeFile();
    await mkdir(this.#dir, { recursive: true, mode: 0o700 });
    const path = join(this.#dir, name);
    const handle = await this.#openFile(path, 'a', 0o600);
    // The mode given to open only applies to a new file, and the umask may have narrowed it.
    await chmod(path, 0o600);
    let length: number;
    try {
      length = (await handle.stat()).size;
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
    this.#file = { name, handle, length };
    return this.#file;
  }

  async #closeFile(): Promise<void> {
    const file = this.#file;
    this.#file = undefined;
    await file?.handle.close().catch(() => undefined);
  }
}
