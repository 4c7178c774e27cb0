import { z } from 'zod';
import { StaffRole } from '../../../../shared/domain/staffRole.js';
import type { KioskDocument } from '../kioskDocument.js';
import { PinHash, StaffMember } from '../kioskDocument.js';

const Instant = z.iso.datetime({ offset: true });
const StaffId = StaffMember.shape.staffId;

/**
 * The records of staff accounts (issue 11). Each is a fact about one member, absolute rather
 * than relative, so replaying a journal's tail over a snapshot that already holds it ends where
 * it was. A record for a member the document does not hold changes nothing.
 */
export const StaffSetupCodeIssued = z
  .object({
    type: z.literal('staff.setupCodeIssued'),
    staffId: StaffId,
    /** The code's scrypt hash; the code itself is shown once and never stored. */
    codeHash: PinHash,
    expiresAt: Instant,
    at: Instant,
  })
  .strict();
export const StaffPinSet = z
  .object({ type: z.literal('staff.pinSet'), staffId: StaffId, pinHash: PinHash, at: Instant })
  .strict();
export const StaffDisabled = z
  .object({ type: z.literal('staff.disabled'), staffId: StaffId, at: Instant })
  .strict();
export const StaffEnabled = z
  .object({ type: z.literal('staff.enabled'), staffId: StaffId, at: Instant })
  .strict();
export const StaffRoleChanged = z
  .object({ type: z.literal('staff.roleChanged'), staffId: StaffId, role: StaffRole, at: Instant })
  .strict();

export type StaffAccountRecord =
  | z.infer<typeof StaffSetupCodeIssued>
  | z.infer<typeof StaffPinSet>
  | z.infer<typeof StaffDisabled>
  | z.infer<typeof StaffEnabled>
  | z.infer<typeof StaffRoleChanged>;

export function applyStaffAccountRecord(doc: KioskDocument, record: StaffAccountRecord): void {
  const member = doc.staff.find((known) => known.staffId === record.staffId);
  if (member === undefined) return;
  switch (record.type) {
    case 'staff.setupCodeIssued':
      // A new code replaces the PIN (a reset: the old PIN stops working) and ends any lockout.
      delete member.pinHash;
      delete member.lockedUntil;
      member.failedAttempts = 0;
      member.setupCode = {
        hash: structuredClone(record.codeHash),
        issuedAt: record.at,
        expiresAt: record.expiresAt,
      };
      return;
    case 'staff.pinSet':
      // The code is spent with the PIN it set: one time only.
      delete member.setupCode;
      delete member.lockedUntil;
      member.failedAttempts = 0;
      member.pinHash = structuredClone(record.pinHash);
      return;
    case 'staff.disabled':
      member.disabledAt ??= record.at;
      return;
    case 'staff.enabled':
      delete member.disabledAt;
      return;
    case 'staff.roleChanged':
      member.role = record.role;
      return;
  }
}
