import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditEntry, auditHash, GENESIS_HASH } from './auditEntry.js';
import { AUDIT_DIR, auditFiles } from './auditFiles.js';

export interface AuditBreak {
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The entry's own sequence number, when the line could be read. */
  seq?: number;
  reason: 'unreadable' | 'sequence' | 'chain' | 'hash' | 'unfinished';
}

export type AuditChainReport =
  { ok: true; entries: number } | { ok: false; entries: number; firstBreak: AuditBreak };

/**
 * Walks every month file in order and checks each entry: it parses, its seq follows the last,
 * its prevHash is the last entry's hash, and its own hash is right. Reports the first entry that
 * fails (`entries` counts those before it). Entries removed from the end cannot be seen this way:
 * only an anchor kept elsewhere could show that.
 */
export async function verifyAuditChain(dataDir: string): Promise<AuditChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  const files = await auditFiles(dataDir);
  for (const [fileIndex, file] of files.entries()) {
    const text = await readFile(join(dataDir, AUDIT_DIR, file), 'utf8');
    const lines = text.split('\n');
    const finished = lines.pop() === '';
    for (const [i, raw] of lines.entries()) {
      const at = { file, line: i + 1 };
      const parsed = AuditEntry.safeParse(parseJson(raw));
      if (!parsed.success) return broken(entries, { ...at, reason: 'unreadable' });
      const entry = parsed.data;
      const where = { ...at, seq: entry.seq };
      if (entry.seq !== expectedSeq) return broken(entries, { ...where, reason: 'sequence' });
      if (entry.prevHash !== prevHash) return broken(entries, { ...where, reason: 'chain' });
      const { hash, ...unsealed } = entry;
      if (auditHash(unsealed) !== hash) return broken(entries, { ...where, reason: 'hash' });
      prevHash = hash;
      expectedSeq += 1;
      entries += 1;
    }
    // Only the newest file may end mid-line (a crash mid-write), and even that is reported.
    if (!finished) {
      const last = fileIndex === files.length - 1 ? 'unfinished' : 'unreadable';
      return broken(entries, { file, line: lines.length + 1, reason: last });
    }
  }
  return { ok: true, entries };
}

function broken(entries: number, firstBreak: AuditBreak): AuditChainReport {
  return { ok: false, entries, firstBreak };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
