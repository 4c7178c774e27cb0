import type { ReactNode } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { useMessages } from '../../i18n/useMessages';
import { IDENTIFY_STEPS } from './stepParts';

interface NoPhoneStepProps {
  context: ReactNode;
  onUsePasscode: () => void;
  onBack: () => void;
}

/** The account has no phone for codes (the national system said so): the passcode instead. */
export function NoPhoneStep({ context, onUsePasscode, onBack }: NoPhoneStepProps) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="screen method" aria-labelledby="no-phone-title">
      <p className="step-label">{t.identify.step(4, IDENTIFY_STEPS)}</p>
      <h1 id="no-phone-title" ref={headingRef} tabIndex={-1}>
        {t.identify.otpTitle}
      </h1>
      {context}
      <ErrorNotice text={t.identify.otpNoPhone} />
      <div>
        <button type="button" className="button button--primary button--large" onClick={onUsePasscode}>
          {t.identify.otpUsePasscode}
        </button>
      </div>
      <div className="screen__footer screen__footer--start">
        <button type="button" className="button button--secondary" onClick={onBack}>
          <span aria-hidden="true">←</span> {t.common.back}
        </button>
      </div>
    </section>
  );
}
