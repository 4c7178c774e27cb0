import './NumericPad.css';

/** One key of a pad: a character it types, or one of the two editing keys. */
export type PadKey =
  /** `face` is drawn on the key when the character itself cannot be seen (a space). */
  | { kind: 'char'; value: string; label?: string; face?: string; span?: number }
  | { kind: 'backspace'; span?: number }
  | { kind: 'clear'; span?: number };

interface KeyPadProps {
  /** The group's accessible name, e.g. "Bàn phím số". */
  label: string;
  keys: readonly PadKey[];
  columns: 3 | 5 | 10;
  onKey: (value: string) => void;
  onBackspace: () => void;
  onClear: () => void;
  onSubmit: () => void;
  submitLabel: string;
  backspaceLabel: string;
  clearLabel: string;
  disabled?: boolean;
  /** Smaller keys for pads with many of them (letters); still at least 72px tall. */
  compact?: boolean;
}

/** A pad of large keys with its own "Continue": nothing here needs a physical keyboard. */
export function KeyPad(props: KeyPadProps) {
  const { label, keys, columns, onKey, onBackspace, onClear, onSubmit, submitLabel, disabled } = props;
  return (
    <div
      className={props.compact === true ? 'numeric-pad numeric-pad--compact' : 'numeric-pad'}
      role="group"
      aria-label={label}
    >
      {/* Classes, not inline styles: the page's CSP allows style sheets from the bundle only. */}
      <div className={`numeric-pad__keys numeric-pad__keys--cols-${columns}`}>
        {keys.map((key, index) => {
          const span = key.span === undefined ? '' : ` pad-key--span-${key.span}`;
          if (key.kind === 'char') {
            return (
              <button
                key={`c-${key.value}`}
                type="button"
                className={`pad-key pad-key--digit${span}`}
                disabled={disabled}
                onClick={() => onKey(key.value)}
                aria-label={key.label}
              >
                {key.face ?? key.value}
              </button>
            );
          }
          return key.kind === 'clear' ? (
            <button
              key={`clear-${index}`}
              type="button"
              className={`pad-key pad-key--edit${span}`}
              disabled={disabled}
              onClick={onClear}
            >
              {props.clearLabel}
            </button>
          ) : (
            <button
              key={`back-${index}`}
              type="button"
              className={`pad-key pad-key--edit${span}`}
              disabled={disabled}
              onClick={onBackspace}
            >
              <span className="pad-key__icon" aria-hidden="true">
                ⌫
              </span>
              {props.backspaceLabel}
            </button>
          );
        })}
      </div>
      <button
        data-action="primary"
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

const char = (value: string, span?: number): PadKey =>
  span === undefined ? { kind: 'char', value } : { kind: 'char', value, span };

/** A telephone-style pad: the layout older citizens know from their own phones. */
export const digitKeys: readonly PadKey[] = [
  ...'123456789'.split('').map((digit) => char(digit)),
  { kind: 'clear' },
  char('0'),
  { kind: 'backspace' },
];

/** Lookup codes: hex digits and the dash printed in the middle of the code. */
export function referenceKeys(dashLabel: string): readonly PadKey[] {
  return [
    ...['1', '2', '3', 'A', 'B', '4', '5', '6', 'C', 'D', '7', '8', '9', 'E', 'F'].map((value) =>
      char(value),
    ),
    { kind: 'clear', span: 2 },
    char('0'),
    { kind: 'char', value: '-', label: dashLabel },
    { kind: 'backspace' },
  ];
}

/** Staff IDs such as CB01: digits, then the alphabet in order, which anyone can scan. */
export const staffIdKeys: readonly PadKey[] = [
  ...'1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((value) => char(value)),
  { kind: 'clear', span: 2 },
  { kind: 'backspace', span: 2 },
];
