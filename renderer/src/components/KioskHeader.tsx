import { useLanguage } from '../i18n/LanguageProvider';

/** Names the place first: a citizen should see at a glance that this is their commune's kiosk. */
export function KioskHeader({ communeName }: { communeName: string | undefined }) {
  const { messages: t, setLanguage } = useLanguage();
  const target = t.language.switchToLang;
  return (
    <header className="kiosk-header">
      <span className="kiosk-header__mark" aria-hidden="true">
        VNeID
      </span>
      <div className="kiosk-header__text">
        <span className="kiosk-header__app">{t.appName}</span>
        {communeName !== undefined && <span className="kiosk-header__commune">{communeName}</span>}
      </div>
      {/* Written in the language it switches to, so whoever reads that language finds it. */}
      <button
        type="button"
        className="language-toggle"
        lang={target}
        aria-label={t.language.switchToLabel}
        onClick={() => setLanguage(target)}
      >
        <GlobeIcon />
        <span>{t.language.switchTo}</span>
      </button>
    </header>
  );
}

function GlobeIcon() {
  return (
    <svg viewBox="0 0 24 24" width="36" height="36" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <ellipse cx="12" cy="12" rx="4.2" ry="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M2.5 12h19M4.5 7h15M4.5 17h15" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
