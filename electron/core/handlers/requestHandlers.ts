import { normaliseReference } from '../../../shared/domain/reference.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import type { RequestLookup, requestMethods } from '../../../shared/ipc/requestContract.js';
import type { KnownChange } from '../requests/KioskChanges.js';
import { auditActor } from './citizenAccess.js';
import type { HandlersFor } from './handlerTypes.js';
import type { KioskServices } from './kioskServices.js';
import { isUnreachable, kioskErrorFrom } from './upstreamErrors.js';

/**
 * Looking up a request by the reference on its slip. No session: whoever holds the slip may ask,
 * and the answer carries no personal data. The national system knows best; a change it has not
 * received yet (queued here, or the connection is down) is answered from this kiosk, and so is a
 * change staff closed here (issue 11): only this kiosk knows why it was closed.
 */
function fromThisKiosk(reference: string, local: KnownChange): RequestLookup {
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
    source: 'this-kiosk',
  };
}

export function createRequestHandlers(services: KioskServices): HandlersFor<typeof requestMethods> {
  return {
    'request.lookup': async ({ reference: typed }) => {
      const reference = normaliseReference(typed);
      if (reference === undefined) {
        throw new KioskError('BAD_REFERENCE', 'A reference code has 10 characters, 0–9 and A–F.');
      }
      // Staff closed it here: the kiosk's own record wins, whatever the national system knows.
      const local = await services.changes.byReference(reference);
      let found: RequestLookup | undefined =
        local?.state === 'closed' ? fromThisKiosk(reference, local) : undefined;
      if (found === undefined) {
        try {
          const remote = await services.upstream.lookupRequest(reference);
          if (remote !== undefined) {
            found = {
              reference,
              kind: remote.kind,
              state: remote.outcome,
              outcomeCode: remote.code,
              ...(remote.requestStatus === undefined ? {} : { requestStatus: remote.requestStatus }),
              acceptedAt: remote.receivedAt,
              updatedAt: remote.updatedAt,
              source: 'national-system',
            };
          }
        } catch (error) {
          if (!isUnreachable(error)) throw kioskErrorFrom(error, services.now());
        }
      }
      if (found === undefined && local !== undefined) found = fromThisKiosk(reference, local);
      await services.audit.append({
        action: 'request.lookup',
        ...auditActor(services),
        reference,
        outcome: found?.source ?? 'not-found',
      });
      if (found === undefined) throw new KioskError('REQUEST_NOT_FOUND', 'No request has this reference.');
      return found;
    },
  };
}
