import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { osProtectedKeySource, WRAPPED_KEY_FILE } from '../../../electron/main/osKeyStore.js';

/** Stands in for Electron's safeStorage: a reversible wrap tied to one "computer". */
function fakeSafeStorage(machine: string, available = true) {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain: string) => Buffer.from(`${machine}:${Buffer.from(plain).toString('hex')}`),
    decryptString: (wrapped: Buffer) => {
      const [owner, hex] = wrapped.toString().split(':');
      if (owner !== machine)
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(hex ?? '', 'hex').toString();
    },
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-oskey-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('OS-protected data key', () => {
  it('creates a 32-byte key once, stores it only wrapped, and returns the same key afterwards', async () => {
    const source = osProtectedKeySource(dir, fakeSafeStorage('kiosk-pc'));
    const first = await source.load();
    expect(first).toHaveLength(32);
    const onDisk = await readFile(join(dir, WRAPPED_KEY_FILE));
    expect(onDisk.includes(first)).toBe(false);
    expect(onDisk.toString()).not.toContain(first.toString('base64'));
    expect(await source.load()).toEqual(first);
  });

  it('never makes a new key when the store says sealed data exists (issue 9: no silent reset)', async () => {
    const source = osProtectedKeySource(dir, fakeSafeStorage('kiosk-pc'));
    await expect(source.load({ create: false })).rejects.toThrow(
      /is missing, but the data folder holds sealed data/,
    );
    await expect(readFile(join(dir, WRAPPED_KEY_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
    const made = await source.load({ create: true });
    expect(await source.load({ create: false })).toEqual(made);
  });

  it('refuses with a clear message on another computer’s key store', async () => {
    await osProtectedKeySource(dir, fakeSafeStorage('kiosk-pc')).load();
    await expect(osProtectedKeySource(dir, fakeSafeStorage('other-pc')).load()).rejects.toThrow(
      /does not open with this computer's key store/,
    );
  });

  it('refuses when the OS key store is unavailable', async () => {
    await expect(osProtectedKeySource(dir, fakeSafeStorage('kiosk-pc', false)).load()).rejects.toThrow(
      /key store is not available/,
    );
  });
});
