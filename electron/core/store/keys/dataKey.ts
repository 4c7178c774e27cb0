import { randomBytes } from 'node:crypto';
import { chmod, open, readFile, stat } from 'node:fs/promises';
import { KEY_BYTES } from '../crypto/sealedBox.js';

/** How a key is loaded. */
export interface KeyLoadOptions {
  /**
   * Whether a missing key may be created. The store says no when the data folder already holds
   * sealed data: a new key would not open it, and starting empty would be a silent reset.
   */
  create?: boolean;
}

/** Where the key that seals the kiosk's data comes from: a file here, the OS key store in Electron. */
export interface DataKeySource {
  describe(): string;
  /**
   * Set when this key sits in a plain 0600 file where the OS key store was expected (Electron
   * started with `KIOSK_KEY_STORE=file`): the store raises `KEY_IN_FILE` so staff know.
   */
  readonly insteadOfOsKeyStore?: { file: string };
  load(options?: KeyLoadOptions): Promise<Buffer>;
}

function missingKey(path: string): DataKeyError {
  return new DataKeyError(
    `The key ${path} is missing, but the data folder holds sealed data that only that key opens. Put the key back (from the backup it was saved with); a new key is never made over existing data.`,
  );
}

export class DataKeyError extends Error {
  override readonly name = 'DataKeyError';
}

async function readIfPresent(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Creates the file once, durably, and never overwrites it: losing the key loses the data. */
async function createOnce(path: string, content: Buffer): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The web host's key: 32 random bytes in a file only this user may read (mode 0600). A file
 * that others can read is refused rather than used, since anyone holding it reads every record.
 */
export function keyFileSource(path: string): DataKeySource {
  return {
    describe: () => `key file ${path}`,
    async load(options = {}) {
      let key = await readIfPresent(path);
      if (key === undefined && options.create === false) throw missingKey(path);
      if (key === undefined) {
        await createOnce(path, randomBytes(KEY_BYTES)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
        });
        key = await readFile(path);
      }
      if (process.platform !== 'win32') {
        const mode = (await stat(path)).mode & 0o777;
        if ((mode & 0o077) !== 0) {
          throw new DataKeyError(
            `The key file ${path} can be read by other users (mode ${mode.toString(8)}); run: chmod 600 ${path}`,
          );
        }
        await chmod(path, 0o600);
      }
      if (key.length !== KEY_BYTES) throw new DataKeyError(`The key file ${path} is damaged (wrong length).`);
      return key;
    },
  };
}

/** The OS key store's operations, as Electron's safeStorage offers them. */
export interface KeyWrapper {
  isAvailable(): boolean;
  wrap(plain: string): Buffer;
  unwrap(wrapped: Buffer): string;
}

/** Electron's key: random bytes kept only wrapped by the OS key store (safeStorage). */
export function wrappedKeyFileSource(path: string, wrapper: KeyWrapper): DataKeySource {
  return {
    describe: () => `OS-protected key ${path}`,
    async load(options = {}) {
      if (!wrapper.isAvailable()) throw new DataKeyError('The operating system key store is not available.');
      let wrapped = await readIfPresent(path);
      if (wrapped === undefined && options.create === false) throw missingKey(path);
      if (wrapped === undefined) {
        await createOnce(path, wrapper.wrap(randomBytes(KEY_BYTES).toString('base64'))).catch(
          (error: NodeJS.ErrnoException) => {
            if (error.code !== 'EEXIST') throw error;
          },
        );
        wrapped = await readFile(path);
      }
      let key: Buffer;
      try {
        key = Buffer.from(wrapper.unwrap(wrapped), 'base64');
      } catch {
        throw new DataKeyError(`The key ${path} does not open with this computer's key store.`);
      }
      if (key.length !== KEY_BYTES) throw new DataKeyError(`The key ${path} is damaged (wrong length).`);
      return key;
    },
  };
}
