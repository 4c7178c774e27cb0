import type { deskMethods } from '../../../shared/ipc/deskContract.js';
import { referenceForChange } from '../../../shared/domain/reference.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import { auditFactsFrom } from '../audit/AuditLog.js';
import type { AuditInput } from '../audit/AuditLog.js';
import { deskOverview } from '../desk/deskOverview.js';
import type { HandlersFor } from './handlerTypes.js';
import type { KioskServices } from './kioskServices.js';

/**
 * The sync desk (issue 11): staff see what waits for them and act on it. Every method checks the
 * staff session first (`STAFF_REQUIRED`), so a citizen's call changes nothing.
 */
export function createDeskHandlers(services: KioskServices): HandlersFor<typeof deskMethods> {
  const { sync, queue, storeNotices } = services;
  const overview = () =>
    deskOverview({
      doc: { changes: queue.all(), heldForStaff: queue.held() },
      status: sync.status(),
      thresholds: sync.ageingThresholds,
      notices: storeNotices.notices(),
      resendable: (changeId) => sync.resendable(changeId),
      nowMs: services.now().getTime(),
    });
  const changeFacts = (changeId: string, staffId: string): Omit<AuditInput, 'action'> => {
    const entry = queue.find(changeId);
    if (entry === undefined) throw new KioskError('CHANGE_NOT_FOUND', `No change ${changeId} in the queue.`);
    return {
      actor: 'staff',
      staffId,
      changeId,
      reference: referenceForChange(changeId),
      idNumber: entry.change.idNumber,
    };
  };
  return {
    'desk.overview': async () => {
      services.staff.require();
      return overview();
    },

    'desk.resend': async ({ changeId }) => {
      const staff = services.staff.require();
      const facts = changeFacts(changeId, staff.staffId);
      await sync.resend(changeId, [auditFactsFrom({ ...facts, action: 'change.resent' })]);
      return overview();
    },

    'desk.close': async ({ changeId, reason, note }) => {
      const staff = services.staff.require();
      const facts = changeFacts(changeId, staff.staffId);
      const at = services.now().toISOString();
      const closure = { reason, ...(note === undefined ? {} : { note }), staffId: staff.staffId, at };
      await sync.close(changeId, closure, [
        auditFactsFrom({ ...facts, action: 'change.closed', outcome: reason }),
      ]);
      return overview();
    },

    'desk.sendNow': async () => {
      const staff = services.staff.require();
      await services.audit.append({ action: 'sync.sendNow', actor: 'staff', staffId: staff.staffId });
      sync.sendAll();
      return overview();
    },
  };
}
