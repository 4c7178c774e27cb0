import { KioskError } from '../../../shared/ipc/errors.js';
import type { KioskServices } from './kioskServices.js';

/**
 * The signed-in staff member's ID if they are a supervisor NOW: the role is read from the store,
 * never the session, so a member made staff a minute ago is refused at once. Nobody signed in
 * (or a citizen): STAFF_REQUIRED; a PIN to change first: PIN_CHANGE_REQUIRED.
 */
export function requireSupervisor(services: Pick<KioskServices, 'staff' | 'staffDirectory'>): string {
  const { staffId } = services.staff.require();
  const member = services.staffDirectory.find(staffId);
  if (member?.role !== 'supervisor' || member.disabledAt !== undefined)
    throw new KioskError('SUPERVISOR_REQUIRED', 'Only a supervisor may do this.');
  return staffId;
}
