import type { KioskServices } from './kioskServices.js';

/**
 * Who may have a change's slip (DESIGN §7): the citizen who made it, in this session, or the
 * staff member who served them, now signed in. A reference code alone must never print anyone's
 * masked ID number; the lookup offers "In lại phiếu" by the same rule.
 */
export function mayHaveReceipt(
  services: Pick<KioskServices, 'session' | 'staff'>,
  changeId: string,
  change: { staffId?: string | undefined },
): boolean {
  const madeHere = services.session.current()?.changeIds.has(changeId) === true;
  const staff = services.staff.current();
  const servedByStaff =
    staff !== undefined && (staff.changeIds.has(changeId) || change.staffId === staff.staffId);
  return madeHere || servedByStaff;
}
