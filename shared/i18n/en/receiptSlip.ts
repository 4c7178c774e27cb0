import { HOTLINE } from '../../domain/contacts.js';
import type { ReceiptSlipWords } from '../receiptSlipWords.js';

export const receiptSlipWordsEn: ReceiptSlipWords = {
  title: 'REQUEST RECEIPT',
  subtitle: 'Electronic identification account (VNeID)',
  kiosk: 'Kiosk',
  time: 'Time',
  request: 'Request',
  idNumber: 'ID number',
  reference: 'Reference',
  status: 'Status',
  staff: 'Assisted by',
  printedAt: 'Printed',
  kinds: {
    'unlink-device': 'Unlink a device',
    'unlink-all-devices': 'Unlink all devices',
    'unlock-request': 'Unlock the account',
  },
  statuses: {
    waiting: 'Recorded, waiting to send',
    processed: 'Processed',
    'not-done': 'Could not be done',
    closed: 'Closed',
  },
  waitingNote: 'The request goes to the national identity system as soon as the connection is back.',
  blockedNote: 'The request waits for staff to deal with an earlier request on this account.',
  outcomes: {
    DEVICE_UNLINKED: 'The device was unlinked.',
    ALREADY_UNLINKED: 'The device had already been unlinked.',
    DEVICE_NOT_FOUND: 'This device is no longer linked to the account.',
    DEVICE_ID_REQUIRED: 'The request did not name a device. Please see a staff member.',
    ALL_DEVICES_UNLINKED: 'All devices were unlinked.',
    NO_LINKED_DEVICES: 'No device was linked to the account.',
    UNLOCKED: 'The account was unlocked.',
    REVIEW_PENDING: 'The request was received and waits for the identity agency to review it.',
    NOT_LOCKED: 'The account is not locked.',
    REVIEW_ALREADY_PENDING: 'An earlier unlock request is still waiting for review.',
    AUTHORITY_LOCK:
      "The account was locked at a competent authority's request. Only the commune police can lift it.",
    CARD_REVOKED: 'The ID card was revoked. The account unlocks when a new card is issued.',
    LOCK_NEEDS_CHECKING: 'The commune police must check the ground of the lock.',
    HOLDER_DECEASED: 'The holder has died; the account cannot be unlocked or changed.',
    ACCOUNT_NOT_FOUND: 'No account has this ID number.',
    EVIDENCE_INVALID: 'The request could not be proven to come from the holder. Please see a staff member.',
    CHANGE_ID_REUSED: 'The request reused a code. Please see a staff member.',
    STAFF_UNKNOWN:
      'The staff member who checked the card is not registered with the national system. Please see a staff member.',
    DATE_OF_BIRTH_MISMATCH: 'The date of birth on the card does not match the record for this ID number.',
    ID_NUMBER_IMPOSSIBLE: 'This ID number cannot exist. Please check the ID card.',
  },
  unknownOutcome: (code) => `Result code: ${code}.`,
  footer: `Use the reference at the kiosk ("Look up a request") or call ${HOTLINE} to see where the request stands.`,
};
