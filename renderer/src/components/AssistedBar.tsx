import { useMessages } from '../i18n/useMessages';

interface AssistedBarProps {
  staffId: string;
  displayName: string | undefined;
  onSignOut: () => void;
}

/** Always in view while a staff member is signed in: who is responsible, and the way out. */
export function AssistedBar({ staffId, displayName, onSignOut }: AssistedBarProps) {
  const t = useMessages();
  return (
    <div className="assisted-bar" role="region" aria-label={t.staff.bar(staffId)}>
      <p className="assisted-bar__text">
        <strong>{t.staff.bar(staffId)}</strong>
        {displayName !== undefined && displayName !== '' && (
          <span className="assisted-bar__name">{displayName}</span>
        )}
      </p>
      <button type="button" className="button button--secondary assisted-bar__sign-out" onClick={onSignOut}>
        {t.staff.signOut}
      </button>
    </div>
  );
}
