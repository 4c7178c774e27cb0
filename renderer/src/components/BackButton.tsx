import { useMessages } from '../i18n/useMessages';

interface BackButtonProps {
  onBack: () => void;
  disabled?: boolean;
  /** Words of its own where "Quay lại" would not say what it does ("Không phải, nhập lại"). */
  label?: string;
}

/** "← Quay lại": a screen's way back, marked for the layout check (`data-action="back"`). */
export function BackButton({ onBack, disabled = false, label }: BackButtonProps) {
  const t = useMessages();
  return (
    <button
      data-action="back"
      type="button"
      className="button button--secondary"
      onClick={onBack}
      disabled={disabled}
    >
      <span aria-hidden="true">←</span> {label ?? t.common.back}
    </button>
  );
}
