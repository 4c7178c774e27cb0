import type { ManifestSecretFor } from '../store/backup/restoreDataFolder.js';
import { keyFileSource } from '../store/keys/dataKey.js';
import type { DataKeySource } from '../store/keys/dataKey.js';
import { openKioskStore } from '../store/openKioskStore.js';
import { readProvisionedSettings } from './provisionedSettings.js';

/**
 * Who a provisioned kiosk is to the national system, read from its (stopped) data folder: a
 * production kiosk's ID and secret live only sealed in its store, never in the environment, so
 * `npm run backup` and a restore with a recovery kit open the store to learn them.
 */
export async function readProvisionedCredentials(
  dataDir: string,
  keySource: DataKeySource,
): Promise<{ kioskId: string; secret: string }> {
  const key = await keySource.load({ create: false });
  const store = await openKioskStore({ dataDir, keySource });
  try {
    const { kioskId, secret } = readProvisionedSettings(store, key, dataDir);
    return { kioskId, secret };
  } finally {
    await store.close();
  }
}

/** What `npm run backup` / `npm run restore` need of a provisioned kiosk (KIOSK_MODE=production). */
export interface ProductionCommandCredentials {
  kioskId: string;
  secret: string;
  secretForKit?: ManifestSecretFor;
}

export class ProductionRestoreNeedsKitError extends Error {
  override readonly name = 'ProductionRestoreNeedsKitError';
  readonly code = 'RESTORE_NEEDS_RECOVERY_KIT';
  constructor() {
    super(
      'KIOSK_MODE=production: khôi phục bằng bộ khôi phục ghi lúc cấp phép (--recovery-kit <tệp>) / restore with the recovery kit written at provisioning (--recovery-kit <file>): the kiosk ID and secret are read from the restored data with the kit’s key.',
    );
  }
}

/**
 * A backup reads the ID and secret from the stopped kiosk's own store. A restore cannot (the
 * folder may be gone, on a new machine): it needs the recovery kit, whose key opens the staged
 * backup, and the secret sealed there checks the backup's manifest.
 */
export async function productionCommandCredentials(
  command: 'backup' | 'restore',
  argv: readonly string[],
  dataDir: string,
  keyFile: string,
): Promise<ProductionCommandCredentials> {
  if (command === 'backup') return readProvisionedCredentials(dataDir, keyFileSource(keyFile));
  if (!argv.some((arg) => arg === '--recovery-kit' || arg.startsWith('--recovery-kit='))) {
    throw new ProductionRestoreNeedsKitError();
  }
  return {
    // Unused with a kit: the kiosk ID comes from the kit, the secret from the staged data.
    kioskId: '',
    secret: '',
    secretForKit: async (staged) =>
      (await readProvisionedCredentials(staged.dataDir, keyFileSource(staged.keyFile))).secret,
  };
}
