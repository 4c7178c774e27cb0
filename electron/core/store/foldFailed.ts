import type { StoreNoticeDetails } from '../../../shared/ipc/storeNotice.js';
import { storeWriteError } from './appendWhole.js';
import type { StoreWrites } from './StoreWrites.js';

/**
 * A fold the store runs of its own accord (in the background, or after a migration at start)
 * failed: it is said, and the kiosk goes on. A full disk stops the store as surely as a failed
 * append: the sync engine must pause until a write goes through again. Any other failure leaves
 * appends working (the journal still holds everything the fold would have folded).
 */
export function foldFailed(
  error: unknown,
  what: string,
  writes: StoreWrites,
  notice: (code: 'BACKGROUND_FOLD_FAILED', details: StoreNoticeDetails<'BACKGROUND_FOLD_FAILED'>) => void,
): void {
  const failure = storeWriteError(error, `the snapshot (${what})`);
  console.warn(`kiosk store: ${what} failed: ${failure.message}`);
  if (failure.code === 'STORE_FULL') writes.failed(failure);
  notice('BACKGROUND_FOLD_FAILED', { reason: failure.code });
}
