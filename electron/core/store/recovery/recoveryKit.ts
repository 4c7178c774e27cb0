import { randomBytes, scrypt } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { writeFileWhole } from '../../../../storage/durableFileAdapter.js';
import { seal } from '../crypto/sealedBox.js';

// Minimal stand-in for part R's module (branch i10-kit), kept only so that part A's tests run
// before the merge; the lead keeps R's version of this file.

export interface WriteRecoveryKitOptions {
  key: Buffer;
  kioskId: string;
  destination: string;
  passphrase: string;
  now?: () => Date;
  dataDir?: string;
}

export class RecoveryKitError extends Error {
  override readonly name = 'RecoveryKitError';
  readonly reason: 'DESTINATION_INVALID' | 'DESTINATION_FULL' | 'WRITE_FAILED';

  constructor(reason: RecoveryKitError['reason'], message: string) {
    super(message);
    this.reason = reason;
  }
}

const COST = { N: 2 ** 15, r: 8, p: 1 };

function derive(passphrase: string, salt: Buffer): Promise<Buffer> {
  const normal = passphrase.replace(/[\s-]/g, '').toUpperCase();
  return new Promise((done, fail) =>
    scrypt(normal, salt, 32, { ...COST, maxmem: 256 * 1024 * 1024 }, (error, key) =>
      error ? fail(error) : done(key),
    ),
  );
}

export async function writeRecoveryKit(options: WriteRecoveryKitOptions): Promise<{ file: string }> {
  const destination = resolve(options.destination);
  const isFolder = await stat(destination).then(
    (found) => found.isDirectory(),
    () => false,
  );
  const insideData =
    options.dataDir !== undefined && !relative(resolve(options.dataDir), destination).startsWith('..');
  if (!isAbsolute(options.destination) || !isFolder || insideData)
    throw new RecoveryKitError(
      'DESTINATION_INVALID',
      `Not a folder to write a recovery kit into: ${destination}`,
    );
  const createdAt = (options.now?.() ?? new Date()).toISOString();
  const salt = randomBytes(16);
  const wrappedKey = seal(await derive(options.passphrase, salt), options.key).toString('base64');
  const kit = {
    format: 'commune-vneid-kiosk/recovery-kit',
    version: 1,
    kioskId: options.kioskId,
    createdAt,
    kdf: { name: 'scrypt', ...COST, salt: salt.toString('base64') },
    wrappedKey,
  };
  const stamp = createdAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const file = join(destination, `vneid-kiosk-recovery-${options.kioskId}-${stamp}.json`);
  try {
    await writeFileWhole(file, `${JSON.stringify(kit, null, 2)}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RecoveryKitError(
      code === 'ENOSPC' ? 'DESTINATION_FULL' : 'WRITE_FAILED',
      (error as Error).message,
    );
  }
  return { file };
}
