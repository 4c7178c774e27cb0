import type { Messages } from '../../i18n/useMessages';
import type { FirstRunProblem } from '../../state/firstRunFlow';

/** The sentence for a first-run problem, in the language shown now. */
export function firstRunProblemText(t: Messages, problem: FirstRunProblem): string {
  switch (problem.kind) {
    case 'pin-length':
      return t.setup.pinWrongLength;
    case 'pin-weak':
      return t.staffAdmin.pinRules[problem.rule];
    case 'pin-mismatch':
      return t.setup.pinMismatch;
    case 'folder-invalid':
      return t.setup.folderInvalid;
    case 'kit-failed':
      return t.setup.kitFailed[problem.reason];
    case 'refused':
      return t.errors[problem.code];
  }
}
