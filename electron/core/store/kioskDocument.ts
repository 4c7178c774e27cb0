import { z } from 'zod';
import { ChangeState } from '../../../shared/domain/change.js';
import { ChangeClosure } from '../../../shared/domain/closeReason.js';
import { StaffRole } from '../../../shared/domain/staffRole.js';
import { StoreNotice } from '../../../shared/ipc/storeNotice.js';
import { STAFF_ID_PATTERN } from '../../../shared/rules/staffId.js';
import { UpstreamChange } from '../../../shared/upstream/api.js';
import { ArchiveState, emptyArchiveState } from './archive/archiveState.js';
import { GENESIS_HASH } from '../audit/auditEntry.js';

/** The document version this code writes; a document with a higher one is refused, never misread. */
export const KIOSK_DOCUMENT_VERSION = 5;

const Instant = z.iso.datetime({ offset: true });

/** One change in the kiosk's queue, with where it stands. */
export const QueuedChange = z
  .object({
    change: UpstreamChange,
    state: ChangeState,
    attempts: z.number().int().nonnegative(),
    outcomeCode: z.string().optional(),
    outcomeMessage: z.string().optional(),
    /** Not before this instant: set by the sync engine's backoff and the national system's Retry-After. */
    nextAttemptAt: z.iso.datetime({ offset: true }).optional(),
    /** Why the last attempt did not get an answer, for staff. */
    lastError: z.string().max(500).optional(),
    /** The earlier change on the same account whose conflict or rejection holds this one back. */
    blockedBy: z.uuid().optional(),
    /** Staff closed it (state `closed`, issue 11): why, who and when. */
    closed: ChangeClosure.optional(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type QueuedChange = z.infer<typeof QueuedChange>;

/**
 * A staff PIN as scrypt keeps it: the parameters travel with the hash, so they can be raised
 * later without locking out staff enrolled before.
 */
export const PinHash = z
  .object({
    algorithm: z.literal('scrypt'),
    N: z.number().int().min(16_384).max(1_048_576),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: z.base64().min(16),
    hash: z.base64().min(32),
  })
  .strict();
export type PinHash = z.infer<typeof PinHash>;

/** A staff member enrolled on this kiosk, with where their wrong-PIN count stands. */
export const StaffMember = z
  .object({
    staffId: z.string().regex(STAFF_ID_PATTERN),
    displayName: z.string().min(1).max(100),
    role: StaffRole,
    /** Absent while the member has only a setup code: enrolled, or reset, by a supervisor (issue 11). */
    pinHash: PinHash.optional(),
    enrolledAt: z.iso.datetime({ offset: true }),
    /** Wrong PINs in a row since the last right one or the last lockout. */
    failedAttempts: z.number().int().nonnegative(),
    /** Sign-in is refused until this instant. */
    lockedUntil: z.iso.datetime({ offset: true }).optional(),
    /**
     * When the national system was found to know this member (POST /v1/staff, issue 10). Until
     * then the member can sign in but cannot attest a card. Optional: older documents lack it.
     */
    registeredAt: z.iso.datetime({ offset: true }).optional(),
    /** The open one-time setup code, hashed like a PIN (never in clear); issue 11. */
    setupCode: z
      .object({
        hash: PinHash,
        issuedAt: z.iso.datetime({ offset: true }),
        expiresAt: z.iso.datetime({ offset: true }),
      })
      .strict()
      .optional(),
    /** A supervisor disabled the member at this instant: no sign-in until re-enabled (issue 11). */
    disabledAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type StaffMember = z.infer<typeof StaffMember>;

/** Before version 3 staff had no role; `roleByRule` gives it when the document is read. */
const StoredStaffMember = StaffMember.extend({ role: StaffRole.optional() });

/**
 * The role of a staff record written before roles existed: the only staff member was the one
 * who ran the kiosk, so a supervisor; among several nobody can tell, so staff.
 */
export function roleByRule(staffCount: number): StaffRole {
  return staffCount === 1 ? 'supervisor' : 'staff';
}

/**
 * What provisioning stored (issue 10): who this kiosk is and where its national system is. The
 * secret is sealed with the data key (store/crypto/sealedBox), never kept in clear.
 */
export const Provisioning = z
  .object({
    kioskId: z.string().regex(/^[A-Z0-9-]{3,32}$/),
    upstreamUrl: z.string().min(1).max(2048),
    communeName: z.string().min(1).max(200),
    /** base64 of the kiosk secret sealed with the data key (iv ‖ ciphertext ‖ tag). */
    sealedSecret: z.base64().min(40),
    firstSupervisor: z
      .object({ staffId: z.string().regex(STAFF_ID_PATTERN), displayName: z.string().min(1).max(100) })
      .strict(),
    provisionedAt: Instant,
    recoveryKitWrittenAt: Instant.optional(),
  })
  .strict();
export type Provisioning = z.infer<typeof Provisioning>;

/**
 * Where the audit chain stands as the store knows it: the seq and hash of the last audit entry
 * made durable in the journal. The audit file must reach this head; a file beyond it means the
 * journal lost acknowledged records (see "Durability" in docs/architecture.md).
 */
export const AuditHead = z
  .object({
    seq: z.number().int().nonnegative(),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type AuditHead = z.infer<typeof AuditHead>;

/**
 * A change the national system refused as part of a whole batch (a 4xx other than 429): it never
 * decided it, so the kiosk holds it unsent until staff resend or close it (issue 11). Kept in the
 * document so a restart still shows it and still holds it.
 */
export const HeldChange = z
  .object({
    changeId: z.uuid(),
    since: Instant,
    /** The HTTP status and the national system's code of the refusal, for the desk's words. */
    status: z.number().int().min(400).max(499),
    upstreamCode: z.string().max(64).optional(),
  })
  .strict();
export type HeldChange = z.infer<typeof HeldChange>;

/**
 * Everything the kiosk keeps on disk. Validated on every read: a file is input too. Version 1
 * (before issue 9) had no audit head; it parses with the genesis head. Version 2 (before issue
 * 10) had no roles and no provisioning; its staff parse with `roleByRule`. Version 3 (before issue
 * 11) had no `closed` state and no held-for-staff list; it parses as it is. Version 4 (before issue
 * 13) had no `source` or `cardIssuedOn` in change evidence; it parses as it is. All are migrated
 * on open (`store.migrated`, see anchor/anchorAtStart.ts) and folded at once, so that the folder
 * says version 5 before any record an older kiosk could not read is written.
 */
export const KioskDocument = z
  .object({
    version: z.union([
      z.literal(1),
      z.literal(2),
      z.literal(3),
      z.literal(4),
      z.literal(KIOSK_DOCUMENT_VERSION),
    ]),
    nextSeq: z.number().int().nonnegative(),
    changes: z.array(QueuedChange),
    // Absent in data written before staff were kept here.
    staff: z.array(StoredStaffMember).max(500).default([]),
    // Absent until the kiosk is provisioned (never in demo mode).
    provisioning: Provisioning.optional(),
    // Absent in data written before archive batches were listed here.
    archive: ArchiveState.default(emptyArchiveState),
    // Store notices no staff member has acknowledged yet; absent in data written before issue 9.
    notices: z.array(StoreNotice).default([]),
    // Changes of refused batches held for staff (issue 11); absent in data written before it.
    heldForStaff: z.array(HeldChange).default([]),
    auditHead: AuditHead.default({ seq: 0, hash: GENESIS_HASH }),
  })
  .strict()
  .transform((doc) => ({
    ...doc,
    staff: doc.staff.map((member): StaffMember => ({
      ...member,
      role: member.role ?? roleByRule(doc.staff.length),
    })),
  }));
export type KioskDocument = z.infer<typeof KioskDocument>;

export function emptyKioskDocument(): KioskDocument {
  return {
    version: KIOSK_DOCUMENT_VERSION,
    nextSeq: 1,
    changes: [],
    staff: [],
    auditHead: { seq: 0, hash: GENESIS_HASH },
    notices: [],
    heldForStaff: [],
    archive: emptyArchiveState(),
  };
}
