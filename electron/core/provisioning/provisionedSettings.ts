import type { KioskStore } from '../store/KioskStore.js';
import { unseal } from '../store/crypto/sealedBox.js';
import { NotProvisionedError } from './provisioningErrors.js';

export interface ProvisionedSettings {
  url: string;
  kioskId: string;
  /** Unsealed with the data key, in memory only. */
  secret: string;
  communeName: string;
}

/** A production kiosk's settings, read back from its store; NotProvisionedError when there are none. */
export function readProvisionedSettings(
  store: Pick<KioskStore, 'read'>,
  key: Buffer,
  dataDir: string,
): ProvisionedSettings {
  const provisioning = store.read().provisioning;
  if (provisioning === undefined) throw new NotProvisionedError(dataDir);
  return {
    url: provisioning.upstreamUrl,
    kioskId: provisioning.kioskId,
    secret: unseal(key, Buffer.from(provisioning.sealedSecret, 'base64')).toString('utf8'),
    communeName: provisioning.communeName,
  };
}
