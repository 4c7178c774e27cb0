import type { ChangeResult } from '../../../shared/upstream/api.js';

export interface MatchedResults {
  /** One result per sent change that got one, in the order sent. */
  results: ChangeResult[];
  /** Sent changes the answer said nothing about: not sent, as far as the kiosk can tell. */
  missing: string[];
}

/**
 * Pairs a batch answer with what was sent. Results for changes not in the batch are ignored (they
 * cannot be trusted to be about this kiosk's changes), and a repeated result counts once. A
 * missing result is treated as "not sent": the change goes again with the same changeId, and the
 * service answers with its stored result if it did decide it.
 */
export function matchResults(sentIds: readonly string[], results: readonly ChangeResult[]): MatchedResults {
  const byId = new Map<string, ChangeResult>();
  for (const result of results) if (!byId.has(result.changeId)) byId.set(result.changeId, result);
  const matched: ChangeResult[] = [];
  const missing: string[] = [];
  for (const changeId of sentIds) {
    const result = byId.get(changeId);
    if (result === undefined) missing.push(changeId);
    else matched.push(result);
  }
  return { results: matched, missing };
}

/** Conflicts and rejections wait for staff, and hold back the account's later changes. */
export function stopsTheAccount(result: ChangeResult): boolean {
  return result.outcome === 'conflict' || result.outcome === 'rejected';
}
