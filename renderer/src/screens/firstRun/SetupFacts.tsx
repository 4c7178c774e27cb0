import { useMessages } from '../../i18n/useMessages';

export interface SetupFactsValue {
  kioskId: string;
  communeName: string;
  supervisor: { staffId: string; displayName: string };
}

/** What the district IT provisioned, shown so the supervisor can check it is their kiosk and their name. */
export function SetupFacts({ facts }: { facts: SetupFactsValue }) {
  const t = useMessages();
  return (
    <dl className="setup-facts">
      <div className="setup-facts__row">
        <dt>{t.setup.commune}</dt>
        <dd>{facts.communeName}</dd>
      </div>
      <div className="setup-facts__row">
        <dt>{t.setup.kioskId}</dt>
        <dd>{facts.kioskId}</dd>
      </div>
      <div className="setup-facts__row">
        <dt>{t.setup.supervisor}</dt>
        <dd>
          {facts.supervisor.displayName} <span className="setup-facts__id">({facts.supervisor.staffId})</span>
        </dd>
      </div>
    </dl>
  );
}
