import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import {
  chooseDataKeySource,
  KeyStoreRefusedError,
  osProtectedKeySource,
  PLAIN_KEY_FILE,
  WRAPPED_KEY_FILE,
} from '../../../electron/main/osKeyStore.js';
import type { KeyStore } from '../../../electron/main/osKeyStore.js';

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

/** A safeStorage on a given OS, with the backend Electron would have picked there. */
function keyStoreOn(backend: ReturnType<KeyStore['getSelectedStorageBackend']> | 'not-linux') {
  return {
    ...fakeSafeStorage('kiosk-pc'),
    getSelectedStorageBackend: () => {
      if (backend === 'not-linux') throw new Error('getSelectedStorageBackend is Linux only');
      return backend;
    },
  };
}

describe('choosing where the Electron kiosk keeps its key (issue 10)', () => {
  it('refuses basic_text on Linux, a fixed password, and writes no key', async () => {
    const choose = () =>
      chooseDataKeySource({
        platform: 'linux',
        setting: undefined,
        dataDir: dir,
        safeStorage: keyStoreOn('basic_text'),
      });
    expect(choose).toThrow(KeyStoreRefusedError);
    expect(choose).toThrow(/KIOSK_KEY_STORE=file/);
    try {
      choose();
    } catch (error) {
      expect(error).toMatchObject({ code: 'KEY_STORE_FIXED_PASSWORD', details: { backend: 'basic_text' } });
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it.each(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'] as const)(
    'uses the OS key store on Linux with %s',
    async (backend) => {
      const source = chooseDataKeySource({
        platform: 'linux',
        setting: 'os',
        dataDir: dir,
        safeStorage: keyStoreOn(backend),
      });
      expect(source.insteadOfOsKeyStore).toBeUndefined();
      await source.load();
      expect(await readdir(dir)).toEqual([WRAPPED_KEY_FILE]);
    },
  );

  it.each(['win32', 'darwin'] as const)(
    'uses the OS key store on %s without asking for a Linux backend',
    async (platform) => {
      const source = chooseDataKeySource({
        platform,
        setting: undefined,
        dataDir: dir,
        safeStorage: keyStoreOn('not-linux'),
      });
      await source.load();
      expect(await readdir(dir)).toEqual([WRAPPED_KEY_FILE]);
    },
  );

  it.each(['linux', 'win32', 'darwin'] as const)(
    'keeps the key in a 0600 file on %s only when told KIOSK_KEY_STORE=file, and the store says so',
    async (platform) => {
      const source = chooseDataKeySource({
        platform,
        setting: 'file',
        dataDir: dir,
        safeStorage: keyStoreOn('basic_text'),
      });
      expect(source.insteadOfOsKeyStore).toEqual({ file: PLAIN_KEY_FILE });
      const store = await openKioskStore({ dataDir: dir, keySource: source });
      try {
        expect(store.notices()).toEqual([
          expect.objectContaining({ code: 'KEY_IN_FILE', details: { file: PLAIN_KEY_FILE } }),
        ]);
      } finally {
        await store.close();
      }
      const key = await readFile(join(dir, PLAIN_KEY_FILE));
      expect(key).toHaveLength(32);
      if (process.platform !== 'win32')
        expect((await stat(join(dir, PLAIN_KEY_FILE))).mode & 0o777).toBe(0o600);
      expect(await readdir(dir)).not.toContain(WRAPPED_KEY_FILE);
      // Started the same way again: the notice still open is not raised twice.
      const reopened = await openKioskStore({ dataDir: dir, keySource: source });
      try {
        expect(reopened.notices().map((notice) => notice.code)).toEqual(['KEY_IN_FILE']);
      } finally {
        await reopened.close();
      }
    },
  );

  it('refuses a setting it does not know, naming it', () => {
    expect(() =>
      chooseDataKeySource({
        platform: 'linux',
        setting: 'plain',
        dataDir: dir,
        safeStorage: keyStoreOn('gnome_libsecret'),
      }),
    ).toThrow(expect.objectContaining({ code: 'KEY_STORE_SETTING_INVALID', details: { setting: 'plain' } }));
  });
});
