import { useFocusOnMount } from '../../../components/useFocusOnMount';
import { useMessages } from '../../../i18n/useMessages';
import type { OfficePageProps } from '../officePageProps';

/** The "sync" office page; its content is built in issue 11's part for it. */
export function SyncDeskScreen({ onHome }: OfficePageProps) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="screen office-page" aria-labelledby="office-sync-title">
      <h1 id="office-sync-title" ref={headingRef} tabIndex={-1}>
        {t.office.pages.sync}
      </h1>
      <div className="office-page__actions">
        <button type="button" className="button button--secondary" onClick={onHome}>
          {t.office.backToKiosk}
        </button>
      </div>
    </section>
  );
}
