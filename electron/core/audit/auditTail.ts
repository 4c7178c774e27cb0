import { readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditHead } from '../store/kioskDocument.js';
import { AuditEntry, auditHash, GENESIS_HASH } from './auditEntry.js';
import { AUDIT_DIR, auditFiles } from './auditFiles.js';

const MAX_MONTH_FILES = 2;

/** A line of an audit month file that does not parse or fails its own hash. */
export interface DamagedAuditLine {
  file: string;
  /** 1-based. */
  line: number;
  /** Byte offset of the line in its file. */
  offset: number;
  /** The seqs the line may have held: between the valid entries around it. */
  seqFrom?: number;
  seqTo?: number;
}

/** The end of the audit log as the files hold it, read without walking the whole history. */
export interface AuditTail {
  /** The last valid entry (the genesis head when there is none). */
  head: AuditHead;
  /** The valid entries of the month files read, in order. */
  entries: AuditEntry[];
  damaged: DamagedAuditLine[];
}

/**
 * Reads the newest month file, and the one before only when it may hold entries after
 * `afterSeq` (so the cost is one or two months, never the whole history). A last line cut
 * short by a crash was never acknowledged and is dropped from the file (its entry is still in the
 * journal); any other bad line is reported and left as it is: evidence is never rewritten.
 */
export async function readAuditTail(dataDir: string, afterSeq?: number): Promise<AuditTail> {
  const files = await auditFiles(dataDir);
  const read: { file: string; entries: AuditEntry[]; damaged: DamagedAuditLine[] }[] = [];
  for (let i = files.length - 1; i >= 0; i--) {
    const file = files[i] as string;
    const scanned = await scanMonthFile(join(dataDir, AUDIT_DIR, file), file, i === files.length - 1);
    read.unshift({ file, ...scanned });
    const first = scanned.entries[0];
    if (afterSeq === undefined || (first !== undefined && first.seq <= afterSeq + 1)) break;
    // Bounded: never more than the newest month and the one before, however far back afterSeq is.
    if (read.length >= MAX_MONTH_FILES) break;
  }
  const entries = read.flatMap((part) => part.entries);
  const damaged = read.flatMap((part) => part.damaged);
  const last = entries.at(-1);
  return {
    head: last === undefined ? { seq: 0, hash: GENESIS_HASH } : { seq: last.seq, hash: last.hash },
    entries,
    damaged,
  };
}

async function scanMonthFile(
  path: string,
  file: string,
  newest: boolean,
): Promise<{ entries: AuditEntry[]; damaged: DamagedAuditLine[] }> {
  let text = await readFile(path, 'utf8');
  if (newest && text.length > 0 && !text.endsWith('\n')) {
    const kept = text.slice(0, text.lastIndexOf('\n') + 1);
    await truncate(path, Buffer.byteLength(kept, 'utf8'));
    console.warn(
      `kiosk audit: dropped an unfinished last line of ${file} (its entry is still in the journal)`,
    );
    text = kept;
  }
  const entries: AuditEntry[] = [];
  const damaged: DamagedAuditLine[] = [];
  let offset = 0;
  let pending: DamagedAuditLine[] = [];
  let lastSeq: number | undefined;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((raw, i) => {
    const entry = validEntry(raw);
    if (entry === undefined) {
      // A damaged line held seqs between the valid entries around it.
      pending.push({ file, line: i + 1, offset, ...(lastSeq === undefined ? {} : { seqFrom: lastSeq + 1 }) });
    } else {
      for (const line of pending) {
        line.seqTo = entry.seq - 1;
        damaged.push(line);
      }
      pending = [];
      entries.push(entry);
      lastSeq = entry.seq;
    }
    offset += Buffer.byteLength(raw, 'utf8') + 1;
  });
  damaged.push(...pending);
  return { entries, damaged };
}

function validEntry(raw: string): AuditEntry | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
  const parsed = AuditEntry.safeParse(json);
  if (!parsed.success) return undefined;
  const { hash, ...unsealed } = parsed.data;
  return auditHash(unsealed) === hash ? parsed.data : undefined;
}
