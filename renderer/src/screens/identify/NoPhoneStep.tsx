import type { ReactNode } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useMessages } from '../../i18n/useMessages';
import { StepPage } from './StepPage';

interface NoPhoneStepProps {
  context: ReactNode;
  onUsePasscode: () => void;
  onBack: () => void;
}

/** The account has no phone for codes (the national system said so): the passcode instead. */
export function NoPhoneStep({ context, onUsePasscode, onBack }: NoPhoneStepProps) {
  const t = useMessages();
  return (
    <StepPage
      name="method"
      titleId="no-phone-title"
      step={4}
      title={t.identify.otpTitle}
      context={context}
      onBack={onBack}
    >
      <ErrorNotice text={t.identify.otpNoPhone} />
      <div>
        <button
          data-action="primary"
          type="button"
          className="button button--primary button--large"
          onClick={onUsePasscode}
        >
          {t.identify.otpUsePasscode}
        </button>
      </div>
    </StepPage>
  );
}
