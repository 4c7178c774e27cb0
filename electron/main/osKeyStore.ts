import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { wrappedKeyFileSource } from '../core/store/keys/dataKey.js';
import type { DataKeySource } from '../core/store/keys/dataKey.js';

export const WRAPPED_KEY_FILE = 'kiosk.key.safe';

/** The data key, kept only as wrapped by the OS key store (DPAPI, Keychain, libsecret). */
export function osProtectedKeySource(
  dataDir: string,
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>,
): DataKeySource {
  return wrappedKeyFileSource(join(dataDir, WRAPPED_KEY_FILE), {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    wrap: (plain) => safeStorage.encryptString(plain),
    unwrap: (wrapped) => safeStorage.decryptString(wrapped),
  });
}
