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

/** Reading the citizen ID card's QR code (issue 13). */
export interface CardScanWords {
  /** The button that opens the camera's live view. */
  cameraButton: string;
  camera: CameraScanWords;
}
