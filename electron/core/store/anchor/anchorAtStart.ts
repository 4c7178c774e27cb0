import type { StoreNoticeDetails } from '../../../../shared/ipc/storeNotice.js';
import { AUDIT_DIR } from '../../audit/auditFiles.js';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { KioskError } from '../../../../shared/ipc/errors.js';
import type { DurableFileSystem } from '../../../../storage/durableFileAdapter.js';
import { readAuditTail } from '../../audit/auditTail.js';
import type { AuditTail } from '../../audit/auditTail.js';
import type { JournalReplay } from '../journal/replayJournals.js';
import type { KioskDocument } from '../kioskDocument.js';
import { KIOSK_DOCUMENT_VERSION, roleByRule } from '../kioskDocument.js';
import { LAST_GOOD_FILE, SNAPSHOT_FILE } from '../sealedSnapshot.js';
import type { StoreRecord } from '../storeRecords.js';
import type { AnchorCheck } from './anchorCheck.js';
import { checkAnchor } from './anchorCheck.js';
import { draftLossReport, recordLossReport } from './lossReport.js';
import type { LossReport } from './lossReport.js';
import { StoreLossError } from './StoreLossError.js';

export interface AnchorAtStartInput {
  dataDir: string;
  /** The document after replay; migrated here when it is version 1. */
  doc: KioskDocument;
  knownChangeIds: ReadonlySet<string>;
  replay: JournalReplay;
  /** The audit head sealed in the snapshot replay started from; undefined for a version 1 document. */
  baseSeq: number | undefined;
  snapshotProblem: string | undefined;
  kioskId: string;
  acceptLoss: string | undefined;
  fs: DurableFileSystem;
  now: () => Date;
}

export interface AnchoredStart {
  tail: AuditTail;
  check: AnchorCheck;
  /** The record of an older document's migration (version 1 or 2), to commit once the journal is open. */
  migration?: StoreRecord;
  /** The loss report accepted at this start (`--accept-loss`). */
  accepting?: LossReport;
}

/**
 * The start-up check against the audit file (see "The anchored store" in docs/architecture.md):
 * migrates a version 1 document onto the audit file's head, and refuses with a loss report
 * (`StoreLossError`) when acknowledged data is missing, unless that very report is accepted.
 */
export async function anchorAtStart(input: AnchorAtStartInput): Promise<AnchoredStart> {
  const { dataDir, doc, acceptLoss } = input;
  const tail = await readAuditTail(dataDir, input.baseSeq);
  const started: AnchoredStart = {
    tail,
    check: { findings: [], lost: [], owed: [] },
  };
  if (doc.version !== KIOSK_DOCUMENT_VERSION) {
    const fromVersion = doc.version;
    // Before issue 9 nothing anchored the audit log: its head as it stands becomes the anchor.
    if (fromVersion === 1) doc.auditHead = { ...tail.head };
    // Before issue 10 staff had no role: the rule gives one, on the whole list at once. A version
    // 3 document (before issue 11) keeps its roles: only closing and the held list are new; and a
    // version 4 one (before issue 13) too: only two optional evidence fields are new.
    const staffRoles =
      fromVersion >= 3
        ? undefined
        : doc.staff.map((member) => ({ staffId: member.staffId, role: roleByRule(doc.staff.length) }));
    for (const { staffId, role } of staffRoles ?? []) {
      const member = doc.staff.find((known) => known.staffId === staffId);
      if (member !== undefined) member.role = role;
    }
    doc.version = KIOSK_DOCUMENT_VERSION;
    started.migration = {
      type: 'store.migrated',
      fromVersion,
      toVersion: KIOSK_DOCUMENT_VERSION,
      auditHead: { ...doc.auditHead },
      ...(staffRoles === undefined ? {} : { staffRoles }),
      at: input.now().toISOString(),
    };
  }
  const check = checkAnchor({
    storeHead: doc.auditHead,
    baseSeq: input.baseSeq,
    replay: input.replay,
    tail,
    ...(input.snapshotProblem === undefined ? {} : { snapshotProblem: input.snapshotProblem }),
    knownChangeIds: input.knownChangeIds,
  });
  started.check = check;
  if (check.findings.length > 0) {
    const draft = draftLossReport(check.findings, check.lost, input.kioskId, input.now());
    const { report, path } = await recordLossReport(dataDir, draft, input.fs);
    if (acceptLoss !== report.id) {
      const refusal =
        acceptLoss === undefined
          ? undefined
          : `--accept-loss=${acceptLoss} không phải biên bản của lần mất dữ liệu này / does not name the loss found now (report ${report.id}); nothing was changed.`;
      throw new StoreLossError(report, path, refusal);
    }
    started.accepting = report;
    if (input.snapshotProblem !== undefined) await setSnapshotsAside(dataDir);
  } else if (acceptLoss !== undefined) {
    throw new KioskError(
      'STORE_FAILED',
      `--accept-loss=${acceptLoss}: there is no missing data to accept (it was accepted already, or never found); start without --accept-loss. Nothing was changed.`,
    );
  }
  return started;
}

/** The AUDIT_DAMAGED notices a start raises: each damaged line, and entries neither file nor journal holds. */
export function auditDamage(
  check: AnchorCheck,
  tail: AuditTail,
): { details: StoreNoticeDetails<'AUDIT_DAMAGED'>; message: string }[] {
  const damage: { details: StoreNoticeDetails<'AUDIT_DAMAGED'>; message: string }[] = [];
  if (check.auditGap !== undefined) {
    damage.push({
      details: { file: AUDIT_DIR, ...check.auditGap },
      message: `Audit entries ${check.auditGap.seqFrom}–${check.auditGap.seqTo} are in neither the audit file nor the journal; the chain goes on from the store's head.`,
    });
  }
  for (const { file, line, offset, seqFrom, seqTo } of tail.damaged) {
    damage.push({
      details: {
        file,
        line,
        byteOffset: offset,
        ...(seqFrom === undefined ? {} : { seqFrom }),
        ...(seqTo === undefined ? {} : { seqTo }),
      },
      message: `DAMAGED LINE ${line} of audit/${file} (byte ${offset}), left as it is; the chain goes on from the store's head.`,
    });
  }
  return damage;
}

/** Both snapshot files were unreadable and the loss was accepted: kept aside as evidence, never overwritten. */
async function setSnapshotsAside(dataDir: string): Promise<void> {
  for (const name of [SNAPSHOT_FILE, LAST_GOOD_FILE]) {
    await rename(join(dataDir, name), join(dataDir, `kiosk-snapshot.damaged-${Date.now()}-${name}`)).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      },
    );
  }
}
