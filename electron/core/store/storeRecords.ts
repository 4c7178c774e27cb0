import { z } from 'zod';
import { ChangeState } from '../../../shared/domain/change.js';
import {
  applyArchiveRecord,
  removeChanges,
  ArchiveBatchesPurged,
  ArchiveBatchStarted,
  ArchiveBatchWritten,
} from './archive/archiveRecords.js';
import { NoticeId, StoreNotice } from '../../../shared/ipc/storeNotice.js';
import type { KioskDocument } from './kioskDocument.js';
import { applyNoticeAcknowledged, applyNoticeRaised } from './notices/noticeRecords.js';
import { AuditEntry } from '../audit/auditEntry.js';
import {
  applyChangeClosed,
  applyHeldForStaff,
  ChangeClosed,
  dropHeld,
  SyncHeldForStaff,
} from './deskRecords.js';
import {
  applyStaffAccountRecord,
  StaffDisabled,
  StaffEnabled,
  StaffPinSet,
  StaffRoleChanged,
  StaffSetupCodeIssued,
} from './staff/staffAccountRecords.js';
import { StaffRole } from '../../../shared/domain/staffRole.js';
import {
  AuditHead,
  KIOSK_DOCUMENT_VERSION,
  PinHash,
  Provisioning,
  QueuedChange,
  roleByRule,
  StaffMember,
} from './kioskDocument.js';

const Instant = z.iso.datetime({ offset: true });

/** What may change on a queued change; `null` clears a field. */
export const ChangePatch = z
  .object({
    state: ChangeState.optional(),
    attempts: z.number().int().nonnegative().optional(),
    outcomeCode: z.string().nullable().optional(),
    outcomeMessage: z.string().nullable().optional(),
    nextAttemptAt: Instant.nullable().optional(),
    lastError: z.string().max(500).nullable().optional(),
    blockedBy: z.uuid().nullable().optional(),
  })
  .strict();
export type ChangePatch = z.infer<typeof ChangePatch>;

