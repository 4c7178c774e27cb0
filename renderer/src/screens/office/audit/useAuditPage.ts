import { useCallback, useState } from 'react';
import type { AuditFilter, AuditPage } from '../../../../../shared/ipc/auditContract.js';
import type { ClientErrorCode } from '../../../bridge/kioskClient';
import { useInvoke } from '../../../state/useInvoke';

/** How many entries a page shows: about a screenful, so the page buttons are a short scroll away. */
const AUDIT_PAGE_SIZE = 10;

export interface AuditPaging {
  filter: AuditFilter;
  setFilter: (filter: AuditFilter) => void;
  /** 1 for the newest entries. */
  pageNumber: number;
  /** The last answer, kept on screen while the next one is on its way. */
  shown: AuditPage | undefined;
  loading: boolean;
  problem: ClientErrorCode | undefined;
  hasNext: boolean;
  next: () => void;
  previous: () => void;
  reload: () => void;
}

/**
 * The filter, the page and the entries of the audit log. Pages are found by the seq cursor the
 * core answers with; the cursors of the pages behind are kept, so "Trang trước" goes back to
 * exactly the page seen before. A new filter starts again from the newest entries.
 */
export function useAuditPage(): AuditPaging {
  const [filter, setFilterState] = useState<AuditFilter>({});
  const [cursors, setCursors] = useState<readonly number[]>([]);
  const [shown, setShown] = useState<AuditPage | undefined>(undefined);
  const before = cursors.at(-1);
  const { load, reload } = useInvoke(
    'audit.entries',
    { ...filter, limit: AUDIT_PAGE_SIZE, ...(before === undefined ? {} : { before }) },
    (response) => {
      if (response.ok) setShown(response.value);
    },
  );
  const setFilter = useCallback((next: AuditFilter) => {
    setFilterState(next);
    setCursors([]);
  }, []);
  const nextBefore = load.kind === 'ready' ? load.value.nextBefore : undefined;
  return {
    filter,
    setFilter,
    pageNumber: cursors.length + 1,
    shown,
    loading: load.kind === 'loading',
    problem: load.kind === 'failed' ? load.code : undefined,
    hasNext: nextBefore !== undefined,
    next: () => {
      if (nextBefore !== undefined) setCursors((kept) => [...kept, nextBefore]);
    },
    previous: () => setCursors((kept) => kept.slice(0, -1)),
    reload,
  };
}
