/**
 * The words of a scanned citizen ID card (issue 13): its one check, the attestation's note,
 * and what each code that is not a usable card says. The camera's words join this group.
 */
export interface CardScanWords {
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
}
