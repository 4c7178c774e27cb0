import type { StoreNoticeWords } from '../storeNoticeWords.js';
import { freePercentText, sizeText } from '../storeNoticeWords.js';

/** For the staff member on duty: what happened to the kiosk's data, and what to do. */
export const storeNoticeWordsEn: StoreNoticeWords = {
  open: 'Data notices',
  title: 'Notices about this kiosk’s data',
  hide: 'Hide notices',
  raisedAt: (when: string) => `At ${when}`,
  acknowledge: 'Seen',
  acknowledgeLabel: (title: string) => `Seen: ${title}`,
  codes: {
    RECOVERED_FROM_LAST_GOOD: {
      title: 'Data restored from the copy',
      body: ({ setAside }) =>
        `The main data file was damaged and has been set aside (${setAside}). The kiosk used the last good copy and its journal; no request was lost.`,
    },
    DISCARDED_UNACKNOWLEDGED_WRITE: {
      title: 'An unfinished write was dropped',
      body: ({ journal }) =>
        `When the kiosk restarted, an unfinished write in journal ${journal} was dropped. It had never been confirmed to anyone, so no request was lost.`,
    },
    BACKGROUND_FOLD_FAILED: {
      title: 'The kiosk could not tidy its data',
      body: ({ reason }) =>
        reason === 'STORE_FULL'
          ? 'The kiosk could not fold its journal into the data file because the disk is full. The data is safe in the journal. Please free some disk space.'
          : 'The kiosk could not fold its journal into the data file. The data is safe in the journal. Please tell technical support.',
    },
    DISK_LOW: {
      title: 'The disk is almost full',
      body: (space) =>
        `Only ${sizeText(space.freeBytes, '.')} of ${sizeText(space.totalBytes, '.')} is free (${freePercentText(space, '.')}). Please free some space before the kiosk runs out.`,
    },
    AUDIT_DAMAGED: {
      title: 'A line of the activity log is damaged',
      body: ({ file, line, seqFrom, seqTo }) =>
        line === undefined
          ? `Log entries ${seqFrom ?? '?'}–${seqTo ?? '?'} are missing from ${file}. The kiosk keeps working and logging; please tell technical support and restore from a backup.`
          : `Line ${line} of ${file} is damaged. The kiosk keeps working; the damaged part is left as it is for checking. Please tell technical support.`,
    },
    LOSS_ACCEPTED: {
      title: 'A data loss was accepted',
      body: ({ reportId }) =>
        `The kiosk was started accepting loss report ${reportId}. Please check the requests it lists with the citizens concerned.`,
    },
    ARCHIVE_DAMAGED: {
      title: 'The request archive is damaged',
      body: ({ batch, changes, line }) =>
        line !== undefined
          ? `Line ${line} of archive file ${batch} is damaged; it is set aside and not read. Please restore the file from a backup.`
          : changes === undefined
            ? `Archive file ${batch} is missing or damaged. Please restore it from a backup.`
            : `Archive file ${batch} is missing or damaged (${changes} requests). Please restore it from a backup.`,
    },
    KEY_IN_FILE: {
      title: 'The data key is kept in a file',
      body: ({ file }) =>
        `This kiosk keeps the key to its data in the file ${file}, readable only by the kiosk's user account, because it was started with KIOSK_KEY_STORE=file instead of the computer's key store. Anyone who can sign in as that user, or copies the data folder, can read the data: keep the computer locked, and tell technical support if this was not intended.`,
    },
  },
};
