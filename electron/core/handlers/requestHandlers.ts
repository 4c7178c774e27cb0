import { normaliseReference } from '../../../shared/domain/reference.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import type { RequestLookup, requestMethods } from '../../../shared/ipc/requestContract.js';
import type { KnownChange } from '../requests/KioskChanges.js';
import { resolveLookup } from '../requests/resolveLookup.js';
import type { NationalAnswer } from '../requests/resolveLookup.js';
import { auditActor } from './citizenAccess.js';
import type { HandlersFor } from './handlerTypes.js';
import type { KioskServices } from './kioskServices.js';
import { mayHaveReceipt } from './receiptAccess.js';
import { isUnreachable, kioskErrorFrom } from './upstreamErrors.js';

async function askNationalSystem(services: KioskServices, reference: string): Promise<NationalAnswer> {
  try {
    const response = await services.upstream.lookupRequest(reference);
    return response === undefined ? { kind: 'unknown' } : { kind: 'found', response };
  } catch (error) {
    if (isUnreachable(error)) return { kind: 'unreachable' };
    throw kioskErrorFrom(error, services.now());
  }
}

/**
 * Looking up a request by the reference on its slip. No session: whoever holds the slip may ask,
 * and the answer carries no personal data. `resolveLookup` makes one state of this kiosk's record
 * and the national system's answer. A change staff closed here (issue 11) is answered from this
 * kiosk without asking: only this kiosk knows why it was closed.
 */
export function createRequestHandlers(services: KioskServices): HandlersFor<typeof requestMethods> {
  return {
    'request.lookup': async ({ reference: typed }) => {
      const reference = normaliseReference(typed);
      if (reference === undefined) {
        throw new KioskError('BAD_REFERENCE', 'A reference code has 10 characters, 0–9 and A–F.');
      }
      const local: KnownChange | undefined = await services.changes.byReference(reference);
      const national: NationalAnswer =
        local?.state === 'closed' ? { kind: 'not-asked' } : await askNationalSystem(services, reference);
      const resolved = resolveLookup(reference, local, national);
      await services.audit.append({
        action: 'request.lookup',
        ...auditActor(services),
        reference,
        // The audit log's words (found by the national system, found on this kiosk) predate the basis.
        outcome:
          resolved === undefined
            ? 'not-found'
            : resolved.basis === 'national-system'
              ? 'national-system'
              : 'this-kiosk',
      });
      if (resolved === undefined) throw new KioskError('REQUEST_NOT_FOUND', 'No request has this reference.');
      const found: RequestLookup =
        local !== undefined && mayHaveReceipt(services, local.changeId, local)
          ? { ...resolved, reprintChangeId: local.changeId }
          : resolved;
      return found;
    },
  };
}
