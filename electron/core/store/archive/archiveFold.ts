import { randomBytes } from 'node:crypto';
import type { KioskDocument, QueuedChange } from '../kioskDocument.js';
import type { StoreRecord } from '../storeRecords.js';
import { archivedForm } from './archivedChange.js';
import type { ChangeArchive } from './ChangeArchive.js';

/** What the fold's archive steps work on: the live document and the store's own commit. */
export interface ArchiveFoldContext {
  doc: KioskDocument;
  get(changeId: string): QueuedChange | undefined;
  commit(records: readonly StoreRecord[]): Promise<unknown>;
  archive: ChangeArchive;
  now(): Date;
}

function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function isArchivable(entry: QueuedChange): boolean {
  // Conflicts and rejections stay: staff still act on them. A closed change has left the queue.
  return entry.state === 'applied' || entry.state === 'duplicate' || entry.state === 'closed';
}

/**
 * Writes the batch the store holds as pending, with its own id and its own changes (still in the
 * store, unchanged since a final state is never left), then records it written, which takes the
 * changes out of the store. Redone after a crash at any step, it gives the same file again:
 * a change is archived once by construction.
 */
export async function finishPendingBatch(ctx: ArchiveFoldContext): Promise<void> {
  const pending = ctx.doc.archive.pending;
  if (pending === undefined) return;
  const changes = pending.changeIds
    .map((changeId) => ctx.get(changeId))
    .filter((entry): entry is QueuedChange => entry !== undefined)
    .map(archivedForm);
  const batch = { batchId: pending.batchId, day: pending.day };
  const written = await ctx.archive.writeBatch(batch, changes);
  await ctx.commit([{ type: 'archive.batchWritten', ...batch, ...written }]);
}

/** The fold's archive step: a batch left pending first, then one new batch of every finished change. */
export async function archiveFinishedChanges(ctx: ArchiveFoldContext): Promise<void> {
  await finishPendingBatch(ctx);
  const finished = ctx.doc.changes.filter(isArchivable);
  if (finished.length === 0) return;
  await ctx.commit([
    {
      type: 'archive.batchStarted',
      batchId: randomBytes(6).toString('hex'),
      day: utcDay(ctx.now()),
      changeIds: finished.map((entry) => entry.change.changeId),
    },
  ]);
  await finishPendingBatch(ctx);
}

/**
 * Deletes archive files past retention: listed batches come off the store's list first (a record),
 * then their files go, with old day files and any batch file no list names. A crash in between
 * leaves files no list names, deleted next time.
 */
export async function purgeExpiredArchive(ctx: ArchiveFoldContext, retentionDays: number): Promise<void> {
  const cutoffDay = utcDay(new Date(ctx.now().getTime() - retentionDays * 86_400_000));
  const expired = ctx.doc.archive.batches.filter((batch) => batch.day < cutoffDay);
  if (expired.length > 0)
    await ctx.commit([{ type: 'archive.batchesPurged', batchIds: expired.map((batch) => batch.batchId) }]);
  await ctx.archive.removeBefore(cutoffDay, ctx.doc.archive.pending?.batchId);
}

/**
 * After an accepted loss: a batch file on disk that the store does not list lost its written
 * record with the missing journal. Its changes may still be in the store (as the snapshot before
 * the gap held them), so the batch is recorded (intent and written, one flush) and they leave
 * the store: each change is then in one place only. Never runs on a plain start.
 */
export async function adoptUnlistedBatches(ctx: ArchiveFoldContext): Promise<void> {
  const listed = new Set(ctx.doc.archive.batches.map((batch) => batch.batchId));
  for (const file of await ctx.archive.files()) {
    if (file.kind !== 'batch' || listed.has(file.batchId) || ctx.doc.archive.pending !== undefined) continue;
    const { written, changeIds } = await ctx.archive.describeBatch(file);
    const held = changeIds.filter((changeId) => ctx.get(changeId) !== undefined);
    if (held.length === 0 || written.count === 0) continue;
    const batch = { batchId: file.batchId, day: file.day };
    await ctx.commit([
      { type: 'archive.batchStarted', ...batch, changeIds: held },
      { type: 'archive.batchWritten', ...batch, ...written },
    ]);
  }
}
