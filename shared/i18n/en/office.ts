import type { OfficeWords } from '../officeWords.js';

export const officeWordsEn: OfficeWords = {
  menu: 'Office',
  pages: {
    sync: 'Sync',
    report: 'Day report',
    audit: 'Audit log',
    staff: 'Staff accounts',
    pin: 'Change my PIN',
  },
  backToKiosk: 'Back to the main screen',
  loading: 'Opening the page…',
  loadFailed: 'This page could not be opened. Please try again; if it still fails, call technical support.',
  retry: 'Try again',
};
