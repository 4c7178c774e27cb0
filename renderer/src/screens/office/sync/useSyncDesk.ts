import { useCallback, useEffect, useState } from 'react';
import type { CloseReason } from '../../../../../shared/domain/closeReason.js';
import type { DeskOverview } from '../../../../../shared/ipc/deskContract.js';
import { useKiosk } from '../../../bridge/KioskProvider';
import type { ClientErrorCode, ClientResponse } from '../../../bridge/kioskClient';
import { useInvoke } from '../../../state/useInvoke';

const RELOAD_AT_MOST_EVERY_MS = 500;

/** What the desk last did, for its one status line. */
export type DeskDone =
  | { kind: 'resent'; reference: string }
  | { kind: 'closed'; reference: string }
  | { kind: 'sendNow' }
  | { kind: 'failed'; code: ClientErrorCode };

export interface SyncDesk {
  overview: DeskOverview | null;
  /** The first read failed (nothing to show yet). */
  loadProblem: ClientErrorCode | null;
  busy: boolean;
  done: DeskDone | null;
  reload: () => void;
  resend: (changeId: string, reference: string) => void;
  close: (changeId: string, reference: string, reason: CloseReason, note: string) => Promise<boolean>;
  sendNow: () => void;
  acknowledge: (noticeId: string) => void;
}

/**
 * The desk's data: asked once, asked again whenever the core says the queue, the sync status or
 * the notices moved, and replaced by each action's own answer (every desk method answers the
 * overview), so the list never shows a change as it was before the tap.
 */
export function useSyncDesk(): SyncDesk {
  const kiosk = useKiosk();
  const [overview, setOverview] = useState<DeskOverview | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<DeskDone | null>(null);
  const { load, reload } = useInvoke('desk.overview', {}, (response) => {
    if (response.ok) setOverview(response.value);
  });
  useEffect(() => {
    // A drain fires an event per change: the desk asks again at most twice a second.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        reload();
      }, RELOAD_AT_MOST_EVERY_MS);
    };
    const stops = [
      kiosk.on('sync.status', soon),
      kiosk.on('change.updated', soon),
      kiosk.on('store.noticesChanged', soon),
    ];
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, [kiosk, reload]);

  const settle = useCallback(
    (response: ClientResponse<DeskOverview>, success: DeskDone): boolean => {
      setBusy(false);
      if (response.ok) {
        setOverview(response.value);
        setDone(success);
        return true;
      }
      setDone({ kind: 'failed', code: response.error.code });
      // The list may be out of date (someone else acted on it): read it again.
      reload();
      return false;
    },
    [reload],
  );

  const resend = useCallback(
    (changeId: string, reference: string) => {
      setBusy(true);
      // invoke never rejects: the outcome is shown in the desk's status line.
      void kiosk
        .invoke('desk.resend', { changeId })
        .then((response) => settle(response, { kind: 'resent', reference }));
    },
    [kiosk, settle],
  );

  const close = useCallback(
    async (changeId: string, reference: string, reason: CloseReason, note: string) => {
      setBusy(true);
      const trimmed = note.trim();
      const response = await kiosk.invoke('desk.close', {
        changeId,
        reason,
        ...(trimmed === '' ? {} : { note: trimmed }),
      });
      return settle(response, { kind: 'closed', reference });
    },
    [kiosk, settle],
  );

  const sendNow = useCallback(() => {
    setBusy(true);
    // invoke never rejects: the outcome is shown in the desk's status line.
    void kiosk.invoke('desk.sendNow', {}).then((response) => settle(response, { kind: 'sendNow' }));
  }, [kiosk, settle]);

  const acknowledge = useCallback(
    (noticeId: string) => {
      setBusy(true);
      // invoke never rejects; the notices are read again with the overview either way.
      void kiosk.invoke('store.acknowledgeNotice', { noticeId }).then((response) => {
        setBusy(false);
        if (!response.ok && response.error.code !== 'NOTICE_NOT_FOUND')
          setDone({ kind: 'failed', code: response.error.code });
        reload();
      });
    },
    [kiosk, reload],
  );

  return {
    overview,
    loadProblem: overview === null && load.kind === 'failed' ? load.code : null,
    busy,
    done,
    reload,
    resend,
    close,
    sendNow,
    acknowledge,
  };
}
