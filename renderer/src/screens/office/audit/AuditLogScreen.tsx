import { useState } from 'react';
import { useKiosk } from '../../../bridge/KioskProvider';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFocusOnMount } from '../../../components/useFocusOnMount';
import { vietnamToday } from '../../../format/date';
import { useMessages } from '../../../i18n/useMessages';
import { saveOrDownload } from '../officeExport';
import type { ExportOutcome } from '../officeExport';
import type { OfficePageProps } from '../officePageProps';
import { AuditEntryList } from './AuditEntryList';
import { AuditFilters } from './AuditFilters';
import { ChainStatusBanner } from './ChainStatusBanner';
import { useAuditPage } from './useAuditPage';
import './AuditLogScreen.css';

type ExportState = { kind: 'idle' } | { kind: 'working' } | ExportOutcome;

/**
 * "Nhật ký": the hash-chained audit log for staff (issue 11, part A). The chain's state first,
 * then the filters, the entries newest first a page at a time, and the CSV of what is filtered.
 */
export function AuditLogScreen({ onHome }: OfficePageProps) {
  const t = useMessages();
  const words = t.auditLog;
  const kiosk = useKiosk();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const paging = useAuditPage();
  const [today] = useState(() => vietnamToday(Date.now()));
  const [exporting, setExporting] = useState<ExportState>({ kind: 'idle' });
  const { shown } = paging;

  const exportCsv = async () => {
    setExporting({ kind: 'working' });
    const filter = paging.filter;
    // Saved into a folder in Electron, downloaded on the web host (the report's way too).
    const outcome = await saveOrDownload({
      save: () => kiosk.invoke('audit.save', filter),
      download: { method: 'audit.export', args: filter },
    });
    setExporting(outcome.kind === 'cancelled' ? { kind: 'idle' } : outcome);
    // The export is itself an entry of the log: show it.
    if (outcome.kind !== 'failed') paging.reload();
  };

  return (
    <section className="screen office-page audit-log" aria-labelledby="office-audit-title">
      <h1 id="office-audit-title" ref={headingRef} tabIndex={-1}>
        {t.office.pages.audit}
      </h1>
      {shown !== undefined && <ChainStatusBanner chain={shown.chain} />}
      <AuditFilters
        filter={paging.filter}
        onChange={(filter) => {
          setExporting({ kind: 'idle' });
          paging.setFilter(filter);
        }}
        today={today}
        actions={shown?.actions ?? []}
        staffIds={shown?.staffIds ?? []}
        disabled={shown === undefined}
      />
      {paging.problem !== undefined && <ErrorNotice text={t.errors[paging.problem]} />}
      <div className="audit-log__list" aria-busy={paging.loading}>
        {shown === undefined ? (
          <p role="status">{words.loading}</p>
        ) : (
          <>
            <p className="audit-log__summary" role="status">
              {paging.loading ? words.loading : words.pageSummary(paging.pageNumber, shown.entries.length)}
            </p>
            <AuditEntryList
              entries={shown.entries}
              untrustedFromSeq={shown.chain.status === 'broken' ? shown.chain.untrustedFromSeq : undefined}
            />
          </>
        )}
      </div>
      {(paging.pageNumber > 1 || paging.hasNext) && (
        <div className="office-page__actions audit-log__paging">
          <button
            type="button"
            className="button button--secondary"
            disabled={paging.pageNumber === 1 || paging.loading}
            onClick={paging.previous}
          >
            {words.previousPage}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={!paging.hasNext || paging.loading}
            onClick={paging.next}
          >
            {words.nextPage}
          </button>
        </div>
      )}
      <div className="screen__footer">
        <p className="screen__footer-hint" role="status">
          {exporting.kind === 'working' && words.exporting}
          {exporting.kind === 'downloaded' && words.exported(exporting.fileName)}
          {exporting.kind === 'saved' && words.exported(exporting.file)}
        </p>
        {exporting.kind === 'failed' && <ErrorNotice text={t.errors[exporting.error.code]} />}
        <button
          data-action="primary"
          type="button"
          className="button button--primary"
          disabled={exporting.kind === 'working' || shown === undefined}
          onClick={() => void exportCsv()}
        >
          {words.exportCsv}
        </button>
        <button data-action="back" type="button" className="button button--secondary" onClick={onHome}>
          {t.office.backToKiosk}
        </button>
      </div>
    </section>
  );
}
