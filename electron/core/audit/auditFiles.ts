import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { VIETNAM_OFFSET_MS } from '../../../shared/rules/time.js';

export const AUDIT_DIR = 'audit';
const AUDIT_FILE = /^audit-\d{4}-\d{2}\.jsonl$/;

export function auditFileName(at: Date): string {
  return `audit-${new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 7)}.jsonl`;
}

/** The month files in chain order (their names sort by month). */
export async function auditFiles(dataDir: string): Promise<string[]> {
  const names = await readdir(join(dataDir, AUDIT_DIR)).catch(() => [] as string[]);
  return names.filter((name) => AUDIT_FILE.test(name)).sort();
}
