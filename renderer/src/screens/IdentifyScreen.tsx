import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { maskIdNumber } from '../../../shared/domain/masking.js';
import type { SessionSummary } from '../../../shared/ipc/contract.js';
import {
  checkIdNumberPrefix,
  ID_NUMBER_LENGTH,
  idNumberErrorMessage,
  parseIdNumber,
} from '../../../shared/rules/idNumber.js';
import { useKiosk } from '../bridge/KioskProvider';
import type { ClientError } from '../bridge/kioskClient';
import { DigitSlots } from '../components/DigitSlots';
import { ErrorNotice } from '../components/ErrorNotice';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { formatCalendarDate } from '../format/date';
import { checkDobDigits, formatDobDigits } from '../format/dateOfBirth';
import type { DobProblem } from '../format/dateOfBirth';
import { retryAfterSeconds } from '../format/errorFacts';
import { groupIdNumberDigits } from '../format/idNumber';
import { useMessages } from '../i18n/useMessages';
import type { Messages } from '../i18n/vi';
import { EntryStep } from './EntryStep';
import './IdentifyScreen.css';

const SIX = 6;
const DOB_LENGTH = 8;
const ID_GROUPS = [3, 3, 6] as const;
const DOB_GROUPS = [2, 2, 4] as const;
const SIX_GROUPS = [SIX] as const;
/** The national system refuses a second OTP for the same ID within 30 seconds. */
const OTP_RESEND_SECONDS = 30;
const STEPS = 4;

type Step = 'id' | 'dob' | 'method' | 'passcode' | 'otp' | 'attest';

type OtpState =
  | { kind: 'sending' }
  | { kind: 'sent'; sentToMasked: string; resendAt: number }
  | { kind: 'failed'; error: ClientError; resendAt: number };

interface IdentifyScreenProps {
  /** A staff member is signed in: staff attestation is offered as a third way. */
  assisted: boolean;
  staffId: string | undefined;
  onBack: () => void;
  onVerified: (summary: SessionSummary) => void;
}

function dobMessage(t: Messages, problem: DobProblem, digits: string): string {
  switch (problem) {
    case 'bad-day':
      return t.identify.dobBadDay;
    case 'bad-month':
      return t.identify.dobBadMonth;
    case 'not-a-date':
      return t.identify.dobNotADate(formatDobDigits(digits));
    case 'in-future':
      return t.identify.dobInFuture;
    case 'too-old':
      return t.identify.dobTooOld;
    case 'incomplete':
      return t.identify.dobIncomplete;
  }
}

/**
 * Step 1 the personal ID number, step 2 the date of birth (checked against the number), step
 * 3 how to prove it, step 4 the passcode, the SMS code or the staff member's check. The
 * number is shown in full only while it is typed; codes are never shown, and nothing leaves
 * this screen's state except in the one call that verifies it.
 */
