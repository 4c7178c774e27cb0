import { useState } from 'react';
import type { StaffIdentity } from '../../../shared/ipc/staffContract.js';
import { isStaffId } from '../../../shared/rules/staffId.js';
import { useKiosk } from '../bridge/KioskProvider';
import { DigitSlots } from '../components/DigitSlots';
import { KeyPad, staffIdKeys } from '../components/KeyPad';
import { formatDateTime } from '../format/date';
import { attemptsLeft, untilInstant } from '../format/errorFacts';
import { useMessages } from '../i18n/useMessages';
import { EntryStep } from './EntryStep';

const STAFF_ID_MAX = 10;
const PIN_MIN = 4;
const PIN_MAX = 8;

interface StaffSignInScreenProps {
  onBack: () => void;
  onSignedIn: (staff: StaffIdentity) => void;
}

/** Staff sign in with their ID (letters and digits, e.g. CB01) and their personal PIN. */
export function StaffSignInScreen({ onBack, onSignedIn }: StaffSignInScreenProps) {
  const t = useMessages();
  const kiosk = useKiosk();
  const [step, setStep] = useState<'id' | 'pin'>('id');
  const [staffId, setStaffId] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onIdStep = step === 'id';
  const setValue = onIdStep ? setStaffId : setPin;
  const max = onIdStep ? STAFF_ID_MAX : PIN_MAX;

  function edit(update: (value: string) => string) {
    setError(null);
    setValue((value) => update(value).slice(0, max));
  }

  async function submit() {
    if (busy) return;
    if (onIdStep) {
      if (!isStaffId(staffId)) {
        setError(t.staff.idInvalid);
        return;
      }
      setError(null);
      setStep('pin');
      return;
    }
    if (pin.length < PIN_MIN) {
      setError(t.staff.pinWrongLength);
      return;
    }
    setBusy(true);
    const result = await kiosk.invoke('staff.signIn', { staffId, pin });
    if (result.ok) {
      onSignedIn(result.value);
      return;
    }
    setBusy(false);
    setPin('');
    const { code } = result.error;
    if (code === 'STAFF_PIN_WRONG') {
      setError(t.staff.pinWrong(attemptsLeft(result.error)));
    } else if (code === 'STAFF_LOCKED_OUT') {
      const until = untilInstant(result.error);
      setError(t.staff.lockedOut(until === undefined ? undefined : formatDateTime(until)));
    } else {
      setError(t.errors[code]);
    }
  }

  const handlers = {
    onKey: (key: string) => edit((value) => value + key),
    onBackspace: () => edit((value) => value.slice(0, -1)),
    onClear: () => edit(() => ''),
    // submit() shows its own outcome; the bridge never rejects.
    onSubmit: () => void submit(),
    onBack: () => {
      setError(null);
      if (onIdStep) onBack();
      else {
        setPin('');
        setStep('id');
      }
    },
  };

  if (onIdStep) {
    return (
      <EntryStep
        key="staff-id"
        stepLabel={t.staff.signInTitle}
        title={t.staff.idTitle}
        hint={t.staff.idHint}
        fieldLabel={t.staff.idLabel}
        field={<p className="typed-text">{staffId === '' ? '\u00a0' : staffId}</p>}
        progress={
          <>
            {staffId !== '' && <span className="visually-hidden">{staffId.split('').join(' ')}. </span>}
            {t.staff.idProgress(staffId.length)}
          </>
        }
        error={error}
        busy={busy}
        wide
        keyPattern={/^[0-9a-zA-Z]$/}
        pad={
          <KeyPad
            label={t.pad.staffLabel}
            keys={staffIdKeys}
            columns={10}
            compact
            onKey={handlers.onKey}
            onBackspace={handlers.onBackspace}
            onClear={handlers.onClear}
            onSubmit={handlers.onSubmit}
            submitLabel={t.common.continue}
            backspaceLabel={t.pad.backspace}
            clearLabel={t.pad.clear}
            disabled={busy}
          />
        }
        {...handlers}
      />
    );
  }

  return (
    <EntryStep
      key="staff-pin"
      stepLabel={t.staff.signInTitle}
      title={t.staff.pinTitle}
      hint={t.staff.pinHint}
      context={
        <p className="entry__context">
          {t.staff.forStaff}: <strong>{staffId}</strong>
        </p>
      }
      fieldLabel={t.staff.pinLabel}
      field={
        <DigitSlots groups={[Math.min(PIN_MAX, Math.max(PIN_MIN, pin.length + 1))]} value={pin} masked />
      }
      progress={t.staff.pinProgress(pin.length)}
      error={error}
      busy={busy}
      {...handlers}
    />
  );
}
