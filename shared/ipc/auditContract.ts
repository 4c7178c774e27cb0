import { z } from 'zod';
import { AuditAction } from '../domain/auditAction.js';
import { STAFF_ID_PATTERN } from '../rules/staffId.js';
import { ExportedFile, ExportSaved } from './exportedFile.js';

/** A calendar day in Vietnam time, YYYY-MM-DD (the audit month files are cut by Vietnam months too). */
export const AuditDay = z.iso.date();

/** The most entries one page holds; a screen asks for fewer. */
export const AUDIT_PAGE_MAX = 100;

/** Which entries: every filter is optional, and all given must hold. */
export const AuditFilter = z
  .object({
    day: AuditDay.optional(),
    staffId: z.string().regex(STAFF_ID_PATTERN).optional(),
    action: AuditAction.optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof AuditFilter>;

/**
 * One entry as staff read it: what the hashed line holds, minus the chain fields and the
 * change's id. Never anything unmasked: the log itself only ever held the masked ID number.
 */
export const AuditLogEntry = z
  .object({
    seq: z.number().int().positive(),
    at: z.iso.datetime({ offset: true }),
    action: AuditAction,
    actor: z.enum(['citizen', 'staff', 'kiosk']),
    staffId: z.string().max(32).optional(),
    idNumberMasked: z
      .string()
      .regex(/^\d{4}\*+\d{4}$/)
      .optional(),
    reference: z.string().max(16).optional(),
    outcome: z.string().max(64).optional(),
    detail: z.string().max(300).optional(),
  })
  .strict();
export type AuditLogEntry = z.infer<typeof AuditLogEntry>;

/** Why `verifyAuditChain` stopped at an entry (see electron/core/audit/verifyAuditChain.ts). */
export const auditBreakReasons = ['unreadable', 'sequence', 'chain', 'hash', 'unfinished'] as const;
export const AuditBreakReason = z.enum(auditBreakReasons);
export type AuditBreakReason = z.infer<typeof AuditBreakReason>;

/**
 * Whether the hash chain holds, walked from the first entry. Broken: the first entry that
 * fails and where it is; every entry before it (`entriesBefore`, seq 1 to that) is still
 * proven, every entry from it on (`untrustedFromSeq`) cannot be trusted to be unaltered.
 */
export const AuditChainStatus = z.discriminatedUnion('status', [
  z
    .object({
      status: z.literal('intact'),
      entries: z.number().int().nonnegative(),
      /** The last entry's seq and hash (absent for an empty log). */
      head: z
        .object({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) })
        .strict()
        .optional(),
      checkedAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
  z
    .object({
      status: z.literal('broken'),
      entriesBefore: z.number().int().nonnegative(),
      untrustedFromSeq: z.number().int().positive(),
      firstBreak: z
        .object({
          /** The month file, e.g. audit-2026-12.jsonl. */
          file: z.string().max(40),
          /** 1-based line in that file. */
          line: z.number().int().positive(),
          /** The entry's own seq, when the line could be read at all. */
          seq: z.number().int().positive().optional(),
          reason: AuditBreakReason,
        })
        .strict(),
      checkedAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
]);
export type AuditChainStatus = z.infer<typeof AuditChainStatus>;

export const AuditPage = z
  .object({
    chain: AuditChainStatus,
    /** Newest first. */
    entries: z.array(AuditLogEntry).max(AUDIT_PAGE_MAX),
    /** Ask again with `before: nextBefore` for the next (older) page; absent on the last page. */
    nextBefore: z.number().int().positive().optional(),
    /** Every action the log knows, for the filter (the screen words them). */
    actions: z.array(AuditAction),
    /** The staff members to filter by: those enrolled and those the entries read so far name. */
    staffIds: z.array(z.string().max(32)),
  })
  .strict();
export type AuditPage = z.infer<typeof AuditPage>;

/** The audit log (issue 11, part A), for any signed-in staff member (`STAFF_REQUIRED`). */
export const auditMethods = {
  /** One page of entries, newest first: those with a seq below `before`, filtered. */
  'audit.entries': {
    args: AuditFilter.extend({
      before: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).optional(),
    }).strict(),
    result: AuditPage,
  },
  /**
   * Every entry the filter picks, newest first, as CSV for Excel (UTF-8 with a BOM, CRLF,
   * Vietnamese headers, actions in words); the export itself is audited (`audit.exported`).
   */
  'audit.export': { args: AuditFilter, result: ExportedFile },
  /** The same CSV saved into a folder staff pick (Electron); `{ saved: false }` on the web host. */
  'audit.save': { args: AuditFilter, result: ExportSaved },
} as const;
