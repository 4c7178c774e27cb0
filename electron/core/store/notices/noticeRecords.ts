import { sameCondition } from '../../../../shared/ipc/storeNotice.js';
import type { StoreNotice } from '../../../../shared/ipc/storeNotice.js';
import type { KioskDocument } from '../kioskDocument.js';

/**
 * A raised notice joins the open ones, unless it is already there (a replay) or an open notice
 * says the same thing (same code, same subject): the condition is shown once until acknowledged.
 */
export function applyNoticeRaised(doc: KioskDocument, notice: StoreNotice): void {
  if (doc.notices.some((open) => open.id === notice.id || sameCondition(open, notice))) return;
  doc.notices.push(structuredClone(notice));
}

/** An acknowledged notice leaves the document; acknowledging one that is gone changes nothing. */
export function applyNoticeAcknowledged(doc: KioskDocument, noticeId: string): void {
  const at = doc.notices.findIndex((open) => open.id === noticeId);
  if (at !== -1) doc.notices.splice(at, 1);
}
