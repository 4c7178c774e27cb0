import type { ChangeState } from '../domain/change.js';

export const receiptStatuses = ['waiting', 'processed', 'not-done', 'closed'] as const;
/** What the slip says the request stands at; always the queue's real state (DESIGN §7). */
export type ReceiptStatus = (typeof receiptStatuses)[number];

export function receiptStatusOf(state: ChangeState): ReceiptStatus {
  switch (state) {
    case 'pending':
    case 'sending':
    case 'blocked':
      return 'waiting';
    case 'applied':
    case 'duplicate':
      return 'processed';
    case 'rejected':
    case 'conflict':
      return 'not-done';
    case 'closed':
      return 'closed';
  }
}
