import { useEffect, useRef } from 'react';
import type { Dispatch } from 'react';
import type { SessionSummary } from '../../../../shared/ipc/contract.js';
import { useKiosk } from '../../bridge/KioskProvider';
import { attemptsLeft, retryAfterSeconds, untilInstant } from '../../format/errorFacts';
import { CODE_LENGTH, enteredDob } from '../../state/identifyFlow';
import type { IdentifyAction, IdentifyState } from '../../state/identifyFlow';

/** The national system refuses a second OTP for the same ID within 30 seconds. */
const OTP_RESEND_SECONDS = 30;

export interface IdentifyCalls {
  requestOtp: () => void;
  verifyCode: () => void;
  attest: () => void;
}

/**
 * The identify flow's calls to the core. The number and codes leave the screen only in these
 * calls; an answer that arrives after the screen was left (a wipe, "Quay lại") is dropped.
 */
export function useIdentifyCalls(
  state: IdentifyState,
  dispatch: Dispatch<IdentifyAction>,
  onVerified: (summary: SessionSummary) => void,
): IdentifyCalls {
  const kiosk = useKiosk();
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function requestOtp() {
    dispatch({ type: 'otp-requested' });
    const result = await kiosk.invoke('session.requestOtp', { idNumber: state.idDigits });
    if (!mounted.current) return;
    const fallbackResend = Date.now() + OTP_RESEND_SECONDS * 1000;
    if (result.ok) {
      const resendAfter = result.value.resendAfter === undefined ? NaN : Date.parse(result.value.resendAfter);
      dispatch({
        type: 'otp-sent',
        sentToMasked: result.value.sentToMasked,
        resendAt: Number.isNaN(resendAfter) ? fallbackResend : Math.min(resendAfter, fallbackResend + 60_000),
      });
      return;
    }
    const wait = retryAfterSeconds(result.error);
    const resendAt =
      result.error.code === 'OTP_RATE_LIMITED' ? Date.now() + (wait ?? OTP_RESEND_SECONDS) * 1000 : 0;
    dispatch({
      type: 'otp-failed',
      code: result.error.code,
      resendAt,
      waitSeconds: wait,
      until: untilInstant(result.error),
    });
  }

  async function verifyCode() {
    if (state.code.length !== CODE_LENGTH) {
      dispatch({ type: 'code-incomplete' });
      return;
    }
    dispatch({ type: 'verifying' });
    const result =
      state.step === 'otp'
        ? await kiosk.invoke('session.verifyOtp', { idNumber: state.idDigits, otp: state.code })
        : await kiosk.invoke('session.verifyPasscode', { idNumber: state.idDigits, passcode: state.code });
    if (!mounted.current) return;
    if (result.ok) onVerified(result.value);
    else
      dispatch({
        type: 'refused',
        code: result.error.code,
        attemptsLeft: attemptsLeft(result.error),
        until: untilInstant(result.error),
      });
  }

  async function attest() {
    if (!state.cardChecked) {
      dispatch({ type: 'attest-unchecked' });
      return;
    }
    // The flow reaches this step only through a whole date of birth.
    const dateOfBirth = enteredDob(state);
    if (dateOfBirth === undefined) return;
    dispatch({ type: 'verifying' });
    // A record of how the facts were typed, only while they are still the card's: never a name
    // or an address, and never more trust (issue 13 §2).
    const card =
      state.card === null ? {} : { card: { source: 'card-qr' as const, issuedOn: state.card.issuedOn } };
    const result = await kiosk.invoke('session.attestByStaff', {
      idNumber: state.idDigits,
      dateOfBirth,
      cardChecked: true,
      ...card,
    });
    if (!mounted.current) return;
    if (result.ok) onVerified(result.value);
    else dispatch({ type: 'refused', code: result.error.code });
  }

  return {
    // Each call shows its own outcome through the reducer; the bridge never rejects.
    requestOtp: () => void requestOtp(),
    verifyCode: () => void verifyCode(),
    attest: () => void attest(),
  };
}
