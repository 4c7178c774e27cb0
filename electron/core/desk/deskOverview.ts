import { maskIdNumber } from '../../../shared/domain/masking.js';
import { referenceForChange } from '../../../shared/domain/reference.js';
import { DESK_ITEMS_SHOWN } from '../../../shared/ipc/deskContract.js';
import type { DeskItem, DeskItemWhy, DeskOverview } from '../../../shared/ipc/deskContract.js';
import type { StoreNotice } from '../../../shared/ipc/storeNotice.js';
import type { SyncStatus } from '../../../shared/ipc/contract.js';
import type { AgeingThresholds } from '../../../shared/domain/syncAgeing.js';
import type { HeldChange, QueuedChange } from '../store/kioskDocument.js';
import { isClosable } from '../store/deskRecords.js';

export interface DeskFacts {
  doc: { changes: readonly Readonly<QueuedChange>[]; heldForStaff: readonly HeldChange[] };
  status: SyncStatus;
  thresholds: Readonly<AgeingThresholds>;
  notices: readonly StoreNotice[];
  /** Whether the sync engine would resend it now (never decided, not in a batch). */
  resendable: (changeId: string) => boolean;
  nowMs: number;
}

function whyOnDesk(entry: Readonly<QueuedChange>, held: HeldChange | undefined): DeskItemWhy | undefined {
  if (entry.state === 'conflict' || entry.state === 'rejected') return entry.state;
  if (entry.state === 'blocked') return 'blocked';
  if (held !== undefined) return 'batch-refused';
  if ((entry.state === 'pending' || entry.state === 'sending') && entry.lastError !== undefined)
    return 'transient-error';
  return undefined;
}

function itemOf(
  entry: Readonly<QueuedChange>,
  why: DeskItemWhy,
  held: HeldChange | undefined,
  facts: DeskFacts,
): DeskItem {
  const { change } = entry;
  const staffId = change.evidence.staffId;
  return {
    changeId: change.changeId,
    reference: referenceForChange(change.changeId),
    idNumberMasked: maskIdNumber(change.idNumber),
    kind: change.kind,
    createdAt: change.createdAt,
    madeBy: staffId === undefined ? { actor: 'citizen' } : { actor: 'staff', staffId },
    waitedMs: Math.max(0, Math.round(facts.nowMs - Date.parse(change.createdAt))),
    state: entry.state,
    why,
    ...(entry.outcomeCode === undefined ? {} : { outcomeCode: entry.outcomeCode.slice(0, 64) }),
    ...(held === undefined
      ? {}
      : {
          refusal: {
            status: held.status,
            ...(held.upstreamCode === undefined ? {} : { upstreamCode: held.upstreamCode }),
          },
        }),
    resendable: facts.resendable(change.changeId),
    closable: isClosable(entry, facts.doc),
    ...(entry.blockedBy === undefined ? {} : { blockedBehind: referenceForChange(entry.blockedBy) }),
  };
}

/** What the sync desk shows: the status, the ageing, the changes staff must look at, the notices. */
export function deskOverview(facts: DeskFacts): DeskOverview {
  const { doc, status } = facts;
  const heldById = new Map(doc.heldForStaff.map((held) => [held.changeId, held]));
  const items: DeskItem[] = [];
  let totalItems = 0;
  const ordered = [...doc.changes].sort((a, b) => a.change.seq - b.change.seq);
  for (const entry of ordered) {
    const held = heldById.get(entry.change.changeId);
    const why = whyOnDesk(entry, held);
    if (why === undefined) continue;
    totalItems += 1;
    if (items.length < DESK_ITEMS_SHOWN) items.push(itemOf(entry, why, held, facts));
  }
  return {
    counts: {
      pending: status.pending,
      sending: status.sending,
      blocked: status.blocked,
      needsStaff: status.needsStaff,
    },
    connection: status.connection,
    ...(status.lastSuccessAt === undefined ? {} : { lastSuccessAt: status.lastSuccessAt }),
    ...(status.lastError === undefined ? {} : { lastError: status.lastError }),
    ageing: {
      level: status.ageing,
      ...(status.oldestPendingAgeMs === undefined ? {} : { oldestUnsentAgeMs: status.oldestPendingAgeMs }),
      warnMs: facts.thresholds.warnMs,
      escalateMs: facts.thresholds.escalateMs,
    },
    items,
    totalItems,
    notices: [...facts.notices],
  };
}
