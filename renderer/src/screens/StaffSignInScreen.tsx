import { SIGN_IN_PIN_MAX, SIGN_IN_PIN_MIN } from '../../../shared/rules/pinRules.js';
import { useState } from 'react';
import type { StaffIdentity } from '../../../shared/ipc/staffContract.js';
import { isStaffId } from '../../../shared/rules/staffId.js';
import { useKiosk } from '../bridge/KioskProvider';
import { retryAfterSeconds } from '../format/errorFacts';
import { DigitSlots } from '../components/DigitSlots';
import { KeyPad, staffIdKeys } from '../components/KeyPad';
import { useMessages } from '../i18n/useMessages';
import { useSecondsUntil } from '../state/useSecondsUntil';
import type { Wait } from '../state/useSecondsUntil';
import { EntryStep } from './EntryStep';
import { NewPinEntry } from './staffPin/NewPinEntry';
import { pinRefusalText } from './staffPin/pinRefusalText';
import { SetupCodeStep } from './staffPin/SetupCodeStep';

const STAFF_ID_MAX = 10;

interface StaffSignInScreenProps {
  onBack: () => void;
  onSignedIn: (staff: StaffIdentity) => void;
}

/**
 * Staff sign in with their ID (letters and digits, e.g. CB01) and their personal PIN; or, the
 * first time and after a reset, with the one-time setup code a supervisor gave them, then a new
 * PIN twice (issue 11). A sign-in with a PIN from before the PIN rules asks for a new one first.
 */
export function StaffSignInScreen({ onBack, onSignedIn }: StaffSignInScreenProps) {
  const t = useMessages();
  const kiosk = useKiosk();
  const [step, setStep] = useState<'id' | 'pin' | 'code' | 'new-pin'>('id');
  /** Signing in with a PIN, or setting one with a setup code. */
  const [withCode, setWithCode] = useState(false);
  const [staffId, setStaffId] = useState('');
  const [pin, setPin] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Wrong tries piled up at this kiosk: the core checks no PIN before this instant. */
  const [retryWait, setRetryWait] = useState<Wait | null>(null);
  const waitSeconds = useSecondsUntil(retryWait);

  const onIdStep = step === 'id';
  const setValue = onIdStep ? setStaffId : setPin;
  const max = onIdStep ? STAFF_ID_MAX : SIGN_IN_PIN_MAX;

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
      setStep(withCode ? 'code' : 'pin');
      return;
    }
    if (pin.length < SIGN_IN_PIN_MIN) {
      setError(t.staff.pinWrongLength);
      return;
    }
    setBusy(true);
    const result = await kiosk.invoke('staff.signIn', { staffId, pin });
    if (result.ok) {
      const { pinChangeRequired, ...identity } = result.value;
      if (!pinChangeRequired) {
        onSignedIn(identity);
        return;
      }
      // The PIN stays in memory for the change, which checks it again.
      setBusy(false);
      setError(null);
      setStep('new-pin');
      return;
    }
    setBusy(false);
    setPin('');
    setError(pinRefusalText(t, result.error));
    const wait = retryAfterSeconds(result.error);
    const fromMs = Date.now();
    setRetryWait(wait === undefined ? null : { fromMs, untilMs: fromMs + wait * 1000 });
  }

  /** The new PIN, by the setup code or in place of the old PIN; null when the flow moved on. */
  async function saveNewPin(newPin: string): Promise<string | null> {
    const result = withCode
      ? await kiosk.invoke('staff.setPinWithCode', { staffId, setupCode: code, newPin, newPinAgain: newPin })
      : await kiosk.invoke('staff.changePin', { currentPin: pin, newPin, newPinAgain: newPin });
    if (result.ok) {
      onSignedIn(result.value);
      return null;
    }
    const { code: refusal } = result.error;
    if (refusal === 'PIN_TOO_WEAK' || refusal === 'SETUP_PIN_MISMATCH')
      return pinRefusalText(t, result.error);
    // A wrong or expired code, a lockout, an idle kiosk: back to the step that can fix it.
    setError(pinRefusalText(t, result.error));
    setPin('');
    setCode('');
    setStep(withCode ? 'code' : 'pin');
    return null;
  }

  const handlers = {
    onKey: (key: string) => edit((value) => value + key),
    onBackspace: () => edit((value) => value.slice(0, -1)),
    onClear: () => edit(() => ''),
    // submit() shows its own outcome; the bridge never rejects.
    onSubmit: () => void submit(),
    onBack: () => {
      setError(null);
      if (onIdStep && withCode) setWithCode(false);
      else if (onIdStep) onBack();
      else {
        setPin('');
        setStep('id');
      }
    },
  };

  if (step === 'code') {
    return (
      <SetupCodeStep
        staffId={staffId}
        error={error}
        onCode={(typed) => {
          setError(null);
          setCode(typed);
          setStep('new-pin');
        }}
        onBack={() => {
          setError(null);
          setStep('id');
        }}
      />
    );
  }

  if (step === 'new-pin') {
    return (
      <NewPinEntry
        stepLabel={withCode ? t.staffAdmin.setupTitle : t.staff.signInTitle}
        {...(withCode ? {} : { title: t.staffAdmin.forcedTitle, hint: t.staffAdmin.forcedHint })}
        context={
          <p className="entry__context">
            {t.staff.forStaff}: <strong>{staffId}</strong>
          </p>
        }
        save={saveNewPin}
        onBack={() => {
          setError(null);
          setPin('');
          if (withCode) setStep('code');
          else {
            // The sign-in waiting for a new PIN ends here; the bridge never rejects.
            void kiosk.invoke('staff.signOut', {});
            setStep('pin');
          }
        }}
      />
    );
  }

  if (onIdStep) {
    return (
      <EntryStep
        key={withCode ? 'staff-id-code' : 'staff-id'}
        stepLabel={withCode ? t.staffAdmin.setupTitle : t.staff.signInTitle}
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
        {...(withCode
          ? {}
          : {
              extra: (
                <button
                  type="button"
                  className="button button--secondary staff-sign-in__setup"
                  onClick={() => {
                    setError(null);
                    setWithCode(true);
                  }}
                >
                  {t.staffAdmin.setupPath}
                </button>
              ),
            })}
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
        <DigitSlots
          groups={[Math.min(SIGN_IN_PIN_MAX, Math.max(SIGN_IN_PIN_MIN, pin.length + 1))]}
          value={pin}
          masked
        />
      }
      progress={t.staff.pinProgress(pin.length)}
      error={error}
      busy={busy}
      padDisabled={waitSeconds > 0}
      {...(waitSeconds > 0
        ? {
            extra: (
              <p className="status-line staff-sign-in__wait" aria-live="off">
                {t.staff.signInWait(waitSeconds)}
              </p>
            ),
          }
        : {})}
      {...handlers}
    />
  );
}
