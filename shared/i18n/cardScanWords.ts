/** Why the camera could not be used, as the live view says it (renderer/src/camera). */
export const cameraProblems = ['refused', 'none', 'busy', 'failed'] as const;
export type CameraProblem = (typeof cameraProblems)[number];

/** The camera's live view, opened by "Quét mã QR trên thẻ căn cước" (issue 13). */
export interface CameraScanWords {
  title: string;
  /** Where to hold the card, under the picture. */
  hint: string;
  /** The picture itself, for screen readers. */
  videoLabel: string;
  /** While the camera and the reader start. */
  opening: string;
  cancel: string;
  retry: string;
  /** Each says what happened and that the number can still be typed. */
  problems: Readonly<Record<CameraProblem, string>>;
}

/**
 * Reading the citizen ID card's QR code (issue 13): the camera, the card's one check, the
 * attestation's note, and what each code that is not a usable card says.
 */
export interface CardScanWords {
  /** The button that opens the camera's live view. */
  cameraButton: string;
  camera: CameraScanWords;
  /** "Đúng là thẻ của ông/bà?" */
  confirmTitle: string;
  confirmHint: string;
  /** Staff see the whole number and the name, to compare them with the card in hand. */
  confirmHintForStaff: string;
  holderName: string;
  issuedOn: string;
  usePasscode: string;
  useOtp: string;
  useStaff: string;
  /** The card step's way back: the facts are not the citizen's, so nothing stays filled. */
  notMine: string;
  /** On the attestation: where the number and the date came from, and the card's issue date. */
  readFromCard: (issuedOn: string) => string;
  /** A citizen alone scans a card on Welcome while the national system is unreachable. */
  offline: string;
  /** A receipt's reference, scanned where a card was expected. */
  referenceTitle: string;
  referenceQuestion: (reference: string) => string;
  referenceLookup: string;
  notCardUrl: string;
  notCardText: string;
  damaged: string;
  /** The ID number read fails its own rules; `problem` is that rule's sentence. */
  idNumber: (problem: string) => string;
  dobMismatch: (idNumberYear: number, dateOfBirthYear: number) => string;
  genderMismatch: string;
  impossibleDateOfBirth: string;
  impossibleIssuedOn: string;
  /** Scanned on the lookup screen, which takes a slip's reference: an ID card's QR code. */
  cardOnLookup: string;
  /** Scanned on the lookup screen: neither a reference nor a card (a web address, a word). */
  notReference: string;
}
