import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { keyFileSource, wrappedKeyFileSource } from '../core/store/keys/dataKey.js';
import type { DataKeySource } from '../core/store/keys/dataKey.js';

export const WRAPPED_KEY_FILE = 'kiosk.key.safe';
/** The plain key file, the same name the web host uses, so either host opens such a folder. */
export const PLAIN_KEY_FILE = 'kiosk.key';

type KeyStoreOperations = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;
export type KeyStore = KeyStoreOperations & Pick<SafeStorage, 'getSelectedStorageBackend'>;

/** The data key, kept only as wrapped by the OS key store (DPAPI, Keychain, libsecret). */
export function osProtectedKeySource(dataDir: string, safeStorage: KeyStoreOperations): DataKeySource {
  return wrappedKeyFileSource(join(dataDir, WRAPPED_KEY_FILE), {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    wrap: (plain) => safeStorage.encryptString(plain),
    unwrap: (wrapped) => safeStorage.decryptString(wrapped),
  });
}

export type KeyStoreRefusal = 'KEY_STORE_FIXED_PASSWORD' | 'KEY_STORE_SETTING_INVALID';

/** The kiosk will not start on this key store; `details` says which setting or backend. */
export class KeyStoreRefusedError extends Error {
  override readonly name = 'KeyStoreRefusedError';
  constructor(
    readonly code: KeyStoreRefusal,
    readonly details: { backend?: string; setting?: string },
    message: string,
  ) {
    super(message);
  }
}

export interface KeyStoreChoice {
  platform: NodeJS.Platform;
  /** `KIOSK_KEY_STORE`: unset or `os` (the OS key store), or `file` (a 0600 key file). */
  setting: string | undefined;
  dataDir: string;
  safeStorage: KeyStore;
}

/**
 * Where the Electron kiosk keeps its data key. On Linux without a keyring (no libsecret, no
 * KWallet) Electron's safeStorage falls back to `basic_text`: a password built into Chromium,
 * which protects nothing. That is refused; only an explicit `KIOSK_KEY_STORE=file` starts the
 * kiosk then, with the key in a 0600 file and a standing notice for staff that says so.
 */
export function chooseDataKeySource(choice: KeyStoreChoice): DataKeySource {
  const setting = choice.setting === undefined || choice.setting === '' ? 'os' : choice.setting;
  if (setting === 'file') {
    const source = keyFileSource(join(choice.dataDir, PLAIN_KEY_FILE));
    return { ...source, insteadOfOsKeyStore: { file: PLAIN_KEY_FILE } };
  }
  if (setting !== 'os') {
    throw new KeyStoreRefusedError(
      'KEY_STORE_SETTING_INVALID',
      { setting },
      `KIOSK_KEY_STORE=${setting} is not a key store: use os (the default) or file. / KIOSK_KEY_STORE=${setting} không hợp lệ: dùng os (mặc định) hoặc file.`,
    );
  }
  // getSelectedStorageBackend is Linux's alone: Windows and macOS always have their key store.
  if (choice.platform === 'linux') {
    const backend = choice.safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text') {
      throw new KeyStoreRefusedError(
        'KEY_STORE_FIXED_PASSWORD',
        { backend },
        'Khóa dữ liệu không được bảo vệ: máy không có kho khóa (gnome-keyring/KWallet). Cài kho khóa, hoặc khởi động với KIOSK_KEY_STORE=file để giữ khóa trong tệp 0600. / ' +
          'The OS key store here is basic_text, a fixed password that protects nothing (no gnome-keyring or KWallet). Install a keyring, or start with KIOSK_KEY_STORE=file to keep the key in a 0600 file instead.',
      );
    }
  }
  return osProtectedKeySource(choice.dataDir, choice.safeStorage);
}
