import { describe, expect, it } from 'vitest';
import { emptyKioskDocument, KioskDocument } from '../../../electron/core/store/kioskDocument.js';
import { applyStoreRecord, indexChanges } from '../../../electron/core/store/storeRecords.js';
import type { StoreRecord } from '../../../electron/core/store/storeRecords.js';
import { queuedChange } from '../../support/storeFixtures.js';

// Replaying the journal over a snapshot that already holds some of it must change nothing.
const finished = [1, 2].map((seq) => queuedChange(seq, { state: 'applied' }));
const started: StoreRecord = {
  type: 'archive.batchStarted',
  batchId: '0123456789ab',
  day: '2026-12-01',
  changeIds: finished.map((entry) => entry.change.changeId),
};
const written: StoreRecord = {
  type: 'archive.batchWritten',
  batchId: '0123456789ab',
  day: '2026-12-01',
  count: 2,
  bytes: 900,
  sha256: 'a'.repeat(64),
};

function documentWith(records: readonly StoreRecord[]): KioskDocument {
  const doc = emptyKioskDocument();
  doc.changes = structuredClone(finished);
  const index = indexChanges(doc);
  for (const record of records) applyStoreRecord(doc, index, record);
  return doc;
}

describe('archive records', () => {
  it('keep the changes in the store while the batch is pending, and take them out once written', () => {
    const pending = documentWith([started]);
    expect(pending.changes).toHaveLength(2);
    expect(pending.archive.pending?.batchId).toBe('0123456789ab');
    const done = documentWith([started, written]);
    expect(done.changes).toEqual([]);
    expect(done.archive).toEqual({
      batches: [{ batchId: '0123456789ab', day: '2026-12-01', count: 2, bytes: 900, sha256: 'a'.repeat(64) }],
    });
  });

  it('change nothing when replayed', () => {
    const once = documentWith([started, written]);
    expect(documentWith([started, written, started, written])).toEqual(once);
  });

  it('let a document written before batches were listed parse, with none listed', () => {
    const older: Partial<KioskDocument> = emptyKioskDocument();
    delete older.archive;
    expect(KioskDocument.parse(older).archive).toEqual({ batches: [] });
    // Each parse gets a list of its own.
    expect(KioskDocument.parse(older).archive).not.toBe(KioskDocument.parse(older).archive);
  });
});
