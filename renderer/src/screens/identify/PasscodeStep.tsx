import { DigitSlots } from '../../components/DigitSlots';
import { useMessages } from '../../i18n/useMessages';
import { EntryStep } from '../EntryStep';
import { EnteredFacts } from './EnteredFacts';
import { CODE_GROUPS, IDENTIFY_STEPS } from './stepParts';
import type { PadHandlers } from './stepParts';

interface PasscodeStepProps extends PadHandlers {
  idDigits: string;
  code: string;
  error: string | null;
  busy: boolean;
  /** Too many wrong codes for this ID: the pad is off until the lockout ends; `error` says why. */
  locked: boolean;
  onSubmit: () => void;
}

/** Step 4 by passcode: the six digits are never shown. */
export function PasscodeStep({ idDigits, code, error, busy, locked, onSubmit, ...pad }: PasscodeStepProps) {
  const t = useMessages();
  return (
    <EntryStep
      key="passcode"
      stepLabel={t.identify.step(4, IDENTIFY_STEPS)}
      title={t.identify.passcodeTitle}
      hint={t.identify.passcodeHint}
      context={<EnteredFacts idDigits={idDigits} />}
      fieldLabel={t.identify.passcodeLabel}
      field={<DigitSlots groups={CODE_GROUPS} value={code} masked />}
      progress={t.identify.passcodeProgress(code.length)}
      error={error}
      busy={busy}
      padDisabled={locked}
      onSubmit={onSubmit}
      {...pad}
    />
  );
}
