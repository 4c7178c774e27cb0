import type { CardScanWords } from '../cardScanWords.js';

export const cardScanWordsEn: CardScanWords = {
  cameraButton: 'Scan the QR code on the ID card',
  camera: {
    title: 'Scan the QR code on the ID card',
    hint: 'Hold the QR code on the card inside the square and keep the card still for a moment.',
    videoLabel: "The kiosk's camera picture",
    opening: 'Opening the camera…',
    cancel: 'Cancel',
    retry: 'Try again',
    problems: {
      refused:
        'The kiosk is not allowed to use its camera. Please ask staff, or press "Cancel" to type the number.',
      none: 'The kiosk has no camera. Please press "Cancel" to type the number.',
      busy: 'The camera is busy or not working. Please wait a moment and try again, or press "Cancel" to type the number.',
      failed: 'The QR code reader could not start. Please try again, or press "Cancel" to type the number.',
    },
  },
  confirmTitle: 'Is this your card?',
  confirmHint: 'The kiosk read the QR code on your citizen ID card. If this is right, choose how to verify.',
  confirmHintForStaff: 'Read from the QR code on the card. Compare it with the card and the person.',
  holderName: 'Name on the card',
  issuedOn: 'Issued on',
  usePasscode: 'Yes, enter my VNeID passcode',
  useOtp: 'Yes, send me an SMS code',
  useStaff: 'Yes, staff confirm the card',
  notMine: 'No, type it in',
  readFromCard: (issuedOn) =>
    `The ID number and date of birth were read from the QR code on the citizen ID card (issued on ${issuedOn}). The QR code does not prove who holds the card: still compare the photo on the card with the person.`,
  offline:
    'The card was read, but the kiosk cannot reach the national identity system, so it cannot verify you right now.',
  referenceTitle: 'This is the lookup code from an appointment slip.',
  referenceQuestion: (reference) => `Code ${reference}. Would you like to see the status of this request?`,
  referenceLookup: 'Look up this request',
  notCardUrl:
    'The code scanned is a web address, not the QR code of a citizen ID card. Please scan the QR code on the card.',
  notCardText:
    'The code scanned is not the QR code of a citizen ID card. Please scan the QR code on the card.',
  damaged:
    'The QR code on the card could not be read whole. Please scan again, holding the card flat and still.',
  idNumber: (problem) => `The ID number read from the card is not valid. ${problem}`,
  dobMismatch: (idNumberYear, dateOfBirthYear) =>
    `In the code scanned, the ID number stands for a birth year of ${idNumberYear}, but the date of birth is in ${dateOfBirthYear}. The code may have been misread: please scan again, or type it in.`,
  genderMismatch:
    'In the code scanned, the gender does not match the ID number. The code may have been misread: please scan again, or type it in.',
  impossibleDateOfBirth:
    'The date of birth in the code scanned is not a real date. Please scan again, or type it in.',
  impossibleIssuedOn:
    'The issue date in the code scanned is not valid (in the future, or before the date of birth). Please scan again, or type it in.',
  cardOnLookup: 'This is the QR code on a citizen ID card, not the lookup code on an appointment slip.',
  notReference:
    'The code scanned is not the lookup code on an appointment slip. Please scan the code printed on the slip.',
};
