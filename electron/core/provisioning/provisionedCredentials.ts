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
