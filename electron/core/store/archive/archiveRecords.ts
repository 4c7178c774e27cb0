import { z } from 'zod';
import type { KioskDocument } from '../kioskDocument.js';
import { ArchiveBatchId, ArchiveBatchRef, PendingArchiveBatch } from './archiveState.js';

/** The intent, committed before the batch file is written: these changes go into this batch. */
export const ArchiveBatchStarted = PendingArchiveBatch.extend({
  type: z.literal('archive.batchStarted'),
}).strict();

/** The batch file is whole on disk: its changes leave the store and the batch is listed. */
export const ArchiveBatchWritten = ArchiveBatchRef.extend({
  type: z.literal('archive.batchWritten'),
}).strict();

/** Batches past retention, taken off the list before their files are deleted. */
export const ArchiveBatchesPurged = z
  .object({ type: z.literal('archive.batchesPurged'), batchIds: z.array(ArchiveBatchId).min(1) })
  .strict();

export type ArchiveRecord =
  | z.infer<typeof ArchiveBatchStarted>
  | z.infer<typeof ArchiveBatchWritten>
  | z.infer<typeof ArchiveBatchesPurged>;

/** The store's index of its changes by id, kept in step with `doc.changes`. */
type ChangeIndex = Map<string, unknown>;

/** Takes changes out of the store: they are in the archive now. */
export function removeChanges(doc: KioskDocument, index: ChangeIndex, changeIds: readonly string[]): void {
  const gone = new Set(changeIds.filter((id) => index.delete(id)));
  if (gone.size > 0) doc.changes = doc.changes.filter((entry) => !gone.has(entry.change.changeId));
}

/**
 * Applies an archive record. Replaying one twice changes nothing: a batch already listed is
 * neither started again nor listed twice.
 */
export function applyArchiveRecord(doc: KioskDocument, index: ChangeIndex, record: ArchiveRecord): void {
  const { archive } = doc;
  switch (record.type) {
    case 'archive.batchStarted': {
      if (archive.batches.some((batch) => batch.batchId === record.batchId)) return;
      archive.pending = { batchId: record.batchId, day: record.day, changeIds: [...record.changeIds] };
      return;
    }
    case 'archive.batchWritten': {
      if (archive.batches.some((batch) => batch.batchId === record.batchId)) return;
      const { batchId, day, count, bytes, sha256 } = record;
      archive.batches.push({ batchId, day, count, bytes, sha256 });
      if (archive.pending?.batchId === record.batchId) {
        removeChanges(doc, index, archive.pending.changeIds);
        delete archive.pending;
      }
      return;
    }
    case 'archive.batchesPurged': {
      const purged = new Set(record.batchIds);
      archive.batches = archive.batches.filter((batch) => !purged.has(batch.batchId));
      return;
    }
  }
}
