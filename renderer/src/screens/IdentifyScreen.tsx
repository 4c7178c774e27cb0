import { useEffect, useReducer } from 'react';
import type { SessionSummary } from '../../../shared/ipc/contract.js';
import { formatClockTime } from '../format/date';
import { CardCameraButton } from '../camera/CardCameraButton';
import { useMessages } from '../i18n/useMessages';
import { otpUnreachable } from '../state/connectionNotice';
import { enteredDob, identifyReducer, lockedUntil, previousStep, startIdentify } from '../state/identifyFlow';
import type { CardFacts } from '../state/identifyFlow';
import { AttestStep } from './identify/AttestStep';
import { CardFactsList, CardStep } from './identify/CardStep';
import { DobStep } from './identify/DobStep';
import { EnteredFacts } from './identify/EnteredFacts';
import { IdNumberStep } from './identify/IdNumberStep';
import { identifyProblemText } from './identify/identifyText';
import { MethodStep } from './identify/MethodStep';
import { OtpStep } from './identify/OtpStep';
import { PasscodeStep } from './identify/PasscodeStep';
import type { PadHandlers } from './identify/stepParts';
import { useIdentifyCalls } from './identify/useIdentifyCalls';
import { useCardScan } from './scan/useCardScan';
import './IdentifyScreen.css';

interface IdentifyScreenProps {
  /** A staff member is signed in: staff attestation is offered as a third way. */
  assisted: boolean;
  staffId: string | undefined;
  /** A card scanned on Welcome: identification opens at its check. */
  card?: CardFacts | undefined;
  onBack: () => void;
  /** "Không phải, nhập lại": the card above is not the citizen's, and nothing may keep it. */
  onCardDropped: () => void;
  /** A receipt's reference was scanned, and the citizen chose to look it up. */
  onLookup: (reference: string) => void;
  onVerified: (summary: SessionSummary) => void;
}

/**
 * Step 1 the personal ID number, step 2 the date of birth (checked against the number), step
 * 3 how to prove it, step 4 the passcode, the SMS code or the staff member's check. The flow
 * is `identifyReducer`; this component only wires it to the step components and the core.
 */
export function IdentifyScreen(props: IdentifyScreenProps) {
  const { assisted, staffId, onBack, onCardDropped, onLookup, onVerified } = props;
  const t = useMessages();
  const [state, dispatch] = useReducer(identifyReducer, props.card, (card) =>
    startIdentify(Date.now(), card),
  );
  const calls = useIdentifyCalls(state, dispatch, onVerified);
  // Every step hears the scanner: a card fills the facts and asks for the one check; a
  // receipt's reference offers the lookup over the step, which stays as it was.
  const scan = useCardScan(
    {
      onCard: (card) => dispatch({ type: 'card-scanned', card }),
      onRefused: (problem) => dispatch({ type: 'scan-refused', problem }),
      onLookup,
    },
    { assisted, busy: state.busy },
  );
  const { step, idDigits, dobDigits, code, busy } = state;
  const lockEnd = lockedUntil(state);
  const problemText = state.problem === null ? null : identifyProblemText(t, state.problem, dobDigits);
  // On the code steps a lockout is said for as long as it lasts, whatever else was said before.
  // Its date is added when it ends on another day than the one the screen opened on.
  const lockText =
    lockEnd === null ? null : t.identify.verificationLockedUntil(formatClockTime(lockEnd, state.openedAt));
  const error = (step === 'passcode' || step === 'otp' ? lockText : null) ?? problemText;
  const lockUntil = state.lock?.until;
  useEffect(() => {
    if (lockUntil === undefined) return;
    const timer = window.setTimeout(
      () => dispatch({ type: 'lock-ended' }),
      Math.max(0, Date.parse(lockUntil) - Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [lockUntil]);
  const back = () => (previousStep(step) === undefined ? onBack() : dispatch({ type: 'back' }));
  const pad: PadHandlers = {
    onKey: (key) => dispatch({ type: 'typed', key }),
    onBackspace: () => dispatch({ type: 'erased' }),
    onClear: () => dispatch({ type: 'cleared' }),
    onBack: back,
  };
  const factsWithDob = <EnteredFacts idDigits={idDigits} dobIso={enteredDob(state)} />;
  return (
    <>
      {stepView()}
      {scan.offer}
    </>
  );

  function stepView() {
    switch (step) {
      case 'id':
        return (
          <IdNumberStep
            idDigits={idDigits}
            openedAt={state.openedAt}
            error={error}
            busy={busy}
            extra={<CardCameraButton onScanned={scan.onScanned} disabled={busy} />}
            onSubmit={() => dispatch({ type: 'submit-id' })}
            {...pad}
          />
        );
      case 'card':
        // The flow reaches this step only with a card's facts.
        return state.card === null ? null : (
          <CardStep
            card={state.card}
            assisted={assisted}
            error={error}
            onPasscode={() => dispatch({ type: 'choose-passcode' })}
            onOtp={calls.requestOtp}
            onStaff={() => dispatch({ type: 'choose-staff' })}
            onNotMine={() => {
              dispatch({ type: 'back' });
              onCardDropped();
            }}
          />
        );
      case 'dob':
        return (
          <DobStep
            idDigits={idDigits}
            dobDigits={dobDigits}
            openedAt={state.openedAt}
            error={error}
            busy={busy}
            onSubmit={() => dispatch({ type: 'submit-dob' })}
            {...pad}
          />
        );
      case 'method':
        return (
          <MethodStep
            assisted={assisted}
            context={factsWithDob}
            error={error}
            onPasscode={() => dispatch({ type: 'choose-passcode' })}
            onOtp={calls.requestOtp}
            onStaff={() => dispatch({ type: 'choose-staff' })}
            onBack={back}
          />
        );
      case 'attest':
        return (
          <AttestStep
            context={
              state.card === null ? (
                <EnteredFacts idDigits={idDigits} dobIso={enteredDob(state)} wholeForStaff />
              ) : (
                <CardFactsList card={state.card} forStaff />
              )
            }
            staffId={staffId}
            cardIssuedOn={state.card?.issuedOn}
            checked={state.cardChecked}
            onCheck={(checked) => dispatch({ type: 'card-checked', checked })}
            busy={busy}
            error={error}
            onConfirm={calls.attest}
            onBack={back}
          />
        );
      case 'otp':
        return (
          <OtpStep
            idDigits={idDigits}
            code={code}
            otp={state.otp}
            unreachable={otpUnreachable(state)}
            error={error}
            busy={busy}
            locked={lockEnd !== null}
            onSubmit={calls.verifyCode}
            onResend={calls.requestOtp}
            onUsePasscode={() => dispatch({ type: 'choose-passcode' })}
            {...pad}
          />
        );
      case 'passcode':
        return (
          <PasscodeStep
            idDigits={idDigits}
            code={code}
            error={error}
            busy={busy}
            locked={lockEnd !== null}
            onSubmit={calls.verifyCode}
            {...pad}
          />
        );
    }
  }
}
