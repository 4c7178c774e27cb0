import type { AuditFacts } from '../../audit/auditEntry.js';
import type { AuditTail } from '../../audit/auditTail.js';
import type { KioskDocument } from '../kioskDocument.js';
import type { StoreRecord } from '../storeRecords.js';
import type { LossReport } from './lossReport.js';

export interface AcceptedLossContext {
  doc: KioskDocument;
  tail: AuditTail;
  commit: (records: readonly StoreRecord[], audit: readonly AuditFacts[]) => Promise<unknown>;
  fold: () => Promise<void>;
  raiseNotice: (reportId: string) => void;
  now: () => Date;
}

/**
 * Staff started the kiosk with `--accept-loss=<this report>`. The store re-anchors on the audit
 * file's head when it is ahead, the acceptance goes into the audit chain, and two folds put the
 * gap behind a fresh snapshot and its last-good copy, so the next plain start finds no loss.
 */
export async function recordAcceptedLoss(context: AcceptedLossContext, report: LossReport): Promise<void> {
  const { doc, tail } = context;
  if (tail.head.seq > doc.auditHead.seq) doc.auditHead = { ...tail.head };
  await context.commit(
    [
      {
        type: 'store.lossAccepted',
        reportId: report.id,
        kind: report.kind,
        auditHead: { ...doc.auditHead },
        at: context.now().toISOString(),
      },
    ],
    [
      {
        action: 'store.lossAccepted',
        actor: 'kiosk',
        outcome: report.kind,
        detail: `loss report ${report.id}`,
      },
    ],
  );
  await context.fold();
  await context.fold();
  console.warn(`kiosk store: loss report ${report.id} was accepted at start`);
  context.raiseNotice(report.id);
}
