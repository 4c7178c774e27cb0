import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../audit/canonicalJson.js';
import { KEY_BYTES } from '../crypto/sealedBox.js';
import { normalizeRecoveryPassphrase } from './recoveryPassphrase.js';

export const RECOVERY_KIT_FORMAT = 'commune-vneid-kiosk/recovery-kit';
/** The kit version this code writes; a newer one is refused, never misread. */
export const RECOVERY_KIT_VERSION = 1;

/** scrypt's cost: what each guess at the passphrase costs whoever holds the kit. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * 2^17 × 8 × 128 bytes = 128 MiB and about 0.4–0.8 s per derivation on the kiosk's 2-core
 * machine: paid once when the kit is written and once at a restore, and by every guess.
 */
export const RECOVERY_KIT_SCRYPT: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const WRAPPED_KEY_BYTES = IV_BYTES + KEY_BYTES + TAG_BYTES;

function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;
}

function base64Of(bytes: number) {
  return z.base64().refine((text) => Buffer.from(text, 'base64').length === bytes);
}

/**
 * What a kit may ask of scrypt: at most 2^18 × 8 × 128 bytes = 256 MiB, so a kit changed to ask
 * for more memory than the machine has is refused as damaged instead of tried.
 */
const RecoveryKitKdf = z
  .object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 18)
      .refine(isPowerOfTwo),
    r: z.number().int().min(1).max(8),
    p: z.number().int().min(1).max(4),
    salt: base64Of(SALT_BYTES),
  })
  .strict();

/** Everything but the checksum: the fields the checksum covers. */
const RecoveryKitBody = z
  .object({
    format: z.literal(RECOVERY_KIT_FORMAT),
    version: z.literal(RECOVERY_KIT_VERSION),
    kioskId: z.string().min(1).max(64),
    createdAt: z.iso.datetime({ offset: true }),
    kdf: RecoveryKitKdf,
    /** The data key sealed with the passphrase's scrypt key: base64 of iv ‖ ciphertext ‖ tag. */
    wrappedKey: base64Of(WRAPPED_KEY_BYTES),
  })
  .strict();
type RecoveryKitBody = z.infer<typeof RecoveryKitBody>;

/**
 * The kit file. `sha256` covers the canonical JSON of the rest: GCM alone cannot tell a wrong
 * passphrase from a damaged file, and the two call for different actions (type it again, or
 * find another copy of the kit).
 */
export const RecoveryKitFile = RecoveryKitBody.extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
}).strict();
export type RecoveryKitFile = z.infer<typeof RecoveryKitFile>;

/** Just enough of any JSON file to tell a kit of another version from something else. */
export const RecoveryKitHeader = z.object({ format: z.literal(RECOVERY_KIT_FORMAT), version: z.number() });

export function kitChecksum(body: RecoveryKitBody): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/** The header fields, bound to the wrapped key as GCM's associated data: none can be swapped. */
function associatedData(body: Omit<RecoveryKitBody, 'wrappedKey'>): Buffer {
  const { format, version, kioskId, createdAt, kdf } = body;
  return Buffer.from(canonicalJson({ format, version, kioskId, createdAt, kdf }), 'utf8');
}

function derivedKey(passphrase: string, kdf: RecoveryKitBody['kdf']): Promise<Buffer> {
  const { N, r, p } = kdf;
  return new Promise((resolve, reject) => {
    // The default limit (32 MiB) is below what N = 2^17, r = 8 needs; this is the schema's bound.
    const maxmem = 2 * 128 * N * r;
    scrypt(
      normalizeRecoveryPassphrase(passphrase),
      Buffer.from(kdf.salt, 'base64'),
      KEY_BYTES,
      { N, r, p, maxmem },
      (error, key) => (error === null ? resolve(key) : reject(error)),
    );
  });
}

export interface KitContents {
  key: Buffer;
  kioskId: string;
  createdAt: Date;
  passphrase: string;
  cost: ScryptCost;
}

/** The kit's JSON: the data key sealed (AES-256-GCM) with a key scrypt derives from the passphrase. */
export async function sealRecoveryKit(contents: KitContents): Promise<RecoveryKitFile> {
  if (contents.key.length !== KEY_BYTES) throw new Error(`The data key must be ${KEY_BYTES} bytes`);
  const { N, r, p } = contents.cost;
  // Checked as it will be read, before scrypt runs: a cost or kiosk ID the reader refuses would
  // make a kit nobody can open (and a cost past the bound, one this machine cannot compute).
  const header = RecoveryKitBody.omit({ wrappedKey: true }).parse({
    format: RECOVERY_KIT_FORMAT,
    version: RECOVERY_KIT_VERSION,
    kioskId: contents.kioskId,
    createdAt: contents.createdAt.toISOString(),
    kdf: { name: 'scrypt', N, r, p, salt: randomBytes(SALT_BYTES).toString('base64') },
  });
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', await derivedKey(contents.passphrase, header.kdf), iv);
  cipher.setAAD(associatedData(header));
  const sealed = Buffer.concat([iv, cipher.update(contents.key), cipher.final(), cipher.getAuthTag()]);
  const body = { ...header, wrappedKey: sealed.toString('base64') };
  return { ...body, sha256: kitChecksum(body) };
}

/** The data key, or undefined when the passphrase does not open the kit. The kit's checksum is checked before. */
export async function unsealRecoveryKit(
  kit: RecoveryKitFile,
  passphrase: string,
): Promise<Buffer | undefined> {
  const sealed = Buffer.from(kit.wrappedKey, 'base64');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    await derivedKey(passphrase, kit.kdf),
    sealed.subarray(0, IV_BYTES),
  );
  decipher.setAAD(associatedData(kit));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    return undefined;
  }
}
