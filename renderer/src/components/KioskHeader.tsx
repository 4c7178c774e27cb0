import { useMessages } from '../i18n/useMessages';

/** Names the place first: a citizen should see at a glance that this is their commune's kiosk. */
export function KioskHeader({ communeName }: { communeName: string | undefined }) {
  const t = useMessages();
  return (
    <header className="kiosk-header">
      <span className="kiosk-header__mark" aria-hidden="true">
        VNeID
      </span>
      <div className="kiosk-header__text">
        <span className="kiosk-header__app">{t.appName}</span>
        {communeName !== undefined && <span className="kiosk-header__commune">{communeName}</span>}
      </div>
    </header>
  );
}
