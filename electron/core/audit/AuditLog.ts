import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { maskIdNumber } from '../../../shared/domain/masking.js';
import { appendWhole, openAppendFile, storeWriteError } from '../store/appendWhole.js';
import type { AppendableFile, AppendFileOpener } from '../store/appendWhole.js';
import type { StoreWrites } from '../store/StoreWrites.js';
import { AuditEntry, AuditFacts, GENESIS_HASH, sealAuditEntry } from './auditEntry.js';
import { AUDIT_DIR, auditFileName, auditFiles } from './auditFiles.js';

/** The facts of an action as services give them: a full ID number is masked here, never stored. */
export type AuditInput = Omit<AuditFacts, 'idNumberMasked'> & { idNumber?: string };

export interface AuditLogOptions {
  dataDir: string;
  now?: () => Date;
  /** The store's record of whether writes go through: a failed audit line counts there too. */
  writes?: StoreWrites;
  openFile?: AppendFileOpener;
}

interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * The append-only audit log (DESIGN §5): one JSON line per action in a month file, each chained
 * to the one before by SHA-256, so an entry changed, removed or inserted later breaks the chain
 * (verifyAuditChain finds where). Each append is fsync'd before it resolves, and services await
 * it before they answer, so an acknowledged change always has its audit line on disk.
 */
export class AuditLog {
  readonly #dataDir: string;
  readonly #dir: string;
  readonly #now: () => Date;
  #head: ChainHead | undefined;
  readonly #writes: StoreWrites | undefined;
  readonly #openFile: AppendFileOpener;
  #file: { name: string; handle: AppendableFile; length: number } | undefined;
  #chain: Promise<unknown> = Promise.resolve();

  constructor(options: AuditLogOptions) {
    this.#dataDir = options.dataDir;
    this.#dir = join(options.dataDir, AUDIT_DIR);
    this.#now = options.now ?? (() => new Date());
    this.#writes = options.writes;
    this.#openFile = options.openFile ?? openAppendFile;
  }

  /** Resolves once the entry is on disk; facts outside the schema are refused and nothing is written. */
  async append(input: AuditInput): Promise<AuditEntry> {
    const { idNumber, ...rest } = input;
    const facts = AuditFacts.parse({
      ...rest,
      ...(idNumber === undefined ? {} : { idNumberMasked: maskIdNumber(idNumber) }),
    });
    const run = this.#chain.then(() => this.#writeReported(facts));
    this.#chain = run.catch(() => undefined);
    return await run;
  }

  async close(): Promise<void> {
    await this.#chain;
    await this.#file?.handle.close();
    this.#file = undefined;
  }

  async #writeReported(facts: AuditFacts): Promise<AuditEntry> {
    let entry: AuditEntry;
    try {
      entry = await this.#write(facts);
    } catch (error) {
      const failure = storeWriteError(error, 'the audit log');
      this.#writes?.failed(failure);
      throw failure;
    }
    this.#writes?.succeeded();
    return entry;
  }

  async #write(facts: AuditFacts): Promise<AuditEntry> {
    const head = (this.#head ??= await this.#readHead());
    const now = this.#now();
    const entry = sealAuditEntry(facts, head.seq + 1, now.toISOString(), head.hash);
    const file = await this.#fileFor(auditFileName(now));
    const bytes = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    try {
      // Whole lines or none: half a line followed by the next entry breaks the chain for good.
      await appendWhole(file.handle, bytes, file.length, 'the audit log');
    } catch (error) {
      // Measured again before the next line, in case the file could not be put back: reading
      // the head again drops an unfinished last line rather than chaining on after it.
      this.#head = undefined;
      await this.#closeFile();
      throw error;
    }
    file.length += bytes.length;
    this.#head = { seq: entry.seq, hash: entry.hash };
    return entry;
  }

  async #closeFile(): Promise<void> {
    const file = this.#file;
    this.#file = undefined;
    await file?.handle.close().catch(() => undefined);
  }

  async #fileFor(name: string): Promise<{ handle: AppendableFile; length: number }> {
    if (this.#file?.name === name) return this.#file;
    await this.#file?.handle.close();
    this.#file = undefined;
    await mkdir(this.#dir, { recursive: true, mode: 0o700 });
    const path = join(this.#dir, name);
    const handle = await this.#openFile(path, 'a', 0o600);
    // The mode given to open only applies to a new file, and the umask may have narrowed it.
    await chmod(path, 0o600);
    this.#file = { name, handle, length: (await handle.stat()).size };
    return this.#file;
  }

  /**
   * Where the chain stands on disk. A last line without its newline is a write that a crash cut
   * short; it was never acknowledged, so it is dropped before anything is appended after it.
   */
  async #readHead(): Promise<ChainHead> {
    const newest = (await auditFiles(this.#dataDir)).at(-1);
    if (newest === undefined) return { seq: 0, hash: GENESIS_HASH };
    const path = join(this.#dir, newest);
    let text = await readFile(path, 'utf8');
    if (text.length > 0 && !text.endsWith('\n')) {
      const kept = text.slice(0, text.lastIndexOf('\n') + 1);
      await truncate(path, Buffer.byteLength(kept, 'utf8'));
      console.warn(`kiosk audit: dropped an unfinished last line of ${newest}`);
      text = kept;
    }
    const last = text.trimEnd().split('\n').at(-1) ?? '';
    if (last === '') return { seq: 0, hash: GENESIS_HASH };
    const parsed = AuditEntry.safeParse(parseJson(last));
    if (parsed.success) return { seq: parsed.data.seq, hash: parsed.data.hash };
    // A damaged last line is evidence, not something to repair: chain on from it as it stands,
    // and verifyAuditChain will point at it.
    console.error(`kiosk audit: the last line of ${newest} is not a valid entry`);
    const seq = Number(/"seq":(\d+)/.exec(last)?.[1] ?? 0);
    return { seq, hash: createHash('sha256').update(last).digest('hex') };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
