import type { AccountView } from '../../../shared/ipc/contract.js';
import type { ClientErrorCode } from '../bridge/kioskClient';
import { useInvoke } from './useInvoke';

export type AccountLoad =
  { kind: 'loading' } | { kind: 'ready'; account: AccountView } | { kind: 'failed'; code: ClientErrorCode };

/** Codes that mean "the national system cannot be asked now", not "something is wrong". */
export function isOfflineCode(code: ClientErrorCode): boolean {
  return code === 'OFFLINE' || code === 'UPSTREAM_UNAVAILABLE';
}

/** Reads the account afresh each time a screen appears, so a change made meanwhile shows. */
export function useAccountRead(): { load: AccountLoad; reload: () => void } {
  const { load, reload } = useInvoke('account.read', {});
  return { load: load.kind === 'ready' ? { kind: 'ready', account: load.value } : load, reload };
}
