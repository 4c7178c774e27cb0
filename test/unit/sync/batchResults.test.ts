import { describe, expect, it } from 'vitest';
import { matchResults, stopsTheAccount } from '../../../electron/core/sync/batchResults.js';
import type { ChangeResult } from '../../../shared/upstream/api.js';
import { idFor } from './queuedChanges.js';

const result = (seq: number, outcome: ChangeResult['outcome'] = 'applied'): ChangeResult => ({
  changeId: idFor(seq),
  outcome,
  code: 'DEVICE_UNLINKED',
  message: 'ok',
});

describe('matchResults: a batch answer against what was sent', () => {
  it('pairs every result with its change, in the order sent', () => {
    expect(matchResults([idFor(1), idFor(2)], [result(2), result(1)])).toEqual({
      results: [result(1), result(2)],
      missing: [],
    });
  });

  it('treats a change the answer left out as not sent', () => {
    expect(matchResults([idFor(1), idFor(2), idFor(3)], [result(2)])).toEqual({
      results: [result(2)],
      missing: [idFor(1), idFor(3)],
    });
  });

  it('ignores results for changes that were not in the batch, and counts a repeated result once', () => {
    const first = result(1, 'applied');
    const again = result(1, 'rejected');
    expect(matchResults([idFor(1)], [result(7), first, again])).toEqual({ results: [first], missing: [] });
  });

  it('calls conflicts and rejections stops, and nothing else', () => {
    expect(
      ['applied', 'duplicate', 'conflict', 'rejected'].map((o) =>
        stopsTheAccount(result(1, o as ChangeResult['outcome'])),
      ),
    ).toEqual([false, false, true, true]);
  });
});
