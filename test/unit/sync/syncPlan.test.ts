import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesBehind, planRound } from '../../../electron/core/sync/syncPlan.js';
import type { QueuedChange } from '../../../electron/core/store/kioskDocument.js';
import { ACCOUNTS, idFor, queued } from './queuedChanges.js';

const { a, b, c, d } = ACCOUNTS;
const seqsOf = (entries: readonly Readonly<QueuedChange>[]) => entries.map((entry) => entry.change.seq);

describe('planRound: which changes go in the next batch', () => {
  it("takes each account's oldest change, oldest first", () => {
    const plan = planRound([queued(1, a), queued(2, a), queued(3, b), queued(4, c), queued(5, b)], 100);
    expect(seqsOf(plan.batch)).toEqual([1, 3, 4]);
    expect(plan.block).toEqual([]);
  });

  it('orders by seq whatever order the queue lists them in', () => {
    const plan = planRound([queued(5, b), queued(3, a), queued(1, b), queued(2, c)], 100);
    expect(seqsOf(plan.batch)).toEqual([1, 2, 3]);
  });

  it('stops at the batch limit, and a full batch never lets a later change of a left-out account jump ahead', () => {
    const plan = planRound([queued(1, a), queued(2, b), queued(3, c), queued(4, a), queued(5, c)], 2);
    expect(seqsOf(plan.batch)).toEqual([1, 2]);
  });

  it('resends a change found in `sending` (a crash mid-request) in its place', () => {
    const plan = planRound([queued(1, a, 'sending'), queued(2, a), queued(3, b, 'sending')], 100);
    expect(seqsOf(plan.batch)).toEqual([1, 3]);
  });

  it('sends nothing of an account whose oldest change is blocked, and blocks its later pending ones behind the same change', () => {
    const stop = idFor(90);
    const plan = planRound([queued(1, a, 'blocked', stop), queued(2, a), queued(3, b), queued(4, a)], 100);
    expect(seqsOf(plan.batch)).toEqual([3]);
    expect(plan.block).toEqual([{ blockedBy: stop, changeIds: [idFor(2), idFor(4)] }]);
  });

  it('leaves changes that are already blocked alone', () => {
    const stop = idFor(90);
    const plan = planRound([queued(1, a, 'blocked', stop), queued(2, a, 'blocked', stop)], 100);
    expect(plan.batch).toEqual([]);
    expect(plan.block).toEqual([]);
  });

  it('sends a released head while a later change of the account stays blocked', () => {
    const stop = idFor(90);
    const plan = planRound([queued(1, a), queued(2, a, 'blocked', stop), queued(3, a)], 100);
    expect(seqsOf(plan.batch)).toEqual([1]);
    expect(plan.block).toEqual([]);
  });

  it('sends nothing of an account whose head another batch carries or that rests, and blocks nothing of it', () => {
    const out = new Set([idFor(1), idFor(3)]);
    const plan = planRound(
      [queued(1, a, 'sending'), queued(2, a), queued(3, b), queued(4, b), queued(5, c), queued(6, a)],
      100,
      (entry) => out.has(entry.change.changeId),
    );
    expect(seqsOf(plan.batch)).toEqual([5]);
    expect(plan.block).toEqual([]);
  });

  it('keeps every batch to one change per account, each its account head, and as full as it can be', () => {
    const accountArb = fc.constantFrom(a, b, c, d, '001090000005', '001090000006');
    const stateArb = fc.constantFrom('pending', 'pending', 'pending', 'sending', 'blocked') as fc.Arbitrary<
      'pending' | 'sending' | 'blocked'
    >;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(accountArb, stateArb), { maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (rows, max) => {
          const entries = rows.map(([account, state], i) =>
            queued(i + 1, account, state, state === 'blocked' ? idFor(999) : undefined),
          );
          const plan = planRound(entries, max);
          const heads = new Map<string, QueuedChange>();
          for (const entry of entries)
            if (!heads.has(entry.change.idNumber)) heads.set(entry.change.idNumber, entry);
          const sendableHeads = [...heads.values()].filter((entry) => entry.state !== 'blocked');
          expect(plan.batch.length).toBe(Math.min(max, sendableHeads.length));
          expect(new Set(plan.batch.map((entry) => entry.change.idNumber)).size).toBe(plan.batch.length);
          for (const entry of plan.batch) expect(heads.get(entry.change.idNumber)).toBe(entry);
          expect(seqsOf(plan.batch)).toEqual([...seqsOf(plan.batch)].sort((x, y) => x - y));
          const blocked = plan.block.flatMap((order) => order.changeIds);
          for (const changeId of blocked) {
            const entry = entries.find((candidate) => candidate.change.changeId === changeId);
            expect(entry?.state).not.toBe('blocked');
            expect(heads.get(entry?.change.idNumber ?? '')?.state).toBe('blocked');
          }
        },
      ),
    );
  });
});

describe('changesBehind: what a conflict or rejection holds back', () => {
  it("blocks the account's later unfinished changes, and only those", () => {
    const stop = { changeId: idFor(2), idNumber: a, seq: 2 };
    const unfinished = [queued(1, a), queued(2, a, 'sending'), queued(3, a), queued(4, b), queued(5, a)];
    expect(changesBehind([stop], unfinished)).toEqual([
      { blockedBy: idFor(2), changeIds: [idFor(3), idFor(5)] },
    ]);
  });

  it('never blocks the stop itself or an earlier change', () => {
    const stop = { changeId: idFor(3), idNumber: a, seq: 3 };
    expect(changesBehind([stop], [queued(1, a), queued(3, a, 'sending')])).toEqual([]);
  });

  it('blocks a change behind two stops by the earlier one, which staff meet first', () => {
    const stops = [
      { changeId: idFor(4), idNumber: a, seq: 4 },
      { changeId: idFor(2), idNumber: a, seq: 2 },
    ];
    expect(changesBehind(stops, [queued(3, a), queued(6, a)])).toEqual([
      { blockedBy: idFor(2), changeIds: [idFor(3), idFor(6)] },
    ]);
  });

  it('keeps one order per stop across accounts and skips changes already blocked', () => {
    const stops = [
      { changeId: idFor(1), idNumber: a, seq: 1 },
      { changeId: idFor(2), idNumber: b, seq: 2 },
    ];
    const unfinished = [queued(3, b), queued(4, a, 'blocked', idFor(1)), queued(5, a), queued(6, c)];
    expect(changesBehind(stops, unfinished)).toEqual([
      { blockedBy: idFor(2), changeIds: [idFor(3)] },
      { blockedBy: idFor(1), changeIds: [idFor(5)] },
    ]);
  });
});
