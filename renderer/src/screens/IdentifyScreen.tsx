import { useState } from 'react';
import { maskIdNumber } from '../../../shared/domain/masking.js';
import {
  checkIdNumberPrefix,
  ID_NUMBER_LENGTH,
  idNumberErrorMessage,
  parseIdNumber,
} from '../../../shared/rules/idNumber.js';
import { useKiosk } from '../bridge/KioskProvider';
import { DigitSlots } from '../components/DigitSlots';
import { groupIdNumberDigits } from '../format/idNumber';
import { useMessages } from '../i18n/useMessages';
import { EntryStep } from './EntryStep';

const PASSCODE_LENGTH = 6;
const ID_GROUPS = [3, 3, 6] as const;
const PASSCODE_GROUPS = [PASSCODE_LENGTH] as const;

interface IdentifyScreenProps {
  onBack: () => void;
  onVerified: () => void;
}

/**
 * Step 1 the personal ID number, step 2 the passcode. The number is shown in full only while
 * it is typed; the passcode is never shown, and neither leaves this screen's state except in
 * the one call that verifies them.
 */
export function IdentifyScreen({ onBack, onVerified }: IdentifyScreenProps) {
  const t = useMessages();
  const kiosk = useKiosk();
  const [step, setStep] = useState<'id' | 'passcode'>('id');
  const [idDigits, setIdDigits] = useState('');
  const [passcode, setPasscode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The rules need "now" for births in the future; a screen lasts minutes, so once is enough.
  const [openedAt] = useState(() => Date.now());

  const onIdStep = step === 'id';
  const setValue = onIdStep ? setIdDigits : setPasscode;
  const maxLength = onIdStep ? ID_NUMBER_LENGTH : PASSCODE_LENGTH;

  // Point at a wrong province or birth year as soon as the digits show it, not after all 12.
  const prefix = onIdStep ? checkIdNumberPrefix(idDigits, { now: openedAt }) : undefined;
  const liveProblem = prefix?.ok === false ? idNumberErrorMessage(prefix.error, t.identify.rules) : null;

  function typeDigit(digit: string) {
    setError(null);
    setValue((value) => (value.length >= maxLength ? value : value + digit));
  }

  function erase() {
    setError(null);
    setValue((value) => value.slice(0, -1));
  }

  function clearAll() {
    setError(null);
    setValue('');
  }

  function back() {
    setError(null);
    if (onIdStep) {
      onBack();
    } else {
      setPasscode('');
      setStep('id');
    }
  }

  async function submit() {
    if (busy) return;
    if (onIdStep) {
      const parsed = parseIdNumber(idDigits, { now: Date.now() });
      if (!parsed.ok) {
        setError(idNumberErrorMessage(parsed.error, t.identify.rules));
        return;
      }
      setError(null);
      setStep('passcode');
      return;
    }
    if (passcode.length !== PASSCODE_LENGTH) {
      setError(t.identify.passcodeWrongLength);
      return;
    }
    setBusy(true);
    const result = await kiosk.invoke('session.verifyPasscode', { idNumber: idDigits, passcode });
    if (result.ok) {
      onVerified();
      return;
    }
    setBusy(false);
    setPasscode('');
    if (result.error.code === 'INVALID_ID_NUMBER') setStep('id');
    setError(t.errors[result.error.code]);
  }

  const handlers = {
    onDigit: typeDigit,
    onBackspace: erase,
    onClear: clearAll,
    onSubmit: () => void submit(),
    onBack: back,
  };

  if (onIdStep) {
    const grouped = groupIdNumberDigits(idDigits);
    return (
      <EntryStep
        key="id"
        stepLabel={t.identify.step(1, 2)}
        title={t.identify.idTitle}
        hint={t.identify.idHint}
        fieldLabel={t.identify.idLabel}
        field={<DigitSlots groups={ID_GROUPS} value={idDigits} />}
        progress={
          <>
            {/* The boxes are hidden from screen readers, so the digits are read out here. */}
            {grouped !== '' && <span className="visually-hidden">{grouped}. </span>}
            {t.identify.idProgress(idDigits.length)}
          </>
        }
        error={liveProblem ?? error}
        busy={busy}
        {...handlers}
      />
    );
  }

  return (
    <EntryStep
      key="passcode"
      stepLabel={t.identify.step(2, 2)}
      title={t.identify.passcodeTitle}
      hint={t.identify.passcodeHint}
      context={
        <p className="entry__context">
          {t.identify.forIdNumber}: <strong className="id-masked">{maskIdNumber(idDigits)}</strong>
        </p>
      }
      fieldLabel={t.identify.passcodeLabel}
      field={<DigitSlots groups={PASSCODE_GROUPS} value={passcode} masked />}
      progress={t.identify.passcodeProgress(passcode.length)}
      error={error}
      busy={busy}
      {...handlers}
    />
  );
}
