import type { QueuedChange } from '../store/kioskDocument.js';
import type { FailureWait } from './failureWait.js';
import type { PendingReason } from './sendNow.js';

/**
 * Why a change cannot go now because of its own account: an earlier (or the same) change of the
 * account is held for staff, or rests after a failed batch. Changes of one account go in order,
 * so either holds everything behind it. `unfinished` is in seq order.
 */
export function accountHold(
  entry: Readonly<QueuedChange>,
  unfinished: readonly Readonly<QueuedChange>[],
  heldForStaff: ReadonlySet<string>,
  restOf: (changeId: string) => FailureWait | undefined,
): PendingReason | undefined {
  for (const earlier of unfinished) {
    if (earlier.change.seq > entry.change.seq) break;
    if (earlier.change.idNumber !== entry.change.idNumber) continue;
    if (heldForStaff.has(earlier.change.changeId)) return 'held';
    const rest = restOf(earlier.change.changeId);
    if (rest !== undefined) return rest.linkDown ? 'link-down' : 'held';
  }
  return undefined;
}

/** The unfinished changes of these accounts: what a failed batch holds back with it. */
export function changesOfAccounts(
  unfinished: readonly Readonly<QueuedChange>[],
  accounts: ReadonlySet<string | undefined>,
): string[] {
  return unfinished
    .filter((entry) => accounts.has(entry.change.idNumber))
    .map((entry) => entry.change.changeId);
}
