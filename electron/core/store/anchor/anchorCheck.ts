import type { AuditEntry } from '../../audit/auditEntry.js';
import type { AuditTail } from '../../audit/auditTail.js';
import type { JournalReplay } from '../journal/replayJournals.js';
import type { AuditHead } from '../kioskDocument.js';

/** One way acknowledged data went missing (DESIGN §5, decision 5 of issue 9). */
export type LossFinding =
  | { kind: 'journal-behind-audit'; storeSeq: number; fileSeq: number }
  | { kind: 'journal-missing'; generations: number[] }
  | { kind: 'journal-damaged'; generation: number; flush: number; reason: string; offset: number }
  | { kind: 'snapshot-unusable'; problem: string };

export interface AnchorCheck {
  /** Empty when nothing acknowledged is missing. */
  findings: LossFinding[];
  /** Audit entries the audit file holds whose records the store no longer has. */
  lost: AuditEntry[];
  /** Durable entries (in the journal) the audit file does not hold yet: written at start. */
  owed: AuditEntry[];
  /** Entries the store anchored that neither the audit file nor the journal still hold. */
  auditGap?: { seqFrom: number; seqTo: number };
}

export interface AnchorInput {
  /** The store's head after replay. */
  storeHead: AuditHead;
  /** The head sealed in the snapshot the replay started from; undefined for a version 1 document. */
  baseSeq: number | undefined;
  replay: JournalReplay;
  tail: AuditTail;
  snapshotProblem?: string;
  /** Changes the store holds, for telling which ones a folder without an anchor lost. */
  knownChangeIds: ReadonlySet<string>;
}

/**
 * Compares the two places that know what was acknowledged: the store (snapshot + journals,
 * whose audit head moves with every audited flush) and the audit file (written after each
 * flush). Costs one month file and the journals since the last snapshot, never the history.
 */
export function checkAnchor(input: AnchorInput): AnchorCheck {
  const { storeHead, replay, tail } = input;
  const findings: LossFinding[] = [];
  if (input.snapshotProblem !== undefined)
    findings.push({ kind: 'snapshot-unusable', problem: input.snapshotProblem });
  if (replay.missing.length > 0) findings.push({ kind: 'journal-missing', generations: replay.missing });
  for (const flush of replay.damaged) findings.push({ kind: 'journal-damaged', ...flush });
  if (tail.head.seq > storeHead.seq)
    findings.push({ kind: 'journal-behind-audit', storeSeq: storeHead.seq, fileSeq: tail.head.seq });

  const owed = replay.auditEntries.filter((entry) => entry.seq > tail.head.seq);
  const check: AnchorCheck = { findings, lost: lostEntries(input), owed };
  const firstOwed = owed[0]?.seq ?? storeHead.seq + 1;
  if (findings.length === 0 && firstOwed > tail.head.seq + 1) {
    check.auditGap = { seqFrom: tail.head.seq + 1, seqTo: firstOwed - 1 };
  }
  return check;
}

function lostEntries(input: AnchorInput): AuditEntry[] {
  const replayed = new Set(input.replay.auditEntries.map((entry) => entry.seq));
  if (input.baseSeq !== undefined) {
    const base = input.baseSeq;
    return input.tail.entries.filter((entry) => entry.seq > base && !replayed.has(entry.seq));
  }
  // A folder from before the anchor: the changes its audit log names that the store lacks.
  return input.tail.entries.filter(
    (entry) =>
      entry.changeId !== undefined &&
      ['device.unlink', 'device.unlinkAll', 'unlock.request'].includes(entry.action) &&
      !input.knownChangeIds.has(entry.changeId),
  );
}
