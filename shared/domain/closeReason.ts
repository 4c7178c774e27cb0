import { z } from 'zod';

/**
 * Why staff closed a change that waited for them (issue 11). A short fixed list, so the day
 * report can count them and the lookup can say it in words; "other" carries the staff's note.
 */
export const closeReasons = [
  'citizen-self-served',
  'referred-to-police',
  'entered-wrongly',
  'other',
] as const;
export const CloseReason = z.enum(closeReasons);
export type CloseReason = z.infer<typeof CloseReason>;

/** Staff's free text beside the reason: trimmed, at most 200 characters, never empty. */
export const CloseNote = z.string().trim().min(1).max(200);

/** The close facts kept on the change (in the queue and in the archive). */
export const ChangeClosure = z
  .object({
    reason: CloseReason,
    note: CloseNote.optional(),
    staffId: z.string().min(1).max(32),
    at: z.iso.datetime({ offset: true }),
  })
  .strict();
export type ChangeClosure = z.infer<typeof ChangeClosure>;
