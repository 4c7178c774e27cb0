import { z } from 'zod';

/** A UTC calendar day, `YYYY-MM-DD`: the day a fold wrote an archive file. */
export const ArchiveDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Names one archive batch; twelve hex digits, so it can sit in a file name as it is. */
export const ArchiveBatchId = z.string().regex(/^[0-9a-f]{12}$/);

/** A batch file the store knows is whole on disk, with what a start-up check needs to see it still is. */
export const ArchiveBatchRef = z
  .object({
    batchId: ArchiveBatchId,
    day: ArchiveDay,
    count: z.number().int().nonnegative(),
    bytes: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type ArchiveBatchRef = z.infer<typeof ArchiveBatchRef>;

/**
 * A batch whose intent is recorded and whose file may or may not be on disk yet. Its changes stay
 * in the store until the batch is recorded as written, so a crash at any moment finds them in
 * one place or the other, and the batch is redone with this same id and these same changes.
 */
export const PendingArchiveBatch = z
  .object({ batchId: ArchiveBatchId, day: ArchiveDay, changeIds: z.array(z.uuid()).min(1) })
  .strict();
export type PendingArchiveBatch = z.infer<typeof PendingArchiveBatch>;

/** The document's account of the archive. Old day files (v1) predate it and are not listed. */
export const ArchiveState = z
  .object({ batches: z.array(ArchiveBatchRef), pending: PendingArchiveBatch.optional() })
  .strict();
export type ArchiveState = z.infer<typeof ArchiveState>;

export function emptyArchiveState(): ArchiveState {
  return { batches: [] };
}