export function IdentifyScreen({ assisted, staffId, onBack, onVerified }: IdentifyScreenProps) {
  const t = useMessages();
  const kiosk = useKiosk();
  const [step, setStep] = useState<Step>('id');
  const [idDigits, setIdDigits] = useState('');
  const [dobDigits, setDobDigits] = useState('');
  const [code, setCode] = useState('');
  const [cardChecked, setCardChecked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [otp, setOtp] = useState<OtpState | null>(null);
  // The rules need "now" for births in the future; a screen lasts minutes, so once is enough.
  const [openedAt] = useState(() => Date.now());

  const dob = checkDobDigits(dobDigits, openedAt);
  const dobIso = dob.ok && dob.complete ? dob.isoDate : undefined;

  function go(next: Step) {
    setError(null);
    setCode('');
    setStep(next);
  }

  function edit(update: (value: string) => string) {
    setError(null);
    if (step === 'id') setIdDigits((value) => update(value).slice(0, ID_NUMBER_LENGTH));
    else if (step === 'dob') setDobDigits((value) => update(value).slice(0, DOB_LENGTH));
    else setCode((value) => update(value).slice(0, SIX));
  }

  function back() {
    setError(null);
    setCode('');
    if (step === 'id') onBack();
    else if (step === 'dob') setStep('id');
    else if (step === 'method') setStep('dob');
    else setStep('method');
  }

  function fail(failure: ClientError, message?: string) {
    setBusy(false);
    setCode('');
    if (failure.code === 'INVALID_ID_NUMBER') setStep('id');
    setError(message ?? t.errors[failure.code]);
  }

  function submitId() {
    const parsed = parseIdNumber(idDigits, { now: openedAt });
    if (!parsed.ok) {
      setError(idNumberErrorMessage(parsed.error, t.identify.rules));
      return;
    }
    go('dob');
  }

  function submitDob() {
    if (!dob.ok) {
      setError(dobMessage(t, dob.problem, dobDigits));
      return;
    }
    if (!dob.complete) {
      setError(t.identify.dobIncomplete);
      return;
    }
    // The number itself says the year of birth: a typing mistake in either shows here.
    const crossCheck = parseIdNumber(idDigits, { now: openedAt, dateOfBirth: dob.isoDate });
    if (!crossCheck.ok) {
      setError(idNumberErrorMessage(crossCheck.error, t.identify.rules));
      return;
    }
    go('method');
  }

  async function requestOtp() {
    setError(null);
    setCode('');
    setOtp({ kind: 'sending' });
    setStep('otp');
    const result = await kiosk.invoke('session.requestOtp', { idNumber: idDigits });
    const fallbackResend = Date.now() + OTP_RESEND_SECONDS * 1000;
    if (result.ok) {
      const resendAfter = result.value.resendAfter === undefined ? NaN : Date.parse(result.value.resendAfter);
      setOtp({
        kind: 'sent',
        sentToMasked: result.value.sentToMasked,
        resendAt: Number.isNaN(resendAfter) ? fallbackResend : Math.min(resendAfter, fallbackResend + 60_000),
      });
      return;
    }
    const wait = retryAfterSeconds(result.error);
    const resendAt =
      result.error.code === 'OTP_RATE_LIMITED' ? Date.now() + (wait ?? OTP_RESEND_SECONDS) * 1000 : 0;
    setOtp({ kind: 'failed', error: result.error, resendAt });
    setError(
      result.error.code === 'OTP_RATE_LIMITED'
        ? t.identify.otpRateLimited(wait)
        : result.error.code === 'NO_REGISTERED_PHONE'
          ? t.identify.otpNoPhone
          : t.errors[result.error.code],
    );
  }

  async function verifyCode() {
    if (code.length !== SIX) {
      setError(step === 'otp' ? t.identify.otpWrongLength : t.identify.passcodeWrongLength);
      return;
    }
    setBusy(true);
    const result =
      step === 'otp'
        ? await kiosk.invoke('session.verifyOtp', { idNumber: idDigits, otp: code })
        : await kiosk.invoke('session.verifyPasscode', { idNumber: idDigits, passcode: code });
    if (result.ok) {
      onVerified(result.value);
      return;
    }
    if (step === 'otp' && result.error.code === 'VERIFICATION_FAILED')
      return fail(result.error, t.identify.otpWrong);
    if (result.error.code === 'OTP_EXPIRED') return fail(result.error, t.identify.otpExpired);
    fail(result.error);
  }

  async function attest() {
    if (!cardChecked) {
      setError(t.identify.attestNeedCheck);
      return;
    }
    if (dobIso === undefined) return go('dob');
    setBusy(true);
    setError(null);
    const result = await kiosk.invoke('session.attestByStaff', {
      idNumber: idDigits,
      dateOfBirth: dobIso,
      cardChecked: true,
    });
    if (result.ok) {
      onVerified(result.value);
      return;
    }
    fail(result.error);
  }

  const padHandlers = {
    onKey: (key: string) => edit((value) => value + key),
    onBackspace: () => edit((value) => value.slice(0, -1)),
    onClear: () => edit(() => ''),
    onBack: back,
  };

  // What was typed before, masked, so the citizen sees whose account this is about.
  const context = (withDob: boolean) => (
    <dl className="entry__context facts facts--inline">
      <div>
        <dt>{t.identify.forIdNumber}</dt>
        <dd className="id-masked">{maskIdNumber(idDigits)}</dd>
      </div>
      {withDob && dobIso !== undefined && (
        <div>
          <dt>{t.identify.dobShown}</dt>
          <dd>{formatCalendarDate(dobIso)}</dd>
        </div>
      )}
    </dl>
  );

  if (step === 'id') {
    // Point at a wrong province or birth year as soon as the digits show it, not after all 12.
    const prefix = checkIdNumberPrefix(idDigits, { now: openedAt });
    const liveProblem = prefix.ok ? null : idNumberErrorMessage(prefix.error, t.identify.rules);
    const grouped = groupIdNumberDigits(idDigits);
    return (
      <EntryStep
        key="id"
        stepLabel={t.identify.step(1, STEPS)}
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
        onSubmit={submitId}
        {...padHandlers}
      />
    );
  }

  if (step === 'dob') {
    const liveProblem =
      !dob.ok && dob.problem !== 'incomplete' ? dobMessage(t, dob.problem, dobDigits) : null;
    return (
      <EntryStep
        key="dob"
        stepLabel={t.identify.step(2, STEPS)}
        title={t.identify.dobTitle}
        hint={t.identify.dobHint}
        context={context(false)}
        fieldLabel={t.identify.dobLabel}
        field={<DigitSlots groups={DOB_GROUPS} value={dobDigits} separator="/" />}
        progress={
          <>
            <span className="visually-hidden">
              {t.identify.dobSpoken(dobDigits.slice(0, 2), dobDigits.slice(2, 4), dobDigits.slice(4, 8))}{' '}
            </span>
            {t.identify.dobProgress(dobDigits.length)}
          </>
        }
        error={liveProblem ?? error}
        busy={busy}
        onSubmit={submitDob}
        {...padHandlers}
      />
    );
  }

  if (step === 'method') {
    return (
      <MethodStep
        assisted={assisted}
        context={context(true)}
        onPasscode={() => go('passcode')}
        onOtp={() => void requestOtp()}
        onStaff={() => {
          setCardChecked(false);
          go('attest');
        }}
        onBack={back}
      />
    );
  }

  if (step === 'attest') {
    return (
      <AttestStep
        context={context(true)}
        staffId={staffId}
        checked={cardChecked}
        onCheck={(checked) => {
          setError(null);
          setCardChecked(checked);
        }}
        busy={busy}
        error={error}
        onConfirm={() => void attest()}
        onBack={back}
      />
    );
  }

  if (step === 'otp' && otp?.kind === 'failed' && otp.error.code === 'NO_REGISTERED_PHONE') {
    // No code can come: no pad to type it on, just the way on.
    return <NoPhoneStep context={context(false)} onUsePasscode={() => go('passcode')} onBack={back} />;
  }

  if (step === 'otp') {
    return (
      <EntryStep
        key="otp"
        stepLabel={t.identify.step(4, STEPS)}
        title={t.identify.otpTitle}
        hint={t.identify.otpHint}
        context={
          <>
            {context(false)}
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
        field={<DigitSlots groups={SIX_GROUPS} value={code} masked />}
        progress={t.identify.otpProgress(code.length)}
        extra={<OtpActions otp={otp} busy={busy} onResend={() => void requestOtp()} />}
        error={error}
        busy={busy || otp?.kind === 'sending'}
        busyText={otp?.kind === 'sending' ? t.identify.otpSending : undefined}
        onSubmit={() => void verifyCode()}
        {...padHandlers}
      />
    );
  }

  return (
    <EntryStep
      key="passcode"
      stepLabel={t.identify.step(4, STEPS)}
      title={t.identify.passcodeTitle}
      hint={t.identify.passcodeHint}
      context={context(false)}
      fieldLabel={t.identify.passcodeLabel}
      field={<DigitSlots groups={SIX_GROUPS} value={code} masked />}
      progress={t.identify.passcodeProgress(code.length)}
      error={error}
      busy={busy}
      onSubmit={() => void verifyCode()}
      {...padHandlers}
    />
  );
}

interface MethodStepProps {
  assisted: boolean;
  context: ReactNode;
  onPasscode: () => void;
  onOtp: () => void;
  onStaff: () => void;
  onBack: () => void;
}

function MethodStep({ assisted, context, onPasscode, onOtp, onStaff, onBack }: MethodStepProps) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const options = [
    { key: 'passcode', text: t.identify.methods.passcode, onClick: onPasscode },
    { key: 'otp', text: t.identify.methods.otp, onClick: onOtp },
    ...(assisted ? [{ key: 'staff', text: t.identify.methods.staff, onClick: onStaff }] : []),
  ];
  return (
    <section className="screen method" aria-labelledby="method-title">
      <p className="step-label">{t.identify.step(3, STEPS)}</p>
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

interface AttestStepProps {
  context: ReactNode;
  staffId: string | undefined;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onBack: () => void;
}

/** The staff member's own statement that they compared the physical card with the person. */
function AttestStep({ context, staffId, checked, onCheck, busy, error, onConfirm, onBack }: AttestStepProps) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="screen attest" aria-labelledby="attest-title">
      <p className="step-label">{t.identify.step(4, STEPS)}</p>
      <h1 id="attest-title" ref={headingRef} tabIndex={-1}>
        {t.identify.attestTitle}
      </h1>
      <p className="hint">{t.identify.attestHint}</p>
      {context}
      <label className={checked ? 'check-row check-row--checked' : 'check-row'}>
        <input
          type="checkbox"
          className="check-row__box"
          checked={checked}
          disabled={busy}
          onChange={(event) => onCheck(event.target.checked)}
          aria-describedby="attest-check-hint"
        />
        <span className="check-row__text">
          <strong>{t.identify.attestCheck}</strong>
          <span id="attest-check-hint" className="check-row__hint">
            {t.identify.attestCheckHint}
          </span>
        </span>
      </label>
      {staffId !== undefined && <p className="hint">{t.identify.attestBy(staffId)}</p>}
      {busy && (
        <p className="status-line" role="status">
          {t.identify.checking}
        </p>
      )}
      {error !== null && <ErrorNotice text={error} />}
      <div className="screen__footer">
        <button type="button" className="button button--secondary" onClick={onBack} disabled={busy}>
          <span aria-hidden="true">←</span> {t.common.back}
        </button>
        <button
          type="button"
          className="button button--primary attest__confirm"
          onClick={onConfirm}
          disabled={busy || !checked}
        >
          {t.common.confirm}
        </button>
      </div>
    </section>
  );
}

interface NoPhoneStepProps {
  context: ReactNode;
  onUsePasscode: () => void;
  onBack: () => void;
}

/** The account has no phone for codes (the national system said so): the passcode instead. */
function NoPhoneStep({ context, onUsePasscode, onBack }: NoPhoneStepProps) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="screen method" aria-labelledby="no-phone-title">
      <p className="step-label">{t.identify.step(4, STEPS)}</p>
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
