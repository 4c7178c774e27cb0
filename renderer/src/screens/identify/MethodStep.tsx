import type { ReactNode } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useMessages } from '../../i18n/useMessages';
import { StepPage } from './StepPage';

interface MethodStepProps {
  /** A staff member is signed in: staff attestation is offered as a third way. */
  assisted: boolean;
  context: ReactNode;
  onPasscode: () => void;
  onOtp: () => void;
  onStaff: () => void;
  onBack: () => void;
  /** A scan that was not a usable card, said here; the choice stays as it was. */
  error?: string | null;
}

/** Step 3: how the citizen proves who they are. */
export function MethodStep(props: MethodStepProps) {
  const { assisted, context, onPasscode, onOtp, onStaff, onBack, error = null } = props;
  const t = useMessages();
  const options = [
    { key: 'passcode', text: t.identify.methods.passcode, onClick: onPasscode },
    { key: 'otp', text: t.identify.methods.otp, onClick: onOtp },
    ...(assisted ? [{ key: 'staff', text: t.identify.methods.staff, onClick: onStaff }] : []),
  ];
  return (
    <StepPage
      name="method"
      titleId="method-title"
      step={3}
      title={t.identify.methodTitle}
      hint={t.identify.methodHint}
      context={context}
      onBack={onBack}
    >
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
      {error !== null && <ErrorNotice text={error} />}
    </StepPage>
  );
}
