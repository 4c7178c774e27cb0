import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../audit/canonicalJson.js';
import { seal, unseal } from '../crypto/sealedBox.js';

export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_FORMAT = 'kiosk-backup';
/** The manifest version this code writes; a newer one is refused, never misread. */
export const BACKUP_VERSION = 1;

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * A path inside the backup, as the data folder has it: a top-level file, or one in `archive/`
 * or `audit/`. Nothing else, so a manifest cannot make a restore write outside the data folder.
 */
export const BackupPath = z.string().regex(/^(?:(?:archive|audit)\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/);

export const BackupFile = z
  .object({ path: BackupPath, bytes: z.number().int().nonnegative(), sha256: Hex64 })
  .strict();
export type BackupFile = z.infer<typeof BackupFile>;

/** The body that the HMAC covers: everything in the manifest but the HMAC itself. */
export const BackupManifestBody = z
  .object({
    version: z.literal(BACKUP_VERSION),
    format: z.literal(BACKUP_FORMAT),
    kioskId: z.string().min(1).max(64),
    createdAt: z.iso.datetime({ offset: true }),
    files: z.array(BackupFile),
    /** The store's next sequence number when the copy was taken. */
    storeSeq: z.number().int().nonnegative(),
    /** The audit chain's last whole entry in the copy. */
    auditHead: z.object({ seq: z.number().int().nonnegative(), hash: Hex64 }).strict().optional(),
    /** The data key, sealed (AES-256-GCM) with a key derived from the kiosk secret: base64. */
    wrappedDataKey: z.base64().min(40),
  })
  .strict();
export type BackupManifestBody = z.infer<typeof BackupManifestBody>;

export const BackupManifest = BackupManifestBody.extend({ hmac: Hex64 }).strict();
export type BackupManifest = z.infer<typeof BackupManifest>;

/** Just enough of any manifest to refuse one this code does not know. */
export const ManifestHeader = z.object({ version: z.number().int(), format: z.string() });

type KeyPurpose = 'manifest-hmac' | 'data-key-wrap';

/**
 * A key for one purpose, from the kiosk's secret (HKDF-SHA256). The kiosk ID is in the info, so
 * one secret shared by mistake between two kiosks still gives each its own keys.
 */
function derivedKey(secret: string, kioskId: string, purpose: KeyPurpose): Buffer {
  return Buffer.from(
    hkdfSync('sha256', secret, 'commune-vneid-kiosk/backup/v1', `${purpose}:${kioskId}`, 32),
  );
}

function manifestHmac(body: BackupManifestBody, secret: string): string {
  const key = derivedKey(secret, body.kioskId, 'manifest-hmac');
  return createHmac('sha256', key).update(canonicalJson(body)).digest('hex');
}

export function signManifest(body: BackupManifestBody, secret: string): BackupManifest {
  return { ...body, hmac: manifestHmac(body, secret) };
}

/** Whether the manifest was written by a kiosk holding this secret, and not changed since. */
export function manifestSignedBy(manifest: BackupManifest, secret: string): boolean {
  const { hmac, ...body } = manifest;
  return timingSafeEqual(Buffer.from(hmac, 'hex'), Buffer.from(manifestHmac(body, secret), 'hex'));
}

export function wrapDataKey(dataKey: Buffer, secret: string, kioskId: string): string {
  return seal(derivedKey(secret, kioskId, 'data-key-wrap'), dataKey).toString('base64');
}

/** Throws `UnsealError` when the secret is not the one the backup was made with. */
export function unwrapDataKey(wrapped: string, secret: string, kioskId: string): Buffer {
  return unseal(derivedKey(secret, kioskId, 'data-key-wrap'), Buffer.from(wrapped, 'base64'));
}
