import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Why a sealed file could not be opened: the two call for different actions by staff. */
export type UnsealFailure = 'corrupt' | 'wrong-key-or-tampered';

export class UnsealError extends Error {
  readonly failure: UnsealFailure;

  constructor(failure: UnsealFailure, message: string) {
    super(message);
    this.name = 'UnsealError';
    this.failure = failure;
  }
}

function requireKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new Error(`The data key must be ${KEY_BYTES} bytes`);
}

/** AES-256-GCM: iv ‖ ciphertext ‖ tag. */
export function seal(key: Buffer, plaintext: Buffer | string): Buffer {
  requireKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

export function unseal(key: Buffer, box: Buffer): Buffer {
  requireKey(key);
  if (box.length < IV_BYTES + TAG_BYTES) throw new UnsealError('corrupt', 'sealed data is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key, box.subarray(0, IV_BYTES));
  decipher.setAuthTag(box.subarray(box.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(box.subarray(IV_BYTES, box.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new UnsealError('wrong-key-or-tampered', 'sealed data does not open with this key');
  }
}

/**
 * A sealed document with a checksum of its ciphertext beside it. GCM alone cannot tell a disk
 * that tore the file from a wrong key; the checksum can, and staff need to know which it is.
 */
export interface SealedDocumentFile {
  format: 'commune-vneid-kiosk/sealed';
  version: 1;
  sha256: string;
  box: string;
}

export function sealDocument(key: Buffer, json: string): string {
  const box = seal(key, json);
  const file: SealedDocumentFile = {
    format: 'commune-vneid-kiosk/sealed',
    version: 1,
    sha256: createHash('sha256').update(box).digest('hex'),
    box: box.toString('base64'),
  };
  return JSON.stringify(file);
}

export function unsealDocument(key: Buffer, text: string): string {
  let file: Partial<SealedDocumentFile>;
  try {
    file = JSON.parse(text) as Partial<SealedDocumentFile>;
  } catch {
    throw new UnsealError('corrupt', 'the file is not a complete sealed document');
  }
  if (
    file.format !== 'commune-vneid-kiosk/sealed' ||
    typeof file.box !== 'string' ||
    typeof file.sha256 !== 'string'
  ) {
    throw new UnsealError('corrupt', 'the file is not a sealed kiosk document');
  }
  const box = Buffer.from(file.box, 'base64');
  if (createHash('sha256').update(box).digest('hex') !== file.sha256) {
    throw new UnsealError('corrupt', 'the checksum does not match: the file is damaged');
  }
  return unseal(key, box).toString('utf8');
}
