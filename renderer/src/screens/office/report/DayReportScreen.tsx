import { useState } from 'react';
import type { ReportFormat } from '../../../../../shared/ipc/reportContract.js';
import { useKiosk } from '../../../bridge/KioskProvider';
import type { ClientError } from '../../../bridge/kioskClient';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFocusOnMount } from '../../../components/useFocusOnMount';
import { formatCalendarDate } from '../../../format/date';
import { useMessages } from '../../../i18n/useMessages';
import type { OfficePageProps } from '../officePageProps';
import { hostSavesAndPrints, saveOrDownload } from '../officeExport';
import type { ExportOutcome } from '../officeExport';
import { DayPicker } from './DayPicker';
import { ReportFigures } from './ReportFigures';
import { ReportRequests } from './ReportRequests';
import './DayReportScreen.css';
import { useInvoke } from '../../../state/useInvoke';

type Busy = ReportFormat | 'print' | null;
/** What the last action came to; put in words when shown, so a language switch applies to it too. */
type Said =
  Exclude<ExportOutcome, { kind: 'cancelled' }> | { kind: 'printed' } | { kind: 'not-printed' } | null;

/** "Báo cáo ngày": the chosen day's figures and requests, exported as PDF or CSV, or printed. */
export function DayReportScreen({ onHome }: OfficePageProps) {
  const t = useMessages();
  const words = t.dayReport;
  const kiosk = useKiosk();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [day, setDay] = useState<string | undefined>(undefined);
  // The core's today until staff choose another day.
  const { load, reload } = useInvoke('report.day', day === undefined ? {} : { day });
  const [busy, setBusy] = useState<Busy>(null);
  const [said, setSaid] = useState<Said>(null);
  const report = load.kind === 'ready' ? load.value : undefined;
  // The days known from the last report shown, so the picker stays while the next one loads.
  const [range, setRange] = useState<{ earliestDay: string; latestDay: string } | undefined>(undefined);
  if (
    report !== undefined &&
    (range?.earliestDay !== report.earliestDay || range.latestDay !== report.latestDay)
  ) {
    setRange({ earliestDay: report.earliestDay, latestDay: report.latestDay });
  }
  const shownDay = report?.day ?? day;

  const errorText = (error: ClientError): string =>
    error.code === 'REPORT_DAY_NOT_AVAILABLE' && 'details' in error
      ? words.dayNotAvailable(
          formatCalendarDate(error.details.earliestDay ?? error.details.latestDay),
          formatCalendarDate(error.details.latestDay),
        )
      : t.errors[error.code];

  const choose = (next: string) => {
    setSaid(null);
    setDay(next);
  };

  async function exportAs(format: ReportFormat) {
    if (report === undefined) return;
    setBusy(format);
    setSaid(null);
    const args = { day: report.day, format };
    const outcome: ExportOutcome = await saveOrDownload({
      save: () => kiosk.invoke('report.save', args),
      download: { method: 'report.export', args },
    });
    setBusy(null);
    setSaid(outcome.kind === 'cancelled' ? null : outcome);
  }

  async function print() {
    if (report === undefined) return;
    setBusy('print');
    setSaid(null);
    const answer = await kiosk.invoke('report.print', { day: report.day });
    setBusy(null);
    setSaid(
      !answer.ok
        ? { kind: 'failed', error: answer.error }
        : { kind: answer.value.printed ? 'printed' : 'not-printed' },
    );
  }

  return (
    <section
      className="screen office-page day-report"
      aria-labelledby="office-report-title"
      aria-busy={load.kind === 'loading'}
    >
      <h1 id="office-report-title" ref={headingRef} tabIndex={-1}>
        {words.title}
      </h1>
      {range !== undefined && shownDay !== undefined && (
        <DayPicker
          day={shownDay}
          earliestDay={range.earliestDay}
          latestDay={range.latestDay}
          onChoose={choose}
        />
      )}

      {load.kind === 'loading' && (
        <p className="day-report__loading" role="status">
          {words.loading}
        </p>
      )}
      {load.kind === 'failed' && (
        <div className="day-report__failed">
          <ErrorNotice text={errorText(load.error)} />
          <button type="button" className="button button--primary" onClick={reload}>
            {t.office.retry}
          </button>
        </div>
      )}
      {report !== undefined && (
        <>
          <p className="day-report__meta">
            {words.commune}: <strong>{report.communeName}</strong> · {words.kiosk}:{' '}
            <strong>{report.kioskId}</strong>
          </p>
          <ReportFigures report={report} />
          <ReportRequests requests={report.requests} />
        </>
      )}

      <div className="office-page__actions screen__footer day-report__actions">
        <div className="day-report__said" aria-live="polite">
          {said?.kind === 'saved' && <p className="notice notice--info">{words.saved(said.file)}</p>}
          {said?.kind === 'downloaded' && (
            <p className="notice notice--info">
              {words.downloaded} {said.fileName}
            </p>
          )}
          {said?.kind === 'printed' && <p className="notice notice--info">{words.printed}</p>}
        </div>
        {said?.kind === 'failed' && <ErrorNotice text={errorText(said.error)} />}
        {said?.kind === 'not-printed' && <ErrorNotice text={words.notPrinted} />}
        <div className="day-report__buttons">
          <button
            data-action="primary"
            type="button"
            className="button button--primary"
            disabled={report === undefined || busy !== null}
            onClick={() => void exportAs('pdf')}
          >
            {words.downloadPdf}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={report === undefined || busy !== null}
            onClick={() => void exportAs('csv')}
          >
            {words.downloadCsv}
          </button>
          {hostSavesAndPrints() && (
            <button
              type="button"
              className="button button--secondary"
              disabled={report === undefined || busy !== null}
              onClick={() => void print()}
            >
              {words.print}
            </button>
          )}
          <button data-action="back" type="button" className="button button--secondary" onClick={onHome}>
            {t.office.backToKiosk}
          </button>
        </div>
      </div>
    </section>
  );
}
