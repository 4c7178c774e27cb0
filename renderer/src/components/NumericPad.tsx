import { useMessages } from '../i18n/useMessages';
import './NumericPad.css';

interface NumericPadProps {
  onDigit: (digit: string) => void;
  onBackspace: () => void;
  onClear: () => void;
  onSubmit: () => void;
  submitLabel: string;
  disabled?: boolean;
}

const digitRows = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
];

/** A telephone-style pad: the layout older citizens know from their own phones. */
export function NumericPad({
  onDigit,
  onBackspace,
  onClear,
  onSubmit,
  submitLabel,
  disabled,
}: NumericPadProps) {
  const t = useMessages();
  return (
    <div className="numeric-pad" role="group" aria-label={t.pad.label}>
      <div className="numeric-pad__keys">
        {digitRows.flat().map((digit) => (
          <button
            key={digit}
            type="button"
            className="pad-key pad-key--digit"
            disabled={disabled}
            onClick={() => onDigit(digit)}
          >
            {digit}
          </button>
        ))}
        <button type="button" className="pad-key pad-key--edit" disabled={disabled} onClick={onClear}>
          {t.pad.clear}
        </button>
        <button
          type="button"
          className="pad-key pad-key--digit"
          disabled={disabled}
          onClick={() => onDigit('0')}
        >
          0
        </button>
        <button type="button" className="pad-key pad-key--edit" disabled={disabled} onClick={onBackspace}>
          <span className="pad-key__icon" aria-hidden="true">
            ⌫
          </span>
          {t.pad.backspace}
        </button>
      </div>
      <button
        type="button"
        className="button button--primary numeric-pad__submit"
        disabled={disabled}
        onClick={onSubmit}
      >
        {submitLabel}
      </button>
    </div>
  );
}
