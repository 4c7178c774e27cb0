import { useCallback, useEffect, useState } from 'react';
import type { StoreNotice } from '../../../shared/ipc/contract.js';
import { useKiosk } from '../bridge/KioskProvider';
import type { ClientErrorCode } from '../bridge/kioskClient';
import { useInvoke } from './useInvoke';

export interface StoreNotices {
  /** The open notices as last answered; empty until the first answer. */
  notices: readonly StoreNotice[];
  /** Why the last acknowledgement failed, until the next one. */
  problem: ClientErrorCode | null;
  /** The notice being acknowledged, while its call runs. */
  busyId: string | null;
  acknowledge: (noticeId: string) => void;
}

/**
 * The store's notices for the staff bar: asked when the bar appears (a staff member signed in)
 * and again whenever the core says they changed. The last answer stays shown while a new one
 * is on its way, so the count does not blink.
 */
export function useStoreNotices(): StoreNotices {
  const kiosk = useKiosk();
  const [notices, setNotices] = useState<readonly StoreNotice[]>([]);
  const [problem, setProblem] = useState<ClientErrorCode | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const { reload } = useInvoke('store.notices', {}, (response) => {
    if (response.ok) setNotices(response.value.notices);
  });
  useEffect(() => kiosk.on('store.noticesChanged', () => reload()), [kiosk, reload]);

  const acknowledge = useCallback(
    (noticeId: string) => {
      setBusyId(noticeId);
      setProblem(null);
      // invoke never rejects: a failure comes back as { ok: false } and is shown in the panel.
      void kiosk.invoke('store.acknowledgeNotice', { noticeId }).then((response) => {
        setBusyId(null);
        if (response.ok) {
          setNotices(response.value.notices);
          return;
        }
        // Someone else acknowledged it first: the list is simply out of date.
        if (response.error.code === 'NOTICE_NOT_FOUND') reload();
        else setProblem(response.error.code);
      });
    },
    [kiosk, reload],
  );

  return { notices, problem, busyId, acknowledge };
}
