import type { CameraProblem } from '../../../shared/i18n/cardScanWords.js';

/**
 * What getUserMedia's refusal means for the citizen. The DOMException's name is the contract
 * (its message is browser prose, never read): not allowed, no camera, a camera another program
 * holds or that failed; anything else is the reader failing to start.
 */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'refused';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'none';
    case 'NotReadableError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}
