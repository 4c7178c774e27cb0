import { z } from 'zod';

/** What the audit log records (DESIGN §5 "Audit"): staff and citizen actions, never a full ID number. */
export const auditActions = [
  'staff.signIn',
  'staff.signInFailed',
  'staff.lockedOut',
  'staff.signOut',
  'session.verified',
  'session.verificationFailed',
  'session.attested',
  'session.ended',
  'device.unlink',
  'device.unlinkAll',
  'unlock.request',
  'unlock.refused',
  // A change a citizen alone made was taken back: the national system could not be reached and nothing had left the kiosk.
  'change.withdrawn',
  'receipt.printed',
  'request.lookup',
  // A staff member acknowledged a store notice (outcome: its code; detail: its id).
  'store.noticeAcknowledged',
  // The kiosk recorded a change's final state (applied, duplicate, conflict, rejected): anchored, so losing it shows.
  'change.finished',
  // Staff started the kiosk accepting one loss report (--accept-loss): the gap in the data is on record.
  'store.lossAccepted',
  // The national system registered a staff member (POST /v1/staff): they may attest cards from now on.
  'staff.registered',
  // Issue 10: the kiosk was provisioned (detail: kiosk ID and national system; never the secret).
  'kiosk.provisioned',
  // A staff member was enrolled (outcome: their role); the first supervisor at first run.
  'staff.enrolled',
  // A recovery kit was written (detail: the file); the passphrase is never recorded.
  'setup.recoveryKitWritten',
  // Issue 11 (desk, report, audit, staff accounts).
  'change.resent',
  'change.closed',
  'sync.sendNow',
  'report.exported',
  'audit.exported',
  'staff.disabled',
  'staff.enabled',
  'staff.pinReset',
  'staff.unlocked',
  'staff.pinChanged',
  'staff.setupCodeUsed',
  'staff.roleChanged',
] as const;
export const AuditAction = z.enum(auditActions);
export type AuditAction = z.infer<typeof AuditAction>;
