import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { nodeDurableFileSystem } from '../../../../storage/durableFileAdapter.js';
import { storeWriteError } from '../appendWhole.js';
import type { AppendFileOpener } from '../appendWhole.js';
import { WholeFileCopy } from '../backup/wholeFileCopy.js';
import {
  kitChecksum,
  RECOVERY_KIT_FORMAT,
  RECOVERY_KIT_SCRYPT,
  RECOVERY_KIT_VERSION,
  RecoveryKitFile,
  RecoveryKitHeader,
  sealRecoveryKit,
  unsealRecoveryKit,
} from './recoveryKitFile.js';
import type { ScryptCost } from './recoveryKitFile.js';
import { RecoveryKitError } from './RecoveryKitError.js';
import { isRecoveryPassphrase } from './recoveryPassphrase.js';

export interface WriteRecoveryKitOptions {
  /** The kiosk's data key: the kit holds it sealed with the passphrase, never in the clear. */
  key: Buffer;
  kioskId: string;
  /** An absolute, existing folder: a USB stick, never the data folder. */
  destination: string;
  /** From `generateRecoveryPassphrase()`: shown once to staff, never stored by the kiosk. */
  passphrase: string;
  now?: () => Date;
  /** The kiosk's data folder: a kit inside it would be lost with the machine, so it is refused. */
  dataDir?: string;
  /** How the kit file is opened; a test plays a full stick here. */
  openFile?: AppendFileOpener;
  /** scrypt's cost; `RECOVERY_KIT_SCRYPT` unless a test asks for a cheaper one. */
  cost?: ScryptCost;
}

export interface OpenedRecoveryKit {
  kioskId: string;
  key: Buffer;
  createdAt: string;
}

/** A kit is a few hundred bytes; anything far larger is something else. */
const MOST_KIT_BYTES = 64 * 1024;

// Vietnam has used UTC+7 all year since 1975: the file name reads as the office's clock.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

function stampOf(at: Date): string {
  const iso = new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

/** The kiosk ID as a file name can hold it (the kit itself keeps it exactly). */
function fileNamePart(kioskId: string): string {
  return kioskId.replace(/[^A-Za-z0-9._-]/g, '_');
}

function invalidDestination(destination: string, why: string): RecoveryKitError {
  return new RecoveryKitError(
    'DESTINATION_INVALID',
    `The recovery kit cannot go to ${destination}: ${why}.`,
    {
      destination,
    },
  );
}

async function checkDestination(destination: string, dataDir: string | undefined): Promise<void> {
  if (!isAbsolute(destination)) throw invalidDestination(destination, 'it is not an absolute path');
  if (dataDir !== undefined) {
    const inside = relative(resolve(dataDir), resolve(destination));
    if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside)))
      throw invalidDestination(
        destination,
        'it is inside the data folder, which a lost machine takes with it',
      );
  }
  const found = await stat(destination).catch(() => undefined);
  if (found?.isDirectory() !== true) throw invalidDestination(destination, 'it is not an existing folder');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A name of its own: a second kit in the same second gets `-2`, `-3`…; a kit is never overwritten. */
async function freeName(destination: string, stem: string): Promise<string> {
  for (let attempt = 1; attempt <= 20; attempt += 1) {
    const name = `${stem}${attempt === 1 ? '' : `-${attempt}`}.json`;
    if (!(await exists(join(destination, name)))) return name;
  }
  throw invalidDestination(destination, `too many kits named ${stem} are there already`);
}

function writeFailure(error: unknown, destination: string): RecoveryKitError {
  const cause = storeWriteError(error, `the recovery kit in ${destination}`);
  return cause.code === 'STORE_FULL'
    ? new RecoveryKitError('DESTINATION_FULL', cause.message, { destination })
    : new RecoveryKitError('WRITE_FAILED', cause.message, { destination });
}

/**
 * Writes `vneid-kiosk-recovery-<kioskId>-<yyyymmdd-HHMMss>.json` (Vietnam time) into the
 * destination, whole or not at all: a temp file written with every byte count checked and
 * fsynced (mode 0600), renamed into place, then the folder fsynced. A failure removes the temp
 * file, so a stick that fills up holds no half kit.
 */
