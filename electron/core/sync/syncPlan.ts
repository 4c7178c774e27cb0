import type { QueuedChange } from '../store/kioskDocument.js';

/** Pending changes to mark blocked, all behind the same conflicting or rejected change. */
export interface BlockOrder {
  blockedBy: string;
  changeIds: string[];
}

/** What one sync round does: send `batch`, and first hold back `block`. */
export interface SyncRound {
  batch: Readonly<QueuedChange>[];
  block: BlockOrder[];
}

function addToOrder(orders: Map<string, string[]>, blockedBy: string, changeId: string): void {
  const ids = orders.get(blockedBy);
  if (ids === undefined) orders.set(blockedBy, [changeId]);
  else ids.push(changeId);
}

function toOrders(orders: Map<string, string[]>): BlockOrder[] {
  return [...orders].map(([blockedBy, changeIds]) => ({ blockedBy, changeIds }));
}

/** The account's head is out already (in another batch in flight, resting after a failure, being withdrawn). */
const BUSY = Symbol('busy');

/**
 * Picks the next batch from the unfinished changes: each account's oldest unfinished change,
 * oldest first, at most `maxBatch`. One change per account per batch is what keeps an account's
 * changes in order without trusting the service to stop inside a batch: a later change goes only
 * once the earlier one has its answer, so a conflict or rejection can still hold it back.
 * `sending` counts as sendable: after a crash it is resent with the same changeId.
 * An account whose oldest change is blocked sends nothing, and its other changes join the block.
 * An account whose oldest change is `unavailable` (another batch carries it, or it rests after a
 * failure) sends nothing either, and nothing of it is blocked: that is what keeps batches in flight
 * at the same time on disjoint accounts.
 */
export function planRound(
  unfinished: readonly Readonly<QueuedChange>[],
  maxBatch: number,
  unavailable: (entry: Readonly<QueuedChange>) => boolean = () => false,
): SyncRound {
  const ordered = [...unfinished].sort((a, b) => a.change.seq - b.change.seq);
  /** idNumber → the change that stalls the account, BUSY, or null when its head is sendable. */
  const heads = new Map<string, string | typeof BUSY | null>();
  const batch: Readonly<QueuedChange>[] = [];
  const block = new Map<string, string[]>();
  for (const entry of ordered) {
    const { idNumber, changeId } = entry.change;
    const stalledBy = heads.get(idNumber);
    if (stalledBy === undefined) {
      if (entry.state === 'blocked') {
        heads.set(idNumber, entry.blockedBy ?? changeId);
        continue;
      }
      if (unavailable(entry)) {
        heads.set(idNumber, BUSY);
        continue;
      }
      heads.set(idNumber, null);
      if (batch.length < maxBatch) batch.push(entry);
      continue;
    }
    if (typeof stalledBy === 'string' && entry.state !== 'blocked') addToOrder(block, stalledBy, changeId);
  }
  return { batch, block: toOrders(block) };
}

/** A change that came back conflict or rejected: everything after it on the account waits for staff. */
export interface Stop {
  changeId: string;
  idNumber: string;
  seq: number;
}

/**
 * The unfinished changes to block behind each stop: later changes of the same account that are
 * not blocked yet. A change behind two stops is blocked by the earlier one, which staff meet first.
 */
export function changesBehind(
  stops: readonly Stop[],
  unfinished: readonly Readonly<QueuedChange>[],
): BlockOrder[] {
  const firstStop = new Map<string, Stop>();
  for (const stop of [...stops].sort((a, b) => a.seq - b.seq)) {
    if (!firstStop.has(stop.idNumber)) firstStop.set(stop.idNumber, stop);
  }
  const block = new Map<string, string[]>();
  for (const entry of [...unfinished].sort((a, b) => a.change.seq - b.change.seq)) {
    const stop = firstStop.get(entry.change.idNumber);
    if (stop === undefined || entry.state === 'blocked') continue;
    if (entry.change.seq > stop.seq) addToOrder(block, stop.changeId, entry.change.changeId);
  }
  return toOrders(block);
}
