import { z } from 'zod';

/** An absolute path on the kiosk's own machine: `/media/usb`, `E:\`, `\\server\share`. */
export const AbsoluteFolder = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0'), 'A path cannot hold a NUL character')
  .refine(
    (path) => path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'),
    'An absolute path to a folder',
  );

/** A backup that was written whole: its folder (inside the destination) and what it holds. */
export const BackupWritten = z
  .object({
    folder: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
  })
  .strict();
export type BackupWritten = z.infer<typeof BackupWritten>;

/**
 * A staff member backs the running kiosk up ("Sao lưu") to a folder they choose, a USB stick.
 * Staff only; a failure is `BACKUP_FAILED` with its reason and leaves no complete-looking folder.
 */
export const backupMethods = {
  'store.backup': {
    args: z.object({ destination: AbsoluteFolder }).strict(),
    result: BackupWritten,
  },
} as const;
