import { isFinalState } from '../../../shared/domain/change.js';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import type { KioskEventHub } from '../events/KioskEventHub.js';

/**
 * Waits, for a citizen standing at the screen, until the national system has answered about
 * this one change, an attempt to send it has failed (it is queued: the honest "waiting"), it is
 * held behind another change, or `timeoutMs` passes; never for the whole backlog to drain.
 */
export function awaitOutcome(
  events: KioskEventHub,
  accepted: ChangeReceipt,
  timeoutMs: number,
): Promise<ChangeReceipt> {
  return new Promise((resolve) => {
    let latest = accepted;
    let sent = false;
    const finish = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve(latest);
    };
    const timer = setTimeout(finish, timeoutMs);
    const unsubscribe = events.subscribe((event, payload) => {
      if (event !== 'change.updated') return;
      const receipt = payload as ChangeReceipt;
      if (receipt.changeId !== accepted.changeId) return;
      latest = receipt;
      if (receipt.state === 'sending') sent = true;
      if (isFinalState(receipt.state) || receipt.state === 'blocked' || (sent && receipt.state === 'pending'))
        finish();
    });
  });
}
