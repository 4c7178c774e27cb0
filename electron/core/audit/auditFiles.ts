import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export const AUDIT_DIR = 'audit';
const AUDIT_FILE = /^audit-\d{4}-\d{2}\.jsonl$/;

// Vietnam has used UTC+7 all year since 1975: a month file holds that month as staff in the office count it.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export function auditFileName(at: Date): string {
  return `audit-${new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 7)}.jsonl`;
}

/** The month files in chain order (their names sort by month). */
export async function auditFiles(dataDir: string): Promise<string[]> {
  const names = await readdir(join(dataDir, AUDIT_DIR)).catch(() => [] as string[]);
  return names.filter((name) => AUDIT_FILE.test(name)).sort();
}
