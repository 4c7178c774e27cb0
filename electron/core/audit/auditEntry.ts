import { createHash } from 'node:crypto';
import { z } from 'zod';
import { VerificationMethod } from '../../../shared/domain/change.js';
import { canonicalJson } from './canonicalJson.js';

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
  // Part M (issue 11): staff accounts. `staffId` is who acted; `detail` names the member acted on.
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

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
export const GENESIS_HASH = '0'.repeat(64);

/** The facts of one action, as the services hand them over. */
export const AuditFacts = z
  .object({
    action: AuditAction,
    /** Who acted: the citizen alone, a staff member (always with `staffId`), or the kiosk itself (idle timeouts). */
    actor: z.enum(['citizen', 'staff', 'kiosk']),
    staffId: z.string().max(32).optional(),
    /** Masked, e.g. 0010****2345: the log outlives the session and must not hold usable personal data. */
    idNumberMasked: z
      .string()
      .regex(/^\d{4}\*+\d{4}$/)
      .optional(),
    verifiedBy: VerificationMethod.optional(),
    assisted: z.boolean().optional(),
    changeId: z.uuid().optional(),
    reference: z.string().max(16).optional(),
    deviceId: z.string().max(128).optional(),
    /** The result in a word or code: a change state, an error code, `offline`, `printed`. */
    outcome: z.string().max(64).optional(),
    detail: z.string().max(300).optional(),
  })
  .strict();
export type AuditFacts = z.infer<typeof AuditFacts>;

/**
 * The entry format this code writes. Entries written before issue 9 have no `v` (version 1, the
 * same fields); an entry of a newer version does not parse, so it is reported as damaged by
 * `verifyAuditChain` and the start's audit check, never misread.
 */
export const AUDIT_ENTRY_VERSION = 2 as const;

export const AuditEntry = AuditFacts.extend({
  v: z.literal(AUDIT_ENTRY_VERSION).optional(),
  seq: z.number().int().positive(),
  at: z.iso.datetime({ offset: true }),
  prevHash: Hex64,
  hash: Hex64,
}).strict();
export type AuditEntry = z.infer<typeof AuditEntry>;

/** hash = SHA-256(prevHash + canonical JSON of the entry without its hash). */
export function auditHash(entry: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256')
    .update(entry.prevHash + canonicalJson(entry), 'utf8')
    .digest('hex');
}

export function sealAuditEntry(facts: AuditFacts, seq: number, at: string, prevHash: string): AuditEntry {
  const unsealed = { ...facts, v: AUDIT_ENTRY_VERSION, seq, at, prevHash };
  return { ...unsealed, hash: auditHash(unsealed) };
}
