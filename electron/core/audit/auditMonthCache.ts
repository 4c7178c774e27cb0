import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditEntry } from './auditEntry.js';
import { AUDIT_DIR } from './auditFiles.js';

/** What a month file held when it was last read, told apart from a later state by size and mtime. */
export interface MonthSummary {
  signature: string;
  firstSeq?: number;
  lastSeq?: number;
  staffIds: ReadonlySet<string>;
}

interface MonthEntries {
  signature: string;
  entries: readonly AuditEntry[];
}

/** A month's entries kept parsed: the newest month and the one a reader pages through. */
const PARSED_MONTHS_KEPT = 3;

/**
 * Reads audit month files for the log screen, and remembers a little about each: the parsed
 * entries of the few months read last (so paging one month costs one read), and for every
 * month read once its seq range and staff (so a page further back skips newer months unread).
 * A file that changed since (its size or mtime differ) is read again. Lines that do not parse
 * are left out here; the chain status says where the log is damaged.
 */
export class AuditMonthCache {
  readonly #dir: string;
  readonly #summaries = new Map<string, MonthSummary>();
  readonly #parsed = new Map<string, MonthEntries>();

  constructor(dataDir: string) {
    this.#dir = join(dataDir, AUDIT_DIR);
  }

  /** What the file held when it was read last, if it has not changed since. */
  async summary(file: string): Promise<MonthSummary | undefined> {
    const known = this.#summaries.get(file);
    if (known === undefined) return undefined;
    return known.signature === (await this.#signature(file)) ? known : undefined;
  }

  /** Every staff ID the months read so far name. */
  staffIdsSeen(): Set<string> {
    const seen = new Set<string>();
    for (const summary of this.#summaries.values()) for (const id of summary.staffIds) seen.add(id);
    return seen;
  }

  /** The file's readable entries in file order (empty when it is gone). */
  async entries(file: string): Promise<readonly AuditEntry[]> {
    const signature = await this.#signature(file);
    const cached = this.#parsed.get(file);
    if (cached !== undefined && cached.signature === signature) {
      // Most recently used last, so the oldest is the one dropped.
      this.#parsed.delete(file);
      this.#parsed.set(file, cached);
      return cached.entries;
    }
    const text = await readFile(join(this.#dir, file), 'utf8').catch(() => '');
    const entries = parseMonth(text);
    this.#parsed.delete(file);
    this.#parsed.set(file, { signature, entries });
    while (this.#parsed.size > PARSED_MONTHS_KEPT)
      this.#parsed.delete(this.#parsed.keys().next().value as string);
    const staffIds = new Set(
      entries.flatMap((entry) => (entry.staffId === undefined ? [] : [entry.staffId])),
    );
    this.#summaries.set(file, {
      signature,
      ...(entries[0] === undefined ? {} : { firstSeq: entries[0].seq }),
      ...(entries.at(-1) === undefined ? {} : { lastSeq: (entries.at(-1) as AuditEntry).seq }),
      staffIds,
    });
    return entries;
  }

  async #signature(file: string): Promise<string> {
    const info = await stat(join(this.#dir, file)).catch(() => undefined);
    return info === undefined ? 'gone' : `${info.size}:${info.mtimeMs}`;
  }
}

function parseMonth(text: string): AuditEntry[] {
  const lines = text.split('\n');
  // A last line without its newline is still being written (or was cut by a crash): not an entry yet.
  lines.pop();
  const entries: AuditEntry[] = [];
  for (const raw of lines) {
    const parsed = AuditEntry.safeParse(parseJson(raw));
    if (parsed.success) entries.push(parsed.data);
  }
  return entries;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
