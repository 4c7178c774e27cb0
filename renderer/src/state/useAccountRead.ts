import { useCallback, useEffect, useState } from 'react';
import type { AccountView } from '../../../shared/ipc/contract.js';
import { useKiosk } from '../bridge/KioskProvider';
import type { ClientErrorCode } from '../bridge/kioskClient';

export type AccountLoad =
  { kind: 'loading' } | { kind: 'ready'; account: AccountView } | { kind: 'failed'; code: ClientErrorCode };

/** Codes that mean "the national system cannot be asked now", not "something is wrong". */
export function isOfflineCode(code: ClientErrorCode): boolean {
  return code === 'OFFLINE' || code === 'UPSTREAM_UNAVAILABLE';
}

/** Reads the account afresh each time a screen appears, so a change made meanwhile shows. */
export function useAccountRead(): { load: AccountLoad; reload: () => void } {
  const kiosk = useKiosk();
  const [load, setLoad] = useState<AccountLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void kiosk.invoke('account.read', {}).then((result) => {
      if (!current) return;
      setLoad(
        result.ok ? { kind: 'ready', account: result.value } : { kind: 'failed', code: result.error.code },
      );
    });
    return () => {
      current = false;
    };
  }, [kiosk, attempt]);

  const reload = useCallback(() => {
    setLoad({ kind: 'loading' });
    setAttempt((value) => value + 1);
  }, []);

  return { load, reload };
}
