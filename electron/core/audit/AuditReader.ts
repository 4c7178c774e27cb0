import type { AuditChainStatus, AuditFilter, AuditLogEntry } from '../../../shared/ipc/auditContract.js';
import { AUDIT_PAGE_MAX } from '../../../shared/ipc/auditContract.js';
import { AuditChainCheck } from './AuditChainCheck.js';
import { vietnamDayOf } from '../../../shared/rules/time.js';
import { auditFileNameOfDay } from './auditDay.js';
import type { AuditEntry } from './auditEntry.js';
import { auditFiles } from './auditFiles.js';
import { AuditMonthCache } from './auditMonthCache.js';

export interface AuditReaderOptions {
  dataDir: string;
  /** The staff enrolled on this kiosk, offered in the filter even before they appear in the log. */
  enrolledStaffIds: () => readonly string[];
  now: () => Date;
}

export interface AuditPageQuery extends AuditFilter {
  /** Only entries with a lower seq: the cursor of the page before. */
  before?: number;
  limit?: number;
}

export interface AuditEntriesPage {
  entries: AuditLogEntry[];
  nextBefore?: number;
  staffIds: string[];
}

/**
 * Reads the audit log for staff (issue 11, part A): newest first, filtered, a page at a time.
 * It walks the month files from the newest back and stops once the page is full, so page one
 * reads the newest month only (and the one before when it is short); a day filter reads that
 * day's month only. The files are never written here.
 */
export class AuditReader {
  readonly #dataDir: string;
  readonly #enrolledStaffIds: () => readonly string[];
  readonly #months: AuditMonthCache;
  readonly #chain: AuditChainCheck;

  constructor(options: AuditReaderOptions) {
    this.#dataDir = options.dataDir;
    this.#enrolledStaffIds = options.enrolledStaffIds;
    this.#months = new AuditMonthCache(options.dataDir);
    this.#chain = new AuditChainCheck({
      dataDir: options.dataDir,
      now: options.now,
      readHead: async () => {
        const newest = (await auditFiles(this.#dataDir)).at(-1);
        const last = newest === undefined ? undefined : (await this.#months.entries(newest)).at(-1);
        return last === undefined ? undefined : { seq: last.seq, hash: last.hash };
      },
    });
  }

  /** Whether the hash chain holds from the first entry (kept while no file changes). */
  chainStatus(): Promise<AuditChainStatus> {
    return this.#chain.status();
  }

  async page(query: AuditPageQuery): Promise<AuditEntriesPage> {
    const limit = Math.min(query.limit ?? AUDIT_PAGE_MAX, AUDIT_PAGE_MAX);
    const entries: AuditLogEntry[] = [];
    let more = false;
    for await (const entry of this.newestFirst(query, query.before)) {
      if (entries.length === limit) {
        more = true;
        break;
      }
      entries.push(entry);
    }
    const last = entries.at(-1);
    return {
      entries,
      ...(more && last !== undefined ? { nextBefore: last.seq } : {}),
      staffIds: this.#staffIds(),
    };
  }

  /** Every entry the filter picks, newest first, below `before` when given. */
  async *newestFirst(filter: AuditFilter, before?: number): AsyncGenerator<AuditLogEntry> {
    const files = await this.#filesFor(filter);
    for (let i = files.length - 1; i >= 0; i--) {
      const file = files[i] as string;
      if (before !== undefined) {
        // A month known to begin at or after the cursor holds nothing for this page: not read.
        const summary = await this.#months.summary(file);
        if (summary?.firstSeq !== undefined && summary.firstSeq >= before) continue;
      }
      const entries = await this.#months.entries(file);
      for (let j = entries.length - 1; j >= 0; j--) {
        const entry = entries[j] as AuditEntry;
        if (before !== undefined && entry.seq >= before) continue;
        if (matches(entry, filter)) yield forStaff(entry);
      }
    }
  }

  async #filesFor(filter: AuditFilter): Promise<string[]> {
    const files = await auditFiles(this.#dataDir);
    if (filter.day === undefined) return files;
    const month = auditFileNameOfDay(filter.day);
    return files.filter((file) => file === month);
  }

  #staffIds(): string[] {
    const ids = this.#months.staffIdsSeen();
    for (const id of this.#enrolledStaffIds()) ids.add(id);
    return [...ids].sort();
  }
}

function matches(entry: AuditEntry, filter: AuditFilter): boolean {
  if (filter.action !== undefined && entry.action !== filter.action) return false;
  if (filter.staffId !== undefined && entry.staffId !== filter.staffId) return false;
  if (filter.day !== undefined && vietnamDayOf(entry.at) !== filter.day) return false;
  return true;
}

/** What staff see of an entry: never the chain fields, the change's id or anything unmasked. */
function forStaff(entry: AuditEntry): AuditLogEntry {
  return {
    seq: entry.seq,
    at: entry.at,
    action: entry.action,
    actor: entry.actor,
    ...(entry.staffId === undefined ? {} : { staffId: entry.staffId }),
    ...(entry.idNumberMasked === undefined ? {} : { idNumberMasked: entry.idNumberMasked }),
    ...(entry.reference === undefined ? {} : { reference: entry.reference }),
    ...(entry.outcome === undefined ? {} : { outcome: entry.outcome }),
    ...(entry.detail === undefined ? {} : { detail: entry.detail }),
  };
}