/** Everything the journal holds: each is one fact, replayed in order to rebuild the store. */
export const StoreRecord = z.discriminatedUnion('type', [
  z.object({ type: z.literal('change.accepted'), entry: QueuedChange }).strict(),
  z
    .object({ type: z.literal('change.patched'), changeId: z.uuid(), at: Instant, patch: ChangePatch })
    .strict(),
  /** Written by folds before archive batches (issue 9); still read from old journals. */
  z.object({ type: z.literal('change.archived'), changeIds: z.array(z.uuid()) }).strict(),
  ArchiveBatchStarted,
  ArchiveBatchWritten,
  ArchiveBatchesPurged,
  /**
   * A change taken back before any request carrying it left the kiosk: a citizen alone whose
   * change found the national system unreachable is told so, and nothing stays queued for them.
   * Older data folders never hold one; a folder holding one needs this version to be read.
   */
  z.object({ type: z.literal('change.withdrawn'), changeId: z.uuid(), at: Instant }).strict(),
  /** Issue 11 (store version 4): staff closed a change waiting for them; the held-for-staff list. */
  ChangeClosed,
  SyncHeldForStaff,
  /**
   * A staff member enrolled, or enrolled again with a new PIN (which clears their lockout).
   * `role` is absent in journals written before issue 10: then `roleByRule` applies.
   */
  z
    .object({
      type: z.literal('staff.enrolled'),
      staffId: StaffMember.shape.staffId,
      displayName: StaffMember.shape.displayName,
      role: StaffRole.optional(),
      // Absent when a supervisor enrols a member with a setup code (issue 11).
      pinHash: PinHash.optional(),
      at: Instant,
    })
    .strict(),
  /** The kiosk was provisioned from the district's file (once); the secret is sealed in it. */
  z
    .object({
      type: z.literal('kiosk.provisioned'),
      provisioning: Provisioning.omit({ recoveryKitWrittenAt: true }),
    })
    .strict(),
  /** A recovery kit was written (the passphrase is never stored); `file` is where it went. */
  z.object({ type: z.literal('setup.recoveryKitWritten'), at: Instant, file: z.string().max(4096) }).strict(),
  /** Where a staff member's wrong-PIN count stands; absolute, so replaying it twice is harmless. */
  z
    .object({
      type: z.literal('staff.pinState'),
      staffId: StaffMember.shape.staffId,
      failedAttempts: z.number().int().nonnegative(),
      lockedUntil: Instant.nullable(),
      at: Instant,
    })
    .strict(),
  /**
   * The national system registered this staff member (issue 10): from now on they may attest a
   * card. Re-enrolling the member (`staff.enrolled`) drops it, and the kiosk registers them again.
   */
  z.object({ type: z.literal('staff.registered'), staffId: StaffMember.shape.staffId, at: Instant }).strict(),
  /** A store notice for staff (issue 9); kept in the document until acknowledged. */
  z.object({ type: z.literal('notice.raised'), notice: StoreNotice }).strict(),
  /** A staff member read the notice: it leaves the document (the audit log keeps who and when). */
  z
    .object({
      type: z.literal('notice.acknowledged'),
      noticeId: NoticeId,
      staffId: StaffMember.shape.staffId,
      at: Instant,
    })
    .strict(),
  /**
   * An audit entry, sealed (seq and hash) at flush time from the store's audit head: it is durable
   * with the change it tells of, and the audit file is written from it after the flush.
   */
  z.object({ type: z.literal('audit.appended'), entry: AuditEntry }).strict(),
  /**
   * A data folder written by an earlier version was opened. From version 1 (before issue 9) the
   * audit file's head at that moment became the store's anchor; from version 1 or 2 (before issue
   * 10) each staff member got the role `roleByRule` gave, listed in `staffRoles`. Journals of
   * issue 9 hold `{ fromVersion: 1, toVersion: 2 }` without roles, of issue 10 `toVersion: 3`, and
   * of issue 11 `toVersion: 4`. From version 3 (before issue 11) and 4 (before issue 13) nothing
   * stored changes meaning: the record only moves the version.
   */
  z
    .object({
      type: z.literal('store.migrated'),
      fromVersion: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      toVersion: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(KIOSK_DOCUMENT_VERSION)]),
      auditHead: AuditHead,
      staffRoles: z
        .array(z.object({ staffId: StaffMember.shape.staffId, role: StaffRole }).strict())
        .max(500)
        .optional(),
      at: Instant,
    })
    .strict(),
  // Staff accounts (issue 11): store/staff/staffAccountRecords.ts.
  StaffSetupCodeIssued,
  StaffPinSet,
  StaffDisabled,
  StaffEnabled,
  StaffRoleChanged,
  /** Staff accepted a loss report (--accept-loss): the store re-anchors on `auditHead`. */
  z
    .object({
      type: z.literal('store.lossAccepted'),
      reportId: z.string().regex(/^L-\d{8}-[0-9a-f]{6}$/),
      kind: z.string().max(64),
      auditHead: AuditHead,
      at: Instant,
    })
    .strict(),
]);
export type StoreRecord = z.infer<typeof StoreRecord>;

export type ChangeIndex = Map<string, QueuedChange>;

export function indexChanges(doc: KioskDocument): ChangeIndex {
  return new Map(doc.changes.map((entry) => [entry.change.changeId, entry]));
}

const finalStates = new Set(['applied', 'duplicate', 'conflict', 'rejected', 'closed']);

/**
 * Applies one record. Replaying a record twice changes nothing, and a final state is never
 * left: a crash that replays a journal over a snapshot that already holds it is harmless.
 */
