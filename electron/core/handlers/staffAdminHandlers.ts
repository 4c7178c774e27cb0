import type { staffAdminMethods } from '../../../shared/ipc/staffAdminContract.js';
import { accountViewOf } from '../staff/staffAccountView.js';
import type { HandlersFor } from './handlerTypes.js';
import type { KioskServices } from './kioskServices.js';
import { requireSupervisor } from './staffAccess.js';

/**
 * Staff accounts (issue 11 §4), supervisors only: each call checks the caller's current role
 * before reading or changing anything, so a refused call changes nothing.
 */
export function createStaffAdminHandlers(services: KioskServices): HandlersFor<typeof staffAdminMethods> {
  const { staffAccounts, staffDirectory } = services;
  const nowMs = () => services.now().getTime();
  const accountOf = (staffId: string) => {
    const member = staffDirectory.find(staffId);
    // The member was just read by the action that changed them; never removed since.
    if (member === undefined) throw new Error(`${staffId} vanished from the directory`);
    return { account: accountViewOf(member, nowMs()) };
  };
  /** A disabled member who is signed in leaves at once. */
  const signOutIfSignedIn = (staffId: string) => {
    if (services.staff.peek()?.staffId === staffId) services.staff.signOut('signed-out');
  };

  return {
    'staffAdmin.list': async () => {
      requireSupervisor(services);
      await services.staffReady;
      return { members: staffDirectory.members().map((member) => accountViewOf(member, nowMs())) };
    },
    'staffAdmin.enrol': async (member) => staffAccounts.enrol(requireSupervisor(services), member),
    'staffAdmin.setEnabled': async ({ staffId, enabled }) => {
      await staffAccounts.setEnabled(requireSupervisor(services), staffId, enabled);
      const after = accountOf(staffId);
      if (!enabled) signOutIfSignedIn(staffId);
      return after;
    },
    // Whoever is reset keeps a sign-in they have (only the caller can be signed in): the code
    // must reach the screen, and the old PIN stops working for the next sign-in anyway.
    'staffAdmin.resetPin': async ({ staffId }) =>
      staffAccounts.resetPin(requireSupervisor(services), staffId),
    'staffAdmin.unlock': async ({ staffId }) => {
      await staffAccounts.unlock(requireSupervisor(services), staffId);
      return accountOf(staffId);
    },
    'staffAdmin.setRole': async ({ staffId, role }) => {
      await staffAccounts.setRole(requireSupervisor(services), staffId, role);
      return accountOf(staffId);
    },
  };
}
