import type { StaffAccount, StaffAccountStatus } from '../../../shared/ipc/staffAdminContract.js';
import type { StaffMember } from '../store/kioskDocument.js';
import { lockedUntil } from './staffLockout.js';

/** Where a member stands, in the order a supervisor must act on it (staffAdminContract). */
export function accountStatusOf(member: Readonly<StaffMember>, nowMs: number): StaffAccountStatus {
  if (member.disabledAt !== undefined) return 'disabled';
  if (lockedUntil(member, nowMs) !== undefined) return 'locked';
  if (member.pinHash === undefined) return 'awaiting-first-pin';
  return 'active';
}

export function accountViewOf(member: Readonly<StaffMember>, nowMs: number): StaffAccount {
  const until = lockedUntil(member, nowMs);
  return {
    staffId: member.staffId,
    displayName: member.displayName,
    role: member.role,
    status: accountStatusOf(member, nowMs),
    registered: member.registeredAt !== undefined,
    ...(until === undefined ? {} : { lockedUntil: until }),
    ...(member.setupCode === undefined
      ? {}
      : {
          setupCodeExpiresAt: member.setupCode.expiresAt,
          setupCodeExpired: Date.parse(member.setupCode.expiresAt) <= nowMs,
        }),
  };
}

/**
 * A supervisor who can act now or after a lockout: not disabled, with a PIN. The last one may
 * not be disabled or made staff, or nobody could manage the kiosk's staff again.
 */
export function isActiveSupervisor(member: Readonly<StaffMember>): boolean {
  return member.role === 'supervisor' && member.disabledAt === undefined && member.pinHash !== undefined;
}
