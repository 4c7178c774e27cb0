import { isFinalState } from '../../../shared/domain/change.js';
import type { LookupBasis, RequestLookup } from '../../../shared/ipc/requestContract.js';
import type { RequestStatusResponse } from '../../../shared/upstream/api.js';
import type { KnownChange } from './KioskChanges.js';

/** What the national system said about a reference, if it was asked at all. */
export type NationalAnswer =
  | { kind: 'found'; response: RequestStatusResponse }
  /** Asked, and it does not know the reference. */
  | { kind: 'unknown' }
  | { kind: 'unreachable' }
  /** Not asked: this kiosk's record decides alone (staff closed it here). */
  | { kind: 'not-asked' };

/** The lookup's answer before the question of who may print its slip again. */
export type ResolvedLookup = Omit<RequestLookup, 'reprintChangeId'>;

function fromKioskRecord(reference: string, local: KnownChange, basis: LookupBasis): ResolvedLookup {
  return {
    reference,
    kind: local.kind,
    state: local.state,
    ...(local.outcomeCode === undefined ? {} : { outcomeCode: local.outcomeCode }),
    ...(local.closed === undefined
      ? {}
      : {
          closed: {
            reason: local.closed.reason,
            ...(local.closed.note === undefined ? {} : { note: local.closed.note }),
          },
        }),
    acceptedAt: local.acceptedAt,
    updatedAt: local.updatedAt,
    basis,
  };
}

/**
 * One state and one explanation from this kiosk's record and the national system's answer.
 * The national system knows best, except why staff closed a change here. A change this kiosk
 * finished holds the national system's answer as it was given: it stands even when the national
 * system does not know the reference now (after its restart, say), and is then said to come from
 * this kiosk's record, never "the national system has no information" beside "done". The time a
 * request was accepted is the kiosk's, the one printed on the slip, whoever answers.
 * Undefined when neither knows the reference.
 */
export function resolveLookup(
  reference: string,
  local: KnownChange | undefined,
  national: NationalAnswer,
): ResolvedLookup | undefined {
  if (local?.state === 'closed') return fromKioskRecord(reference, local, 'closed-here');
  if (national.kind === 'found') {
    const remote = national.response;
    return {
      reference,
      kind: remote.kind,
      state: remote.outcome,
      outcomeCode: remote.code,
      ...(remote.requestStatus === undefined ? {} : { requestStatus: remote.requestStatus }),
      acceptedAt: local?.acceptedAt ?? remote.acceptedAt ?? remote.receivedAt,
      updatedAt: remote.updatedAt,
      basis: 'national-system',
    };
  }
  if (local === undefined) return undefined;
  const basis: LookupBasis = isFinalState(local.state)
    ? 'kiosk-record'
    : national.kind === 'unknown'
      ? 'not-yet-received'
      : 'not-checked';
  return fromKioskRecord(reference, local, basis);
}
