import { SIGN_IN_PIN_MAX, SIGN_IN_PIN_MIN } from '../../../../../shared/rules/pinRules.js';
import { useState } from 'react';
import { DigitSlots } from '../../../components/DigitSlots';
import { useFocusOnMount } from '../../../components/useFocusOnMount';
import { useKiosk } from '../../../bridge/KioskProvider';
import { useMessages } from '../../../i18n/useMessages';
import { EntryStep } from '../../EntryStep';
import { NewPinEntry } from '../../staffPin/NewPinEntry';
import { pinRefusalText } from '../../staffPin/pinRefusalText';
import type { OfficePageProps } from '../officePageProps';

/** "Đổi mã PIN": every member changes their own PIN, the current one first, then the new one twice. */
export function ChangePinScreen({ onHome }: OfficePageProps) {
  const t = useMessages();
  const kiosk = useKiosk();
  const [step, setStep] = useState<'current' | 'new' | 'done'>('current');
  const [currentPin, setCurrentPin] = useState('');
  const [error, setError] = useState<string | null>(null);

  function edit(update: (typed: string) => string) {
    setError(null);
    setCurrentPin((typed) => update(typed).slice(0, SIGN_IN_PIN_MAX));
  }

  async function save(newPin: string): Promise<string | null> {
    const result = await kiosk.invoke('staff.changePin', { currentPin, newPin, newPinAgain: newPin });
    if (result.ok) {
      setStep('done');
      return null;
    }
    const { code } = result.error;
    if (code === 'PIN_TOO_WEAK' || code === 'SETUP_PIN_MISMATCH') return pinRefusalText(t, result.error);
    setCurrentPin('');
    setError(pinRefusalText(t, result.error));
    setStep('current');
    return null;
  }

  if (step === 'done') return <PinChanged onHome={onHome} />;
  if (step === 'new') {
    return <NewPinEntry stepLabel={t.staffAdmin.changeTitle} save={save} onBack={() => setStep('current')} />;
  }
  return (
    <EntryStep
      key="current-pin"
      stepLabel={t.staffAdmin.changeTitle}
      title={t.staffAdmin.currentPinTitle}
      hint={t.staffAdmin.currentPinHint}
      fieldLabel={t.staffAdmin.currentPinLabel}
      field={
        <DigitSlots
          groups={[Math.min(SIGN_IN_PIN_MAX, Math.max(SIGN_IN_PIN_MIN, currentPin.length + 1))]}
          value={currentPin}
          masked
        />
      }
      progress={t.staff.pinProgress(currentPin.length)}
      error={error}
      busy={false}
      onKey={(key) => edit((typed) => typed + key)}
      onBackspace={() => edit((typed) => typed.slice(0, -1))}
      onClear={() => edit(() => '')}
      onSubmit={() => {
        if (currentPin.length < SIGN_IN_PIN_MIN) setError(t.staff.pinWrongLength);
        else setStep('new');
      }}
      onBack={onHome}
    />
  );
}

function PinChanged({ onHome }: { onHome: () => void }) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="screen office-page" aria-labelledby="office-pin-title">
      <h1 id="office-pin-title" ref={headingRef} tabIndex={-1}>
        {t.staffAdmin.changeTitle}
      </h1>
      <p className="notice notice--info" role="status">
        {t.staffAdmin.changed}
      </p>
      <div className="office-page__actions">
        <button data-action="primary" type="button" className="button button--primary" onClick={onHome}>
          {t.office.backToKiosk}
        </button>
      </div>
    </section>
  );
}
