import { Component, lazy, Suspense } from 'react';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { OfficePage } from '../../../../shared/i18n/officeWords.js';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useMessages } from '../../i18n/useMessages';
import type { OfficePageProps } from './officePageProps';
import './OfficeScreen.css';

/**
 * Each office page is its own chunk, loaded the first time staff open it: the citizen's first
 * load (the renderer budget) carries none of them.
 */
const pages: Readonly<Record<OfficePage, LazyExoticComponent<ComponentType<OfficePageProps>>>> = {
  sync: lazy(() => import('./sync/SyncDeskScreen').then((module) => ({ default: module.SyncDeskScreen }))),
  report: lazy(() =>
    import('./report/DayReportScreen').then((module) => ({ default: module.DayReportScreen })),
  ),
  audit: lazy(() => import('./audit/AuditLogScreen').then((module) => ({ default: module.AuditLogScreen }))),
  staff: lazy(() =>
    import('./staff/StaffAdminScreen').then((module) => ({ default: module.StaffAdminScreen })),
  ),
  pin: lazy(() => import('./pin/ChangePinScreen').then((module) => ({ default: module.ChangePinScreen }))),
};

interface OfficeScreenProps extends OfficePageProps {
  page: OfficePage;
}

/** The frame of the office pages: the page's chunk, a line while it loads, a way on if it cannot. */
export function OfficeScreen({ page, staff, onHome }: OfficeScreenProps) {
  const Page = pages[page];
  return (
    <LoadFailureBoundary key={page} onHome={onHome}>
      <Suspense fallback={<OfficeLoading />}>
        <Page staff={staff} onHome={onHome} />
      </Suspense>
    </LoadFailureBoundary>
  );
}

function OfficeLoading() {
  const t = useMessages();
  return (
    <p className="office-loading" role="status">
      {t.office.loading}
    </p>
  );
}

function OfficeLoadFailed({ onRetry, onHome }: { onRetry: () => void; onHome: () => void }) {
  const t = useMessages();
  return (
    <section className="screen office-page" aria-labelledby="office-failed-title">
      <h1 id="office-failed-title">{t.office.menu}</h1>
      <ErrorNotice text={t.office.loadFailed} />
      <div className="office-page__actions">
        <button data-action="primary" type="button" className="button button--primary" onClick={onRetry}>
          {t.office.retry}
        </button>
        <button data-action="back" type="button" className="button button--secondary" onClick={onHome}>
          {t.office.backToKiosk}
        </button>
      </div>
    </section>
  );
}

interface BoundaryProps {
  onHome: () => void;
  children: ReactNode;
}

/** A chunk that fails to load (a damaged install) shows a way on instead of a blank kiosk. */
class LoadFailureBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <OfficeLoadFailed onRetry={() => this.setState({ failed: false })} onHome={this.props.onHome} />;
  }
}
