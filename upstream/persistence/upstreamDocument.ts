import { z } from 'zod';
import { Account, Device, Instant } from '../../shared/domain/account.js';
import { VerificationMethod } from '../../shared/domain/change.js';
import { StaffRole } from '../../shared/domain/staffRole.js';
import { STAFF_ID_PATTERN } from '../../shared/rules/staffId.js';
import { ChangeResult, RequestStatus, UpstreamChange } from '../../shared/upstream/api.js';

const StoredDevice = z
  .object({ device: Device, unlinkedAt: Instant.optional(), unlinkedByChange: z.uuid().optional() })
  .strict();

const StoredAccount = Account.omit({ devices: true })
  .extend({ devices: z.array(StoredDevice).max(100) })
  .strict();

const LedgerEntry = z
  .object({
    change: UpstreamChange,
    kioskId: z.string().min(1),
    reference: z.string().regex(/^[0-9A-F]{5}-[0-9A-F]{5}$/),
    fingerprint: z.string().min(1),
    result: ChangeResult,
    requestStatus: RequestStatus.optional(),
    receivedAt: Instant,
    updatedAt: Instant,
    deliveries: z.number().int().positive(),
  })
  .strict();

const EpochMs = z.number().int();

const StoredToken = z
  .object({
    tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
    idNumber: z.string().regex(/^\d{12}$/),
    method: VerificationMethod,
    kioskId: z.string().min(1),
    staffId: z.string().min(1).max(32).optional(),
    issuedAtMs: EpochMs,
    expiresAtMs: EpochMs,
  })
  .strict();

const AttemptRecord = z
  .object({
    idNumber: z.string().regex(/^\d{12}$/),
    failures: z.number().int().nonnegative(),
    lockedUntilMs: EpochMs.optional(),
  })
  .strict();

const SeenNonce = z
  .object({ kioskId: z.string().min(1), nonce: z.string().min(1), forgetAfterMs: EpochMs })
  .strict();

const StaffAttestation = z
  .object({
    idNumber: z.string().regex(/^\d{12}$/),
    staffId: z.string().min(1).max(32),
    kioskId: z.string().min(1),
    at: Instant,
  })
  .strict();

const RegisteredStaff = z
  .object({
    kioskId: z.string().min(1),
    staffId: z.string().regex(STAFF_ID_PATTERN),
    displayName: z.string().min(1).max(100),
    role: StaffRole,
    registeredAt: Instant,
  })
  .strict();

export const UPSTREAM_DOCUMENT_FORMAT = 'commune-vneid-reference-upstream';

/**
 * The version this code writes. Version 1 (before issue 10) had no staff registry. Version 2
 * (before issue 13) had no `source` or `cardIssuedOn` in the evidence of ledger entries: the same
 * shape, read as it is, but a file holding them must not reach a service whose strict schema
 * would refuse it as damaged rather than as newer.
 */
export const UPSTREAM_DOCUMENT_VERSION = 3;

const documentV1Fields = {
  format: z.literal(UPSTREAM_DOCUMENT_FORMAT),
  savedAt: Instant,
  /** How far an administrator moved the business clock ahead of the wall clock. */
  clockOffsetMs: z.number().int().nonnegative(),
  accounts: z.array(StoredAccount),
  entries: z.array(LedgerEntry),
  tokens: z.array(StoredToken),
  attempts: z.array(AttemptRecord),
  nonces: z.array(SeenNonce),
  attestations: z.array(StaffAttestation),
};

/** The fields of a version 2 document (issue 10): version 1's and the registered staff. */
const documentV2Fields = {
  ...documentV1Fields,
  /** The staff each kiosk registered (POST /v1/staff). */
  staff: z.array(RegisteredStaff),
};

/**
 * The service's state on disk, one JSON document rewritten whole on every save. Strict, so a
 * file written by another program or a newer version is refused rather than half-understood.
 */
export const UpstreamDocument = z
  .object({ ...documentV2Fields, version: z.literal(UPSTREAM_DOCUMENT_VERSION) })
  .strict();
export type UpstreamDocument = z.infer<typeof UpstreamDocument>;

/** A document written before issue 13: read as it is, then saved as the current version. */
export const UpstreamDocumentV2 = z.object({ ...documentV2Fields, version: z.literal(2) }).strict();
export type UpstreamDocumentV2 = z.infer<typeof UpstreamDocumentV2>;

/** A document written before issue 10: read, then migrated (`migrateUpstreamDocument`). */
export const UpstreamDocumentV1 = z.object({ ...documentV1Fields, version: z.literal(1) }).strict();
export type UpstreamDocumentV1 = z.infer<typeof UpstreamDocumentV1>;

/** Every version this code reads. */
export const StoredUpstreamDocument = z.discriminatedUnion('version', [
  UpstreamDocumentV1,
  UpstreamDocumentV2,
  UpstreamDocument,
]);
export type StoredUpstreamDocument = z.infer<typeof StoredUpstreamDocument>;
