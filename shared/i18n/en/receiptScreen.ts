import { COMMUNE_POLICE, HOTLINE } from '../../domain/contacts.js';
import type { ReceiptScreenWords } from '../screenWords.js';

/** The receipt screen: what was recorded, what happens next, and why when refused. */
export const receiptScreenWordsEn: ReceiptScreenWords = {
  referenceLabel: 'Lookup code',
  referenceMeaning:
    'Use this code to see the result of the request: choose “Check a request” on this kiosk, or read it to the hotline.',
  referenceHint: 'Please print the slip, or write down or photograph this code.',
  nextTitle: 'Next',
  reviewDevices: 'See the devices again',
  seeAccount: 'See the account',
  reasonLabel: 'Reason',
  print: 'Print the slip',
  reprint: 'Print the slip again',
  printing: 'Printing the slip…',
  printed: 'The slip is printed. Please take it from the printer.',
  printSent: 'Sent to the printer. If no slip comes out, please ask a staff member.',
  printFailed: 'The slip could not be printed. Please ask a staff member to print it.',
  waitingTitle: 'Recorded, waiting to send',
  waitingNext: [
    'The kiosk sends the request by itself when the connection returns. You do not need to do it again.',
    'Keep the slip, and use the lookup code to see the result later.',
  ],
  kinds: {
    'unlink-device': 'Unlink a device',
    'unlink-all-devices': 'Unlink all devices',
    'unlock-request': 'Unlock request',
  },
  unlink: {
    doneTitle: 'The device is unlinked',
    doneBody: (name: string) => `The device ${name} is no longer linked to your VNeID account.`,
    doneNext: [
      'The old phone can no longer use your VNeID account.',
      'You can now sign in to VNeID on your new phone.',
      'When you are done, press “Finish” to remove your information from this kiosk.',
    ],
    alreadyBody: (name: string) => `The device ${name} was already unlinked. Nothing more to do.`,
    waitingBody: (name: string) =>
      `The request to unlink ${name} is saved on the kiosk but has not reached the national identity system yet. Until then, the device stays linked.`,
    notDoneTitle: 'The device could not be unlinked',
    notDoneBody: (name: string) => `The request to unlink ${name} was not carried out.`,
  },
  unlinkAll: {
    doneTitle: 'All devices are unlinked',
    doneBody: 'No phone is signed in to your VNeID account any more.',
    doneNext: [
      'Sign in to VNeID again on your new phone.',
      'When you are done, press “Finish” to remove your information from this kiosk.',
    ],
    alreadyBody: 'No device is linked to the account. Nothing more to do.',
    waitingBody:
      'The request to unlink all devices is saved on the kiosk but has not reached the national identity system yet.',
    notDoneTitle: 'The devices could not be unlinked',
    notDoneBody: 'The request to unlink all devices was not carried out.',
  },
  unlock: {
    unlockedTitle: 'The account is unlocked',
    unlockedBody: 'Your VNeID account works again.',
    unlockedNext: [
      'Open the VNeID app and sign in as before.',
      'When you are done, press “Finish” to remove your information from this kiosk.',
    ],
    reviewTitle: 'The unlock request is sent',
    reviewBody: 'The police will review it. The account stays locked until there is a decision.',
    reviewNext: [
      'Keep the slip. Use the lookup code on this kiosk to see the result in a few days.',
      `For questions, call the hotline ${HOTLINE}.`,
    ],
    alreadyPendingBody:
      'An unlock request was already sent and is waiting for review. No need to send it again.',
    notLockedTitle: 'The account is not locked',
    notLockedBody: 'The account is active; no unlock is needed.',
    waitingBody:
      'The unlock request is saved on the kiosk but has not reached the national identity system yet. The account stays locked until the request is processed.',
    notDoneTitle: 'The account could not be unlocked',
    notDoneBody: 'The unlock request was not accepted.',
  },
  notDoneNext: [
    `Please bring your ID card to the commune police (${COMMUNE_POLICE}), or call the hotline ${HOTLINE}.`,
    'Give the lookup code to a staff member for help.',
  ],
  reasons: {
    HOLDER_DECEASED: 'The account of a person who has died cannot be changed or reopened.',
    AUTHORITY_LOCK:
      'The account was locked at the request of a court or a competent authority. Only the police can unlock it.',
    CARD_REVOKED: `The ID card was revoked. The account reopens only when a new card is issued at the commune police (${COMMUNE_POLICE}).`,
    LOCK_NEEDS_CHECKING: `The reason for the lock must be checked by the commune police (${COMMUNE_POLICE}).`,
    DEVICE_NOT_FOUND: 'The national identity system did not find this device on the account.',
    ACCOUNT_NOT_FOUND: 'The national identity system did not find this account.',
    EVIDENCE_INVALID:
      'The identity check expired before the request was sent. Please do it again with a staff member.',
    STAFF_UNKNOWN:
      'The staff member who checked the card is not registered with the national identity system. Please do it again with a registered staff member.',
    DATE_OF_BIRTH_MISMATCH:
      'The date of birth typed from the card does not match the record for this ID number. Please check the ID card and do it again.',
    ID_NUMBER_IMPOSSIBLE: 'This ID number cannot exist. Please check the ID card.',
    LOCK_STATE_CHANGED:
      'The account was locked again after you were verified, so this request no longer holds. Please do it again with staff.',
    DEVICE_STATE_CHANGED:
      "The account's devices changed after you were verified, so this request no longer holds. Please do it again with staff.",
  },
  rejectedReason: 'The national identity system did not accept this request.',
  conflictReason: 'The account has just had another change, so a staff member must check this request.',
  blockedBody: 'The request waits while a staff member deals with another request on the same account.',
};
