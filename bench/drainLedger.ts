import type { ChangeState } from '../shared/domain/change.js';
import type { IdentityLedger } from '../upstream/state/IdentityLedger.js';

export interface DrainAudit {
  /** Accepted changes with no final state at the end, or final in the kiosk but unknown to the service. */
  lost: number;
  /** Effects beyond one per change: a device unlinked twice, or two ledger entries for one unlink. */
  duplicated: number;
  /** Changes whose final state in the kiosk differs from the outcome the service stored. */
  disagreeing: number;
  /** Times a change reached the service again after its first delivery (idempotent replays, no effect). */
  replays: number;
  /** Changes the service received out of seq order within their account. */
  outOfOrder: number;
}

const FINAL: ReadonlySet<ChangeState> = new Set(['applied', 'duplicate', 'conflict', 'rejected']);

/**
 * Compares what the kiosk believes with the service's own ledger and accounts. `finalStates` comes
 * from the queue's events, since finished changes leave the queue document for the archive.
 */
export function auditDrain(
  accepted: readonly string[],
  finalStates: ReadonlyMap<string, ChangeState>,
  ledger: IdentityLedger,
): DrainAudit {
  const entries = ledger.entries();
  const byId = new Map(entries.map((entry) => [entry.change.changeId, entry]));
  let lost = 0;
  let disagreeing = 0;
  for (const changeId of accepted) {
    const state = finalStates.get(changeId);
    const entry = byId.get(changeId);
    if (state === undefined || !FINAL.has(state) || entry === undefined) lost += 1;
    else if (entry.result.outcome !== state) disagreeing += 1;
  }

  let duplicated = 0;
  const intents = new Set<string>();
  for (const entry of entries) {
    const intent = `${entry.change.idNumber}/${entry.change.kind}/${entry.change.deviceId ?? ''}`;
    if (intents.has(intent)) duplicated += 1;
    intents.add(intent);
  }
  const unlinksBy = new Map<string, number>();
  for (const account of ledger.snapshot().accounts) {
    for (const device of account.devices) {
      if (device.unlinkedByChange !== undefined) {
        unlinksBy.set(device.unlinkedByChange, (unlinksBy.get(device.unlinkedByChange) ?? 0) + 1);
      }
    }
  }
  for (const count of unlinksBy.values()) duplicated += count - 1;

  let outOfOrder = 0;
  const lastSeq = new Map<string, number>();
  for (const entry of entries) {
    if (entry.change.seq < (lastSeq.get(entry.change.idNumber) ?? 0)) outOfOrder += 1;
    lastSeq.set(entry.change.idNumber, entry.change.seq);
  }
  const replays = entries.reduce((sum, entry) => sum + entry.deliveries - 1, 0);
  return { lost, duplicated, disagreeing, replays, outOfOrder };
}
