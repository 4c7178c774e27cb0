import type { RecoveryKitFailureReason } from '../../../shared/i18n/setupWords.js';
import type { ClientError } from '../bridge/kioskClient';

/*
 * The facts some error codes carry, read from the contract's typed `details`: attempts left, a
 * time to wait, an instant. The screen's own sentence comes from the catalogue; an error without
 * the fact simply gives the sentence without it. Nothing here reads `message`.
 */

/** Wrong passcode, OTP or staff PIN → how many more may be tried. */
export function attemptsLeft(error: ClientError): number | undefined {
  return error.code === 'VERIFICATION_FAILED' || error.code === 'STAFF_PIN_WRONG'
    ? error.details.attemptsLeft
    : undefined;
}

/**
 * An OTP asked for too soon → seconds until another may be asked for; wrong staff sign-in tries
 * piling up at the kiosk → seconds until the next is checked.
 */
export function retryAfterSeconds(error: ClientError): number | undefined {
  switch (error.code) {
    case 'OTP_RATE_LIMITED':
    case 'STAFF_SIGN_IN_WAIT':
    case 'STAFF_PIN_WRONG':
    case 'SETUP_CODE_WRONG':
      return error.details.retryAfterSeconds;
    default:
      return undefined;
  }
}

/** A verification or staff lockout → the instant it ends. */
export function untilInstant(error: ClientError): string | undefined {
  return error.code === 'VERIFICATION_LOCKED' || error.code === 'STAFF_LOCKED_OUT'
    ? error.details.until
    : undefined;
}

/** A recovery kit that was not written → why (a folder that will not do, a full stick, a failed write). */
export function recoveryKitFailure(error: ClientError): RecoveryKitFailureReason | undefined {
  return error.code === 'RECOVERY_KIT_FAILED' ? error.details.reason : undefined;
}
