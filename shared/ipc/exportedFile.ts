import { z } from 'zod';

/**
 * A file the office pages export (the day report as PDF or CSV, the audit log as CSV). Both hosts
 * hand it over the same way: the web host as a download from `/api/export`, Electron by saving
 * it to a folder the staff member picks (issue 11).
 */
export const ExportedFile = z
  .object({
    fileName: z.string().regex(/^[\w.-]{1,120}$/),
    mediaType: z.enum(['application/pdf', 'text/csv; charset=utf-8']),
    contentBase64: z.base64(),
  })
  .strict();
export type ExportedFile = z.infer<typeof ExportedFile>;

/** How saving an export into a folder ended (Electron); the web host always answers `saved: false`. */
export const ExportSaved = z.discriminatedUnion('saved', [
  /** Written whole into the folder the staff member picked. */
  z.object({ saved: z.literal(true), file: z.string() }).strict(),
  /** No folder picked (cancelled), or a host that cannot save (the web host: download instead). */
  z.object({ saved: z.literal(false) }).strict(),
]);
export type ExportSaved = z.infer<typeof ExportSaved>;
