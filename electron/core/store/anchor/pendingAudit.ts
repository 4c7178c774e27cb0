import type { AuditFacts } from '../../audit/auditEntry.js';
import { sealAuditEntry } from '../../audit/auditEntry.js';
import type { AuditHead } from '../kioskDocument.js';

/** An audit entry waiting in the journal's queue: sealed at flush time, not when it is asked for. */
export interface PendingAudit {
  type: 'audit.pending';
  facts: AuditFacts;
}

export function pendingAudit(facts: AuditFacts): PendingAudit {
  return { type: 'audit.pending', facts };
}

/**
 * Seals the pending audit entries of one flush, in order, from the durable head: a flush that
 * fails seals nothing for good, so the next one reuses the seq and the chain has no gap.
 */
export function sealPendingAudit(
  appends: readonly (readonly unknown[])[],
  durableHead: AuditHead,
  at: string,
): unknown[][] {
  let head = durableHead;
  return appends.map((records) =>
    records.map((record) => {
      if ((record as PendingAudit).type !== 'audit.pending') return record;
      const entry = sealAuditEntry((record as PendingAudit).facts, head.seq + 1, at, head.hash);
      head = { seq: entry.seq, hash: entry.hash };
      return { type: 'audit.appended', entry };
    }),
  );
}
