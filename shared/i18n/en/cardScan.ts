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
};
