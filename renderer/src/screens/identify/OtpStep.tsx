import { useEffect, useState } from 'react';
import { DigitSlots } from '../../components/DigitSlots';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useMessages } from '../../i18n/useMessages';
import type { OtpState } from '../../state/identifyFlow';
import { EntryStep } from '../EntryStep';
import { EnteredFacts } from './EnteredFacts';
import { NoPhoneStep } from './NoPhoneStep';
import { StepPage } from './StepPage';
import { CODE_GROUPS, IDENTIFY_STEPS } from './stepParts';
import type { PadHandlers } from './stepParts';

interface OtpStepProps extends PadHandlers {
  idDigits: string;
  code: string;
  otp: OtpState | null;
  /** The national system was found unreachable on this step (`otpUnreachable`). */
  unreachable: 'send' | 'check' | undefined;
  error: string | null;
  busy: boolean;
  /** Too many wrong codes for this ID: the pad is off until the lockout ends. */
  locked: boolean;
  onSubmit: () => void;
  onResend: () => void;
  onUsePasscode: () => void;
}

/** Step 4 by SMS: the code sent to the registered phone, with "Gửi lại mã". */
export function OtpStep(props: OtpStepProps) {
  const { idDigits, code, otp, unreachable, error, busy, locked, onSubmit, onResend, onUsePasscode, ...pad } =
    props;
  const t = useMessages();
  const facts = <EnteredFacts idDigits={idDigits} />;
  if (otp?.kind === 'failed' && otp.code === 'NO_REGISTERED_PHONE') {
    // No code can come: no pad to type it on, just the way on.
    return <NoPhoneStep context={facts} onUsePasscode={onUsePasscode} onBack={pad.onBack} />;
  }
  if (unreachable !== undefined) {
    // One message, and the way back: nothing can be sent or checked until the connection returns.
    return (
      <StepPage
        name="method"
        titleId="otp-offline-title"
        step={4}
        title={t.identify.otpTitle}
        context={facts}
        onBack={pad.onBack}
      >
        <ErrorNotice text={unreachable === 'send' ? t.identify.otpOffline : t.errors.OFFLINE} />
      </StepPage>
    );
  }
  return (
    <EntryStep
      key="otp"
      stepLabel={t.identify.step(4, IDENTIFY_STEPS)}
      title={t.identify.otpTitle}
      hint={t.identify.otpHint}
      context={
        <>
          {facts}
          <p className="entry__context otp-sent" role="status">
            {otp?.kind === 'sent'
              ? t.identify.otpSentTo(otp.sentToMasked)
              : otp?.kind === 'sending'
                ? t.identify.otpSending
                : ''}
          </p>
        </>
      }
      fieldLabel={t.identify.otpLabel}
      field={<DigitSlots groups={CODE_GROUPS} value={code} masked />}
      progress={t.identify.otpProgress(code.length)}
      // Locked out, a new code could not be used either: no "Gửi lại mã" until the lockout ends.
      extra={<OtpActions otp={otp} busy={busy || locked} onResend={onResend} />}
      error={error}
      busy={busy || otp?.kind === 'sending'}
      padDisabled={locked}
      {...(otp?.kind === 'sending' ? { busyText: t.identify.otpSending } : {})}
      onSubmit={onSubmit}
      {...pad}
    />
  );
}

interface OtpActionsProps {
  otp: OtpState | null;
  busy: boolean;
  onResend: () => void;
}

/** "Gửi lại mã", counting down the national system's wait. */
function OtpActions({ otp, busy, onResend }: OtpActionsProps) {
  const t = useMessages();
  const resendAt = otp === null || otp.kind === 'sending' ? 0 : otp.resendAt;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (resendAt <= Date.now()) return;
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, [resendAt]);
  const wait = Math.max(0, Math.ceil((resendAt - now) / 1000));
  return (
    <div className="otp-actions">
      <button
        type="button"
        className="button button--secondary"
        disabled={busy || otp?.kind === 'sending' || wait > 0}
        onClick={onResend}
      >
        {wait > 0 ? t.identify.otpResendIn(wait) : t.identify.otpResend}
      </button>
    </div>
  );
}
