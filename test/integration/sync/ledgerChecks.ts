import { expect } from 'vitest';
import type { ChangeQueue } from '../../../electron/core/queue/ChangeQueue.js';
import type { ChangeState } from '../../../shared/domain/change.js';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import type { ReferenceUpstream } from '../../../upstream/server.js';

const FINAL: readonly ChangeState[] = ['applied', 'duplicate', 'conflict', 'rejected'];

/**
 * What "lose nothing, apply nothing twice" means against the service's own records:
 * - every change the kiosk accepted has a final state, or is blocked behind a rejection;
 * - the ledger holds exactly the changes with a final state, with the same outcome;
 * - each applied unlink unlinked exactly its device, once;
 * - per account, the service received the changes in seq order.
 */
export function expectLedgerAgrees(
  upstream: ReferenceUpstream,
  queue: ChangeQueue,
  receipts: readonly ChangeReceipt[],
): void {
  const ledger = new Map(upstream.state.entries().map((entry) => [entry.change.changeId, entry]));
  const ours = new Set(receipts.map((receipt) => receipt.changeId));
  for (const changeId of ledger.keys())
    expect(ours.has(changeId), `unknown change ${changeId} in the ledger`).toBe(true);

  for (const receipt of receipts) {
    const entry = queue.find(receipt.changeId);
    expect(entry, `change ${receipt.changeId} vanished from the queue`).toBeDefined();
    if (entry === undefined) continue;
    const inLedger = ledger.get(receipt.changeId);
    if (entry.state === 'blocked') {
      expect(inLedger, `blocked change ${receipt.changeId} reached the service`).toBeUndefined();
      const blocker = entry.blockedBy === undefined ? undefined : queue.find(entry.blockedBy);
      expect(['conflict', 'rejected']).toContain(blocker?.state);
      continue;
    }
    expect(FINAL, `change ${receipt.changeId} ended ${entry.state}`).toContain(entry.state);
    expect(inLedger?.result.outcome, `outcome of ${receipt.changeId}`).toBe(entry.state);
  }

  const effects = new Map<string, number>();
  for (const account of upstream.state.snapshot().accounts) {
    for (const device of account.devices) {
      if (device.unlinkedByChange === undefined) continue;
      effects.set(device.unlinkedByChange, (effects.get(device.unlinkedByChange) ?? 0) + 1);
      const entry = ledger.get(device.unlinkedByChange);
      expect(entry?.change.deviceId).toBe(device.device.deviceId);
    }
  }
  for (const entry of ledger.values()) {
    const expected = entry.result.code === 'DEVICE_UNLINKED' ? 1 : 0;
    expect(effects.get(entry.change.changeId) ?? 0, `effects of ${entry.change.changeId}`).toBe(expected);
  }

  const lastSeq = new Map<string, number>();
  for (const entry of upstream.state.entries()) {
    const previous = lastSeq.get(entry.change.idNumber) ?? 0;
    expect(entry.change.seq, `account order at seq ${entry.change.seq}`).toBeGreaterThan(previous);
    lastSeq.set(entry.change.idNumber, entry.change.seq);
  }
}
