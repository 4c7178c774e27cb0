import type { ErrorWords } from '../screenWords.js';

/** What the screen says for each error code, in English: the code and its facts decide, never the message text. */
export const errorWordsEn: ErrorWords = {
  UNKNOWN_METHOD: 'The kiosk had a problem with this request. Please ask a staff member.',
  BAD_ARGUMENTS: 'What was entered is not right. Please check it.',
  INVALID_ID_NUMBER: 'The personal ID number is not right. Please check the number on your ID card.',
  NO_SESSION: 'The session has ended. Please press “Finish” and start again.',
  VERIFICATION_FAILED: 'The ID number or passcode is not right. Please check and enter it again.',
  VERIFICATION_LOCKED:
    'Too many wrong tries, so checking is paused for a while. Please try later, or ask a staff member.',
  ACCOUNT_NOT_FOUND: 'No VNeID account was found for this ID number.',
  DEVICE_NOT_FOUND: 'This device is no longer on the list. Please look at the list again.',
  UPSTREAM_UNAVAILABLE:
    'The national identity system cannot be reached right now. Please try again in a few minutes.',
  UPSTREAM_REFUSED: 'The national identity system refused the request. Please ask a staff member.',
  STORE_FAILED: 'The kiosk could not save the request. Please ask a staff member.',
  STORE_FULL: 'The kiosk has run out of storage space. Please tell a staff member.',
  NOTICE_NOT_FOUND: 'This notice has already been seen, or is no longer there.',
  // Issue 10, first run (part A).
  SETUP_REQUIRED: 'This kiosk is being set up. The supervisor must finish the first-run steps first.',
  SETUP_NOT_AVAILABLE: 'This setup step is not available now.',
  SETUP_PIN_MISMATCH: 'The two PINs are not the same. Please type the PIN again, twice.',
  RECOVERY_KIT_FAILED:
    'The recovery kit was not written. Check the USB stick (space, plugged in) and try again.',
  SUPERVISOR_REQUIRED: 'Only a supervisor can do this.',
  REPORT_DAY_NOT_AVAILABLE: 'No report can be made for this day.',
  // Issue 11, the sync desk (part S).
  CHANGE_NOT_FOUND: 'This request is no longer in the queue.',
  CHANGE_NOT_RESENDABLE:
    'The national system has decided this request; resending only brings back the same answer. Close it instead.',
  CHANGE_NOT_CLOSABLE: 'This request is not waiting for staff, so it cannot be closed.',
  // Issue 11, staff accounts (part M).
  STAFF_ID_TAKEN: 'This staff ID is already taken. Please choose another.',
  STAFF_NOT_FOUND: 'No staff member has this ID.',
  PIN_TOO_WEAK: 'The new PIN is not safe enough. Please choose another.',
  SETUP_CODE_WRONG: 'Wrong staff ID or setup code.',
  SETUP_CODE_EXPIRED: 'The setup code is over 24 hours old. Please ask a supervisor for a new one.',
  STAFF_DISABLED: 'This staff account is disabled. Please contact a supervisor.',
  LAST_SUPERVISOR: 'This is the last active supervisor: they cannot be disabled or made staff.',
  PIN_CHANGE_REQUIRED: 'Please change your PIN before doing anything else.',
  // Issue 13: a card read from its QR code.
  CARD_ISSUE_DATE_INVALID:
    'The issue date on the card cannot be right (after today, or before the date of birth). Please scan the card again, or type the details.',
  INTERNAL: 'The kiosk had an unexpected problem. Please try again, or ask a staff member.',
  OFFLINE:
    'This cannot be checked right now: the kiosk has no connection to the national identity system. Please try again in a few minutes, or ask a staff member.',
  STAFF_REQUIRED: 'This needs a staff member. Please ask one to come to the kiosk.',
  STAFF_PIN_WRONG: 'The staff ID or PIN is not right.',
  STAFF_LOCKED_OUT: 'Too many wrong tries. This staff ID is locked for a while; please try later.',
  STAFF_SIGN_IN_WAIT: 'Several wrong tries on this kiosk. Please wait a moment, then try again.',
  OTP_RATE_LIMITED: 'A code was just sent. Please wait a moment, then press “Send the code again”.',
  NO_REGISTERED_PHONE:
    'This account has no registered phone number for codes. Please use your VNeID passcode, or ask a staff member.',
  OTP_EXPIRED: 'The code has expired or was already used. Please press “Send the code again”.',
  UNLOCK_NOT_POSSIBLE: 'An unlock request cannot be sent from this kiosk. Please read the guidance above.',
  BAD_REFERENCE:
    'The lookup code is not right. It has 10 characters: digits and the letters A to F. Please check the slip.',
  REQUEST_NOT_FOUND: 'No request was found with this code. Please check the code on the slip.',
  RECEIPT_NOT_AVAILABLE: 'The slip for this request is not available yet. Please ask a staff member.',
  BACKUP_FAILED: 'The backup did not finish. Check the USB stick (space, plugged in) and try again.',
  STAFF_NOT_REGISTERED:
    'This staff account is waiting to be registered with the national system, so the card cannot be confirmed yet. Please try again when the kiosk is online.',
  KIOSK_UNREACHABLE: 'The kiosk service does not answer. Please try again, or tell a staff member.',
  KIOSK_ACCESS_DENIED: 'The kiosk was not started correctly. Please ask a staff member to restart it.',
  BAD_RESPONSE: 'The kiosk received invalid data. Please try again, or ask a staff member.',
};
