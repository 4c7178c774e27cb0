import { useMessages } from '../i18n/useMessages';

interface BackButtonProps {
  onBack: () => void;
  disabled?: boolean;
}

/** "← Quay lại": a screen's way back, marked for the layout check (`data-action="back"`). */
export function BackButton({ onBack, disabled = false }: BackButtonProps) {
  const t = useMessages();
  return (
    <button
      data-action="back"
      type="button"
      className="button button--secondary"
      onClick={onBack}
      disabled={disabled}
    >
      <span aria-hidden="true">←</span> {t.common.back}
    </button>
  );
}
