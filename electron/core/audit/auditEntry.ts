import { createHash } from 'node:crypto';
import { z } from 'zod';
import { VerificationMethod } from '../../../shared/domain/change.js';
import { AuditAction } from '../../../shared/domain/auditAction.js';
import { canonicalJson } from './canonicalJson.js';

// The list lives in shared/ so the audit log screen can word every action (issue 11, part A).
export { AuditAction, auditActions } from '../../../shared/domain/auditAction.js';

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
