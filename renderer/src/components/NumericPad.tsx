import { useMessages } from '../i18n/useMessages';
import { digitKeys, KeyPad } from './KeyPad';

interface NumericPadProps {
  onDigit: (digit: string) => void;
  onBackspace: () => void;
  onClear: () => void;
  onSubmit: () => void;
  submitLabel: string;
  disabled?: boolean;
}

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
    <KeyPad
      label={t.pad.label}
      keys={digitKeys}
      columns={3}
      onKey={onDigit}
      onBackspace={onBackspace}
      onClear={onClear}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      backspaceLabel={t.pad.backspace}
      clearLabel={t.pad.clear}
      {...(disabled === undefined ? {} : { disabled })}
    />
  );
}
