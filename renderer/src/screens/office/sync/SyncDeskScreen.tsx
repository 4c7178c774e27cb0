import { useState } from 'react';
import { storeNoticeText } from '../../../../../shared/i18n/storeNoticeWords.js';
import type { DeskOverview } from '../../../../../shared/ipc/deskContract.js';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFocusOnMount } from '../../../components/useFocusOnMount';
import { formatDateTime } from '../../../format/date';
import { useMessages } from '../../../i18n/useMessages';
import type { Messages } from '../../../i18n/useMessages';
import type { OfficePageProps } from '../officePageProps';
import { CloseChangeDialog } from './CloseChangeDialog';
import { DeskItemCard } from './DeskItemCard';
import { useSyncDesk } from './useSyncDesk';
import type { DeskDone } from './useSyncDesk';
import './SyncDesk.css';

function doneText(t: Messages, done: DeskDone): string {
  switch (done.kind) {
    case 'resent':
      return t.desk.resent(done.reference);
    case 'closed':
      return t.desk.closed(done.reference);
    case 'sendNow':
      return t.desk.sendNowAsked;
    case 'failed':
      return t.errors[done.code];
  }
}

/** The sync desk ("Đồng bộ", issue 11): the queue at a glance, what needs staff, and the notices. */
export function SyncDeskScreen({ onHome }: OfficePageProps) {
  const t = useMessages();
  const d = t.desk;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const desk = useSyncDesk();
  const [closing, setClosing] = useState<string | null>(null);
  const [closeError, setCloseError] = useState<string | null>(null);
  const { overview } = desk;
  const closingItem = overview?.items.find((item) => item.changeId === closing);
  return (
    <section className="screen office-page sync-desk" aria-labelledby="office-sync-title">
      <h1 id="office-sync-title" ref={headingRef} tabIndex={-1}>
        {t.office.pages.sync}
      </h1>
      <p className="sync-desk__intro">{d.intro}</p>
      <p className="sync-desk__done" role="status">
        {desk.done === null ? '' : doneText(t, desk.done)}
      </p>
      {overview === null ? (
        desk.loadProblem === null ? (
          <p className="office-loading">{t.office.loading}</p>
        ) : (
          <div className="sync-desk__problem">
            <ErrorNotice text={`${d.loadFailed} ${t.errors[desk.loadProblem]}`} />
            <button
              data-action="primary"
              type="button"
              className="button button--primary"
              onClick={desk.reload}
            >
              {d.retry}
            </button>
          </div>
        )
      ) : (
        <>
          <DeskSummary overview={overview} busy={desk.busy} onSendNow={desk.sendNow} />
          <section className="sync-desk__list" aria-labelledby="desk-list-title">
            <h2 id="desk-list-title">{d.listTitle}</h2>
            {overview.items.length === 0 ? (
              <p>{d.empty}</p>
            ) : (
              <>
                {overview.totalItems > overview.items.length && (
                  <p>{d.more(overview.items.length, overview.totalItems)}</p>
                )}
                <ul className="desk-items">
                  {overview.items.map((item) => (
                    <DeskItemCard
                      key={item.changeId}
                      item={item}
                      busy={desk.busy}
                      onResend={() => desk.resend(item.changeId, item.reference)}
                      onClose={() => {
                        setCloseError(null);
                        setClosing(item.changeId);
                      }}
                    />
                  ))}
                </ul>
              </>
            )}
          </section>
          <section className="sync-desk__notices" aria-labelledby="desk-notices-title">
            <h2 id="desk-notices-title">{d.noticesTitle}</h2>
            {overview.notices.length === 0 ? (
              <p>{d.noNotices}</p>
            ) : (
              <ul className="desk-notices">
                {overview.notices.map((notice) => {
                  const text = storeNoticeText(t.storeNotices, notice);
                  return (
                    <li key={notice.id} className="desk-notice">
                      <div>
                        <p className="desk-notice__title">{text.title}</p>
                        <p>{text.body}</p>
                        <p className="desk-notice__time">
                          {t.storeNotices.raisedAt(formatDateTime(notice.at))}
                        </p>
                      </div>
                      <button
                        type="button"
                        className="button button--primary"
                        aria-label={t.storeNotices.acknowledgeLabel(text.title)}
                        disabled={desk.busy}
                        onClick={() => desk.acknowledge(notice.id)}
                      >
                        {t.storeNotices.acknowledge}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </>
      )}
      <div className="office-page__actions">
        <button data-action="back" type="button" className="button button--secondary" onClick={onHome}>
          {t.office.backToKiosk}
        </button>
      </div>
      {closingItem !== undefined && (
        <CloseChangeDialog
          item={closingItem}
          busy={desk.busy}
          error={closeError}
          onCancel={() => setClosing(null)}
          onConfirm={(reason, note) => {
            // close() resolves with whether it went through; the bridge never rejects.
            void desk.close(closingItem.changeId, closingItem.reference, reason, note).then((closed) => {
              if (closed) setClosing(null);
              else setCloseError(t.errors.CHANGE_NOT_CLOSABLE);
            });
          }}
        />
      )}
    </section>
  );
}

interface DeskSummaryProps {
  overview: DeskOverview;
  busy: boolean;
  onSendNow: () => void;
}

/** The top of the desk: the counts, the connection, the last success and error, the ageing. */
function DeskSummary({ overview, busy, onSendNow }: DeskSummaryProps) {
  const t = useMessages();
  const d = t.desk;
  const { counts, ageing } = overview;
  return (
    <div className="sync-desk__summary">
      <ul className="desk-counts">
        {(['pending', 'sending', 'blocked', 'needsStaff'] as const).map((name) => (
          <li
            key={name}
            className={
              name === 'needsStaff' && counts[name] > 0 ? 'desk-count desk-count--alert' : 'desk-count'
            }
          >
            <span className="desk-count__value">{counts[name]}</span>
            <span className="desk-count__label">{d.counts[name]}</span>
          </li>
        ))}
      </ul>
      <div className="sync-desk__status">
        <p className={`desk-connection desk-connection--${overview.connection}`}>
          {d.connection[overview.connection]}
        </p>
        <p>
          {overview.lastSuccessAt === undefined
            ? d.neverSucceeded
            : d.lastSuccess(formatDateTime(overview.lastSuccessAt))}
        </p>
        {overview.lastError !== undefined && <p>{d.lastError(d.syncErrors[overview.lastError.code])}</p>}
        <button
          data-action="primary"
          type="button"
          className="button button--primary sync-desk__send"
          disabled={busy}
          onClick={onSendNow}
        >
          {d.sendNow}
        </button>
      </div>
      <div className={`desk-ageing desk-ageing--${ageing.level}`}>
        <p className="desk-ageing__title">
          {d.ageingTitle}: <strong>{d.ageing[ageing.level]}</strong>
        </p>
        <p>
          {ageing.oldestUnsentAgeMs === undefined
            ? d.nothingUnsent
            : d.oldest(d.duration(ageing.oldestUnsentAgeMs))}
        </p>
        <p className="desk-ageing__thresholds">
          {d.thresholds(d.duration(ageing.warnMs), d.duration(ageing.escalateMs))}
        </p>
      </div>
    </div>
  );
}