export function applyStoreRecord(doc: KioskDocument, index: ChangeIndex, record: StoreRecord): void {
  switch (record.type) {
    case 'change.accepted': {
      if (index.has(record.entry.change.changeId)) return;
      const entry = structuredClone(record.entry);
      doc.changes.push(entry);
      index.set(entry.change.changeId, entry);
      doc.nextSeq = Math.max(doc.nextSeq, entry.change.seq + 1);
      return;
    }
    case 'change.patched': {
      const entry = index.get(record.changeId);
      if (entry === undefined || finalStates.has(entry.state)) return;
      for (const [field, value] of Object.entries(record.patch)) {
        if (value === null) Reflect.deleteProperty(entry, field);
        else if (value !== undefined) Reflect.set(entry, field, value);
      }
      entry.updatedAt = record.at;
      // The national system answered it: nothing is held any more.
      if (finalStates.has(entry.state)) dropHeld(doc, [record.changeId]);
      return;
    }
    case 'change.archived':
      removeChanges(doc, index, record.changeIds);
      return;
    case 'archive.batchStarted':
    case 'archive.batchWritten':
    case 'archive.batchesPurged':
      applyArchiveRecord(doc, index, record);
      return;
    case 'change.withdrawn': {
      const entry = index.get(record.changeId);
      // Only a change still owed: one the national system answered stays, whatever comes later.
      if (entry === undefined || finalStates.has(entry.state)) return;
      index.delete(record.changeId);
      doc.changes = doc.changes.filter((kept) => kept !== entry);
      dropHeld(doc, [record.changeId]);
      return;
    }
    case 'change.closed':
      applyChangeClosed(doc, index, record);
      return;
    case 'sync.heldForStaff':
      applyHeldForStaff(doc, record);
      return;
    case 'staff.enrolled': {
      const at = doc.staff.findIndex((known) => known.staffId === record.staffId);
      // An old journal's enrolment has no role: the member keeps theirs, or the rule gives one
      // (the migration at open settles it on the whole staff list).
      const role = record.role ?? doc.staff[at]?.role ?? roleByRule(doc.staff.length + (at === -1 ? 1 : 0));
      const member: StaffMember = {
        staffId: record.staffId,
        displayName: record.displayName,
        role,
        ...(record.pinHash === undefined ? {} : { pinHash: structuredClone(record.pinHash) }),
        enrolledAt: record.at,
        failedAttempts: 0,
      };
      if (at === -1) doc.staff.push(member);
      else doc.staff[at] = member;
      return;
    }
    case 'kiosk.provisioned':
      // Provisioning is once: a replayed record changes nothing.
      doc.provisioning ??= structuredClone(record.provisioning);
      return;
    case 'setup.recoveryKitWritten':
      if (doc.provisioning !== undefined) doc.provisioning.recoveryKitWrittenAt = record.at;
      return;
    case 'audit.appended': {
      if (record.entry.seq > doc.auditHead.seq)
        doc.auditHead = { seq: record.entry.seq, hash: record.entry.hash };
      return;
    }
    case 'store.migrated': {
      if (record.auditHead.seq > doc.auditHead.seq) doc.auditHead = { ...record.auditHead };
      doc.version = Math.max(doc.version, record.toVersion) as KioskDocument['version'];
      for (const { staffId, role } of record.staffRoles ?? []) {
        const member = doc.staff.find((known) => known.staffId === staffId);
        if (member !== undefined) member.role = role;
      }
      return;
    }
    case 'store.lossAccepted': {
      doc.auditHead = { ...record.auditHead };
      return;
    }
    case 'staff.pinState': {
      const member = doc.staff.find((known) => known.staffId === record.staffId);
      if (member === undefined) return;
      member.failedAttempts = record.failedAttempts;
      if (record.lockedUntil === null) delete member.lockedUntil;
      else member.lockedUntil = record.lockedUntil;
      return;
    }
    case 'staff.registered': {
      const member = doc.staff.find((known) => known.staffId === record.staffId);
      // Replayed, the first registration stands.
      if (member !== undefined && member.registeredAt === undefined) member.registeredAt = record.at;
      return;
    }
    case 'staff.setupCodeIssued':
    case 'staff.pinSet':
    case 'staff.disabled':
    case 'staff.enabled':
    case 'staff.roleChanged':
      applyStaffAccountRecord(doc, record);
      return;
    case 'notice.raised':
      applyNoticeRaised(doc, record.notice);
      return;
    case 'notice.acknowledged':
      applyNoticeAcknowledged(doc, record.noticeId);
      return;
  }
}