export async function writeRecoveryKit(options: WriteRecoveryKitOptions): Promise<{ file: string }> {
  const { destination } = options;
  await checkDestination(destination, options.dataDir);
  // Only a passphrase the kiosk made: a weak one chosen by hand would make the kit a weak point.
  if (!isRecoveryPassphrase(options.passphrase))
    throw new Error('writeRecoveryKit takes a passphrase from generateRecoveryPassphrase()');
  const createdAt = (options.now ?? (() => new Date()))();
  const kit = await sealRecoveryKit({
    key: options.key,
    kioskId: options.kioskId,
    createdAt,
    passphrase: options.passphrase,
    cost: options.cost ?? RECOVERY_KIT_SCRYPT,
  });
  const name = await freeName(
    destination,
    `vneid-kiosk-recovery-${fileNamePart(options.kioskId)}-${stampOf(createdAt)}`,
  );
  const temp = `.${name}.${randomBytes(6).toString('hex')}.tmp`;
  const file = join(destination, name);
  try {
    await new WholeFileCopy(destination, options.openFile).write(
      temp,
      Buffer.from(`${JSON.stringify(kit, null, 2)}\n`, 'utf8'),
    );
    await rename(join(destination, temp), file);
    await nodeDurableFileSystem.syncDirectory(destination);
  } catch (error) {
    await unlink(join(destination, temp)).catch(() => undefined);
    throw writeFailure(error, destination);
  }
  return { file };
}

async function readKitText(file: string): Promise<string> {
  const notAKit = (why: string) =>
    new RecoveryKitError('NOT_A_KIT', `${file} is not a recovery kit: ${why}.`, { file });
  const found = await stat(file).catch(() => undefined);
  if (found === undefined) throw notAKit('there is no such file');
  if (!found.isFile()) throw notAKit('it is not a file');
  if (found.size > MOST_KIT_BYTES) throw notAKit(`it is ${found.size} bytes, far more than a kit`);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw notAKit(`it cannot be read (${(error as Error).message})`);
  }
}

/** The kit, checked whole (format, version, fields, checksum) before any passphrase is tried. */
async function readKit(file: string): Promise<RecoveryKitFile> {
  const text = await readKitText(file);
  const damaged = (why: string) =>
    new RecoveryKitError(
      'DAMAGED',
      `The recovery kit ${basename(file)} is damaged (${why}): use another copy of the kit.`,
      { file },
    );
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // A kit cut short by a pulled stick still names its format near the start.
    if (text.includes(RECOVERY_KIT_FORMAT)) throw damaged('it is cut short or not JSON any more');
    throw new RecoveryKitError('NOT_A_KIT', `${file} is not a recovery kit.`, { file });
  }
  const header = RecoveryKitHeader.safeParse(raw);
  if (!header.success) throw new RecoveryKitError('NOT_A_KIT', `${file} is not a recovery kit.`, { file });
  if (header.data.version > RECOVERY_KIT_VERSION) {
    throw new RecoveryKitError(
      'NEWER_FORMAT',
      `The recovery kit ${basename(file)} was written by a newer kiosk version (kit format ${header.data.version}; this version reads up to ${RECOVERY_KIT_VERSION}). Restore with the newer version.`,
      { file, version: header.data.version },
    );
  }
  const kit = RecoveryKitFile.safeParse(raw);
  if (!kit.success) throw damaged('a field is missing or wrong');
  const { sha256, ...body } = kit.data;
  if (kitChecksum(body) !== sha256) throw damaged('its checksum does not match');
  return kit.data;
}

/**
 * The kiosk ID and data key in a recovery kit. Refused with a `RecoveryKitError`: `NOT_A_KIT`,
 * `NEWER_FORMAT`, `DAMAGED` (checked first, without the passphrase) or `WRONG_PASSPHRASE`.
 * Nothing is written.
 */
export async function openRecoveryKit(file: string, passphrase: string): Promise<OpenedRecoveryKit> {
  const kit = await readKit(file);
  const wrong = new RecoveryKitError(
    'WRONG_PASSPHRASE',
    `The passphrase does not open the recovery kit ${basename(file)}. Type it again as written down (six groups of four letters and digits; case and dashes do not matter).`,
    { file },
  );
  // A text that cannot be a passphrase the kiosk made is refused without scrypt's wait.
  if (!isRecoveryPassphrase(passphrase)) throw wrong;
  const key = await unsealRecoveryKit(kit, passphrase);
  if (key === undefined) throw wrong;
  return { kioskId: kit.kioskId, key, createdAt: kit.createdAt };
}
