import { describe, expect, it } from 'vitest';
import { emptyKioskDocument } from '../../../electron/core/store/kioskDocument.js';
import type { KioskDocument } from '../../../electron/core/store/kioskDocument.js';
import { applyStoreRecord, indexChanges, StoreRecord } from '../../../electron/core/store/storeRecords.js';
import { accepted, queuedChange } from '../../support/storeFixtures.js';

const at = '2026-12-02T05:00:00.000Z';

function replay(records: readonly StoreRecord[]): KioskDocument {
  const doc = emptyKioskDocument();
  const index = indexChanges(doc);
  for (const record of records) applyStoreRecord(doc, index, StoreRecord.parse(record));
  return doc;
}

describe('store records of the sync desk (issue 11)', () => {
  const conflict = queuedChange(1, { state: 'conflict', outcomeCode: 'DEVICE_STATE_CHANGED' });
  const behind = queuedChange(2, { state: 'blocked', blockedBy: conflict.change.changeId });
  const other = queuedChange(3, { state: 'blocked', blockedBy: '00000000-0000-4000-8000-000000000001' });
  const close: StoreRecord = {
    type: 'change.closed',
    changeId: conflict.change.changeId,
    reason: 'entered-wrongly',
    note: 'làm lại',
    staffId: 'CB01',
    at,
  };

  it('closes a conflict and releases only the changes blocked behind it; replayed twice, the same', () => {
    const records = [accepted(conflict), accepted(behind), accepted(other), close];
    const once = replay(records);
    expect(once.changes.map((entry) => [entry.change.seq, entry.state])).toEqual([
      [1, 'closed'],
      [2, 'pending'],
      [3, 'blocked'],
    ]);
    expect(once.changes[0]?.closed).toEqual({
      reason: 'entered-wrongly',
      note: 'làm lại',
      staffId: 'CB01',
      at,
    });
    expect(once.changes[1]).not.toHaveProperty('blockedBy');
    expect(replay([...records, close])).toEqual(once);
  });

  it('does not close a change that is not waiting for staff: applied, or pending and not held', () => {
    const applied = queuedChange(1, { state: 'applied' });
    const pending = queuedChange(2);
    const doc = replay([
      accepted(applied),
      accepted(pending),
      { ...close, changeId: applied.change.changeId } as StoreRecord,
      { ...close, changeId: pending.change.changeId } as StoreRecord,
    ]);
    expect(doc.changes.map((entry) => entry.state)).toEqual(['applied', 'pending']);
  });

  it('holds and releases changes of a refused batch, and a held change may then be closed', () => {
    const pending = queuedChange(1);
    const held = { changeId: pending.change.changeId, since: at, status: 403, upstreamCode: 'BATCH_REFUSED' };
    const hold: StoreRecord = { type: 'sync.heldForStaff', hold: [held], release: [] };
    expect(replay([accepted(pending), hold, hold]).heldForStaff).toEqual([held]);
    expect(
      replay([
        accepted(pending),
        hold,
        { type: 'sync.heldForStaff', hold: [], release: [pending.change.changeId] },
      ]).heldForStaff,
    ).toEqual([]);
    const closed = replay([
      accepted(pending),
      hold,
      { ...close, changeId: pending.change.changeId } as StoreRecord,
    ]);
    expect(closed.changes[0]?.state).toBe('closed');
    expect(closed.heldForStaff).toEqual([]);
  });

  it('refuses a note over 200 characters, and one that is only spaces, in the record itself', () => {
    expect(StoreRecord.safeParse({ ...close, note: 'x'.repeat(201) }).success).toBe(false);
    expect(StoreRecord.safeParse({ ...close, note: '   ' }).success).toBe(false);
  });
});
