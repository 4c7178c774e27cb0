import { z } from 'zod';

/**
 * Something staff must know about the data on this kiosk (issue 9, point 5). A notice is a
 * store record: it survives a restart and stays until a staff member acknowledges it. Its facts
 * are typed per code, so a screen words it from the catalogues and never parses a message.
 */

const Count = z.number().int().nonnegative();

export const storeNoticeDetails = {
  /** The main snapshot could not be read: it was set aside under `setAside` and last-good + journals used. */
  RECOVERED_FROM_LAST_GOOD: z.object({ setAside: z.string().min(1).max(200) }).strict(),
  /** A write a crash cut short (never acknowledged) was dropped from journal generation `journal`. */
  DISCARDED_UNACKNOWLEDGED_WRITE: z.object({ journal: z.number().int().positive() }).strict(),
  /** Folding the journal into the snapshot failed; the journal still holds everything. */
  BACKGROUND_FOLD_FAILED: z.object({ reason: z.enum(['STORE_FULL', 'STORE_FAILED']) }).strict(),
  /** Free space on the data folder's disk is below 200 MB or below 5 % of the disk. */
  DISK_LOW: z.object({ freeBytes: Count, totalBytes: Count }).strict(),
  /**
   * A line of the audit log is damaged (`line`), or entries are missing from it (`seqFrom`–`seqTo`
   * with no `line`); either is left as it is, never rewritten.
   */
  AUDIT_DAMAGED: z
    .object({
      file: z.string().min(1).max(200),
      line: z.number().int().positive().optional(),
      byteOffset: Count.optional(),
      seqFrom: z.number().int().positive().optional(),
      seqTo: z.number().int().positive().optional(),
    })
    .strict(),
  /** A staff member started the kiosk with `--accept-loss=<reportId>`. */
  LOSS_ACCEPTED: z.object({ reportId: z.string().min(1).max(64) }).strict(),
  /** An archive batch file is missing, short, or holds a damaged line. */
  ARCHIVE_DAMAGED: z
    .object({
      batch: z.string().min(1).max(200),
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      changes: Count.optional(),
      line: z.number().int().positive().optional(),
    })
    .strict(),
  /**
   * The data key is kept in a 0600 file (`file`) in the data folder, not by the OS key store:
   * the kiosk was started with `KIOSK_KEY_STORE=file` (issue 10), e.g. on Linux without a
   * keyring, where Electron's store would be a fixed password.
   */
  KEY_IN_FILE: z.object({ file: z.string().min(1).max(200) }).strict(),
} as const;

export type StoreNoticeCode = keyof typeof storeNoticeDetails;
export const storeNoticeCodes = Object.keys(storeNoticeDetails) as StoreNoticeCode[];
export type StoreNoticeDetails<C extends StoreNoticeCode> = z.infer<(typeof storeNoticeDetails)[C]>;

/** `N-` and a UUID, given when the notice is raised. */
export const NoticeId = z.string().regex(/^N-[0-9a-z-]{6,64}$/);
const Instant = z.iso.datetime({ offset: true });

function noticeShape<C extends StoreNoticeCode>(code: C) {
  return z
    .object({ id: NoticeId, code: z.literal(code), at: Instant, details: storeNoticeDetails[code] })
    .strict();
}

/** One notice, as kept in the store and as `store.notices` answers it. */
export const StoreNotice = z.discriminatedUnion('code', [
  noticeShape('RECOVERED_FROM_LAST_GOOD'),
  noticeShape('DISCARDED_UNACKNOWLEDGED_WRITE'),
  noticeShape('BACKGROUND_FOLD_FAILED'),
  noticeShape('DISK_LOW'),
  noticeShape('AUDIT_DAMAGED'),
  noticeShape('LOSS_ACCEPTED'),
  noticeShape('ARCHIVE_DAMAGED'),
  noticeShape('KEY_IN_FILE'),
]);
export type StoreNotice = z.infer<typeof StoreNotice>;
export type StoreNoticeOf<C extends StoreNoticeCode> = Extract<StoreNotice, { code: C }>;

/** A notice's code with its details, each code with its own: what a catalogue words. */
export type StoreNoticeFacts = {
  [C in StoreNoticeCode]: { code: C; details: StoreNoticeDetails<C> };
}[StoreNoticeCode];

/**
 * What a notice is about, beyond its code: raising the same code about the same subject while
 * one is still open adds nothing. A condition with one subject per kiosk (the disk, the fold)
 * says "". A recovery names the file it set aside, so a second, later recovery is its own notice.
 */
export function noticeSubject(notice: StoreNoticeFacts): string {
  switch (notice.code) {
    case 'RECOVERED_FROM_LAST_GOOD':
      return notice.details.setAside;
    case 'DISCARDED_UNACKNOWLEDGED_WRITE':
      return String(notice.details.journal);
    case 'BACKGROUND_FOLD_FAILED':
    case 'DISK_LOW':
      return '';
    case 'KEY_IN_FILE':
      return notice.details.file;
    case 'AUDIT_DAMAGED':
      // A damaged line is named by its number; entries missing from the file, by their seqs.
      return `${notice.details.file}:${notice.details.line ?? `${notice.details.seqFrom}-${notice.details.seqTo}`}`;
    case 'LOSS_ACCEPTED':
      return notice.details.reportId;
    case 'ARCHIVE_DAMAGED':
      return notice.details.batch;
  }
}

/** Whether two notices are about the same condition (same code, same subject). */
export function sameCondition(a: StoreNoticeFacts, b: StoreNoticeFacts): boolean {
  return a.code === b.code && noticeSubject(a) === noticeSubject(b);
}
