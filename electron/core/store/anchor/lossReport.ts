import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { referenceForChange } from '../../../../shared/domain/reference.js';
import { writeFileWhole } from '../../../../storage/durableFileAdapter.js';
import type { DurableFileSystem } from '../../../../storage/durableFileAdapter.js';
import type { AuditEntry } from '../../audit/auditEntry.js';
import { StoreVersionError } from '../storeVersion.js';
import type { LossFinding } from './anchorCheck.js';
import { findingWords } from './lossWords.js';

export const LOSS_REPORTS_DIR = 'loss-reports';
export const LOSS_REPORT_VERSION = 1;
const REPORT_ID = /^L-\d{8}-[0-9a-f]{6}$/;

export const LossKind = z.enum([
  'journal-behind-audit',
  'journal-missing',
  'journal-damaged',
  'snapshot-unusable',
]);

export const LossReport = z
  .object({
    version: z.literal(LOSS_REPORT_VERSION),
    id: z.string().regex(REPORT_ID),
    createdAt: z.iso.datetime({ offset: true }),
    kiosk: z.string().max(64),
    kind: LossKind,
    /** One line, English: what is missing. */
    what: z.string(),
    /** The audit seqs whose records are gone (null when none of them were audited). */
    auditSeqFrom: z.number().int().positive().nullable(),
    auditSeqTo: z.number().int().positive().nullable(),
    affectedChanges: z.array(
      z.object({ changeId: z.uuid(), reference: z.string(), action: z.string(), at: z.string() }).strict(),
    ),
    recovery: z.array(
      z.object({ way: z.enum(['restore-backup', 'accept-loss']), command: z.string() }).strict(),
    ),
  })
  .strict();
export type LossReport = z.infer<typeof LossReport>;

export function isLossReportId(id: string): boolean {
  return REPORT_ID.test(id);
}

export function lossReportPath(dataDir: string, id: string): string {
  return join(dataDir, LOSS_REPORTS_DIR, `${id}.json`);
}

/** The report of what is missing, listing each change an affected audit entry names once. */
export function draftLossReport(
  findings: readonly LossFinding[],
  lost: readonly AuditEntry[],
  kiosk: string,
  now: Date,
): LossReport {
  const id = `L-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`;
  const affected = new Map<string, LossReport['affectedChanges'][number]>();
  for (const entry of lost) {
    if (entry.changeId === undefined || affected.has(entry.changeId)) continue;
    affected.set(entry.changeId, {
      changeId: entry.changeId,
      reference: entry.reference ?? referenceForChange(entry.changeId),
      action: entry.action,
      at: entry.at,
    });
  }
  const seqs = lost.map((entry) => entry.seq);
  return {
    version: LOSS_REPORT_VERSION,
    id,
    createdAt: now.toISOString(),
    kiosk,
    kind: (findings[0] as LossFinding).kind,
    what: findings.map((finding) => findingWords(finding).en).join(' '),
    auditSeqFrom: seqs.length === 0 ? null : Math.min(...seqs),
    auditSeqTo: seqs.length === 0 ? null : Math.max(...seqs),
    affectedChanges: [...affected.values()],
    recovery: [
      { way: 'restore-backup', command: 'npm run restore -- <backup folder>' },
      { way: 'accept-loss', command: `npm start -- --accept-loss=${id}` },
    ],
  };
}

/** Two reports of the same loss: the same kind, words and audit range. */
function sameLoss(a: LossReport, b: LossReport): boolean {
  return (
    a.kind === b.kind &&
    a.what === b.what &&
    a.auditSeqFrom === b.auditSeqFrom &&
    a.auditSeqTo === b.auditSeqTo
  );
}

export async function readLossReport(dataDir: string, id: string): Promise<LossReport | undefined> {
  if (!isLossReportId(id)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(lossReportPath(dataDir, id), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > LOSS_REPORT_VERSION)
    throw new StoreVersionError(`Loss report ${id}`, version, LOSS_REPORT_VERSION);
  const parsed = LossReport.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The report already written for this same loss (a start refused again keeps its id, so the
 * id staff were given stays the one to accept), or this draft, written durably (0600).
 */
export async function recordLossReport(
  dataDir: string,
  draft: LossReport,
  fs: DurableFileSystem,
): Promise<{ report: LossReport; path: string }> {
  const dir = join(dataDir, LOSS_REPORTS_DIR);
  for (const name of (await readdir(dir).catch(() => [] as string[])).sort().reverse()) {
    const existing = await readLossReport(dataDir, name.replace(/\.json$/, '')).catch(() => undefined);
    if (existing !== undefined && sameLoss(existing, draft))
      return { report: existing, path: lossReportPath(dataDir, existing.id) };
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = lossReportPath(dataDir, draft.id);
  await writeFileWhole(path, `${JSON.stringify(draft, null, 2)}\n`, fs);
  return { report: draft, path };
}
