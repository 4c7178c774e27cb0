import { storeNoticeText } from '../../../shared/i18n/storeNoticeWords.js';
import type { StoreNotice } from '../../../shared/ipc/contract.js';
import type { ClientErrorCode } from '../bridge/kioskClient';
import { formatDateTime } from '../format/date';
import { useMessages } from '../i18n/useMessages';
import { ErrorNotice } from './ErrorNotice';

interface StoreNoticesPanelProps {
  id: string;
  notices: readonly StoreNotice[];
  problem: ClientErrorCode | null;
  busyId: string | null;
  onAcknowledge: (noticeId: string) => void;
  onHide: () => void;
}

/** The open store notices, each in words with its time and an "Đã xem" button, for staff. */
export function StoreNoticesPanel({
  id,
  notices,
  problem,
  busyId,
  onAcknowledge,
  onHide,
}: StoreNoticesPanelProps) {
  const t = useMessages();
  const words = t.storeNotices;
  return (
    <section className="store-notices" id={id} aria-labelledby={`${id}-title`}>
      <div className="store-notices__head">
        <h2 className="store-notices__title" id={`${id}-title`}>
          {words.title}
        </h2>
        <button type="button" className="button button--secondary store-notices__hide" onClick={onHide}>
          {words.hide}
        </button>
      </div>
      {problem !== null && <ErrorNotice text={t.errors[problem]} />}
      <ul className="store-notices__list">
        {notices.map((notice) => {
          const text = storeNoticeText(words, notice);
          return (
            <li className="store-notices__item" key={notice.id}>
              <div className="store-notices__words">
                <p className="store-notices__item-title">{text.title}</p>
                <p>{text.body}</p>
                <p className="store-notices__time">{words.raisedAt(formatDateTime(notice.at))}</p>
              </div>
              <button
                type="button"
                className="button button--primary store-notices__seen"
                aria-label={words.acknowledgeLabel(text.title)}
                disabled={busyId !== null}
                onClick={() => onAcknowledge(notice.id)}
              >
                {words.acknowledge}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
