import type { StoreNoticeCode, StoreNoticeDetails, StoreNoticeFacts } from '../ipc/storeNotice.js';

/** How a catalogue words one code: a short title, and a sentence built from the notice's facts. */
export interface StoreNoticeText<C extends StoreNoticeCode> {
  title: string;
  body: (details: StoreNoticeDetails<C>) => string;
}

/** The staff bar's notices about the kiosk's data (issue 9), for staff, in plain words. */
export interface StoreNoticeWords {
  /** The bar's button that opens the list (the count is beside it, as a badge). */
  open: string;
  /** The list's title. */
  title: string;
  hide: string;
  /** When it was raised, already formatted dd/mm/yyyy HH:mm. */
  raisedAt: (when: string) => string;
  /** The button that acknowledges one notice. */
  acknowledge: string;
  /** The same button's accessible name, which says which notice it acknowledges. */
  acknowledgeLabel: (title: string) => string;
  codes: { readonly [C in StoreNoticeCode]: StoreNoticeText<C> };
}

/** The title and the sentence for one notice, in the catalogue's language. */
export function storeNoticeText(
  words: StoreNoticeWords,
  notice: StoreNoticeFacts,
): { title: string; body: string } {
  // The union of per-code texts cannot be called with the union of details; the code pairs them.
  const text = words.codes[notice.code] as StoreNoticeText<typeof notice.code>;
  return {
    title: text.title,
    body: (text.body as (details: typeof notice.details) => string)(notice.details),
  };
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/** A size as people read it: "850 MB", or "1,5 GB" with the language's decimal mark. */
export function sizeText(bytes: number, decimalMark: ',' | '.'): string {
  if (bytes >= GIB) return `${(bytes / GIB).toFixed(1).replace('.', decimalMark)} GB`;
  return `${Math.floor(bytes / MIB)} MB`;
}

/** The free share of the disk: "0,2%" with one decimal under 10 %, whole above ("12%"). */
export function freePercentText(
  details: { freeBytes: number; totalBytes: number },
  decimalMark: ',' | '.',
): string {
  if (details.totalBytes <= 0) return '0%';
  const share = (100 * details.freeBytes) / details.totalBytes;
  const shown = share < 10 ? (Math.floor(share * 10) / 10).toFixed(1) : String(Math.floor(share));
  return `${shown.replace('.', decimalMark)}%`;
}
