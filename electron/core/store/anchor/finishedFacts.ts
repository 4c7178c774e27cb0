import { isFinalState } from '../../../../shared/domain/change.js';
import { maskIdNumber } from '../../../../shared/domain/masking.js';
import { referenceForChange } from '../../../../shared/domain/reference.js';
import type { AuditFacts } from '../../audit/auditEntry.js';
import type { ChangeIndex, StoreRecord } from '../storeRecords.js';

/**
 * The `change.finished` audit entries for records that move a change to a final state: they go
 * in the same flush, so losing a final state from the journal shows against the audit file.
 * Intermediate states (sending, attempts, backoff) are not anchored: losing one is the same as a
 * crash before it (the change is sent again with the same changeId and the national system
 * answers with its stored result).
 */
export function finishedFacts(records: readonly StoreRecord[], index: ChangeIndex): AuditFacts[] {
  const facts: AuditFacts[] = [];
  for (const record of records) {
    if (record.type !== 'change.patched') continue;
    const state = record.patch.state;
    const entry = index.get(record.changeId);
    if (state === undefined || !isFinalState(state) || entry === undefined || isFinalState(entry.state))
      continue;
    facts.push({
      action: 'change.finished',
      actor: 'kiosk',
      changeId: record.changeId,
      reference: referenceForChange(record.changeId),
      idNumberMasked: maskIdNumber(entry.change.idNumber),
      outcome: state,
    });
  }
  return facts;
}
