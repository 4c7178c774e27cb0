import type { ReactNode } from 'react';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { useMessages } from '../../i18n/useMessages';
import { IDENTIFY_STEPS } from './stepParts';

interface MethodStepProps {
  /** A staff member is signed in: staff attestation is offered as a third way. */
  assisted: boolean;
  context: ReactNode;
  onPasscode: () => void;
  onOtp: () => void;
  onStaff: () => void;
  onBack: () => void;
}

/** Step 3: how the citizen proves who they are. */
export function MethodStep({ assisted, context, onPasscode, onOtp, onStaff, onBack }: MethodStepProps) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const options = [
    { key: 'passcode', text: t.identify.methods.passcode, onClick: onPasscode },
    { key: 'otp', text: t.identify.methods.otp, onClick: onOtp },
    ...(assisted ? [{ key: 'staff', text: t.identify.methods.staff, onClick: onStaff }] : []),
  ];
  return (
    <section className="screen method" aria-labelledby="method-title">
      <p className="step-label">{t.identify.step(3, IDENTIFY_STEPS)}</p>
      <h1 id="method-title" ref={headingRef} tabIndex={-1}>
        {t.identify.methodTitle}
      </h1>
      <p className="hint">{t.identify.methodHint}</p>
      {context}
      <ul className="method__options">
        {options.map((option) => (
          <li key={option.key}>
            <button
              type="button"
              className={`choice choice--${option.key}`}
              onClick={option.onClick}
              aria-labelledby={`method-${option.key}-title`}
              aria-describedby={`method-${option.key}-hint`}
            >
              <span id={`method-${option.key}-title`} className="choice__title">
                {option.text.title}
              </span>
              <span id={`method-${option.key}-hint`} className="choice__hint">
                {option.text.hint}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="screen__footer screen__footer--start">
        <button type="button" className="button button--secondary" onClick={onBack}>
          <span aria-hidden="true">←</span> {t.common.back}
        </button>
      </div>
    </section>
  );
}
