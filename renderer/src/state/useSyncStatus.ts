import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../shared/ipc/contract.js';
import { useKiosk } from '../bridge/KioskProvider';
import { useInvoke } from './useInvoke';

/** The sync queue as the banner shows it: asked once, then kept fresh by the core's events. */
export function useSyncStatus(): SyncStatus | null {
  const kiosk = useKiosk();
  const [pushed, setPushed] = useState<SyncStatus | null>(null);
  const { load } = useInvoke('sync.status', {});
  useEffect(() => kiosk.on('sync.status', (status) => setPushed(status)), [kiosk]);
  // An event is newer than the first answer, whichever arrived first.
  return pushed ?? (load.kind === 'ready' ? load.value : null);
}
