import type { ChangeOutcome } from '../../shared/domain/change.js';
import type { ChangeResultState } from '../../shared/upstream/api.js';

export type RequestStatus = NonNullable<ChangeResultState['requestStatus']>;

/** What a rule decided, before any state is touched. `message` is plain English for logs. */
export interface RuleDecision {
  outcome: ChangeOutcome;
  code: string;
  message: string;
}
