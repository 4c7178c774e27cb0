import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TimeRange } from '../store/archive/changeHistory.js';
import { AuditEntry } from '../audit/auditEntry.js';
import { AUDIT_DIR, auditFileName, auditFiles } from '../audit/auditFiles.js';
import { isWithin } from './vietnamDay.js';

function parsedEntry(line: string): AuditEntry | undefined {
  try {
    const parsed = AuditEntry.safeParse(JSON.parse(line) as unknown);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The audit entries written during `range` (one Vietnam day), oldest first. A day lies inside one
 * Vietnam month, so one month file is read, never the history. A line that does not parse is
 * left out here: the chain's damage is the audit page's and the start-up check's to report.
 */
export async function auditEntriesDuring(dataDir: string, range: TimeRange): Promise<AuditEntry[]> {
  const path = join(dataDir, AUDIT_DIR, auditFileName(range.from));
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  // A Vietnam day spans two UTC dates: a line stamped on neither is skipped before it is parsed.
  const stamps = [range.from, range.to].map((at) => `"at":"${at.toISOString().slice(0, 10)}`);
  const entries: AuditEntry[] = [];
  for (const line of text.split('\n')) {
    if (!stamps.some((stamp) => line.includes(stamp))) continue;
    const entry = parsedEntry(line);
    if (entry !== undefined && isWithin(entry.at, range)) entries.push(entry);
  }
  return entries;
}

/** When the kiosk's audit log begins: its first entry, read from the first line of the oldest month file. */
export async function firstAuditInstant(dataDir: string): Promise<Date | undefined> {
  for (const file of await auditFiles(dataDir)) {
    const handle = await open(join(dataDir, AUDIT_DIR, file), 'r');
    try {
      // An entry is well under 4 KiB (its fields are bounded); the first line is all that is read.
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
      const first = buffer.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? '';
      const entry = parsedEntry(first);
      if (entry !== undefined) return new Date(entry.at);
    } finally {
      await handle.close();
    }
  }
  return undefined;
}
