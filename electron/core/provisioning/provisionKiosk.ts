import { productionDataFolder, writeDataFolderMarker } from '../bootstrap/dataFolder.js';
import { seal } from '../store/crypto/sealedBox.js';
import type { DataKeySource } from '../store/keys/dataKey.js';
import { openKioskStore } from '../store/openKioskStore.js';
import { ProvisioningError } from './provisioningErrors.js';
import { readProvisioningFile } from './provisioningFile.js';

export interface ProvisionKioskOptions {
  dataDir: string;
  keySource: DataKeySource;
  /** The district's provisioning file. */
  file: string;
  now?: () => Date;
}

export interface ProvisionedKiosk {
  kioskId: string;
  communeName: string;
  upstreamUrl: string;
  firstSupervisor: { staffId: string; displayName: string };
}

/**
 * Provisions a production kiosk, once: the file is checked whole before anything is written; a
 * demo folder, or one provisioned already, is refused. The secret is sealed with the data key
 * (never stored in clear) in one durable store record, `kiosk.provisioned`, with its audit line
 * (which names the kiosk and the national system, never the secret). The marker goes first, so
 * that a crash in between leaves a production folder that can be provisioned again.
 */
export async function provisionKiosk(options: ProvisionKioskOptions): Promise<ProvisionedKiosk> {
  const now = options.now ?? (() => new Date());
  const file = await readProvisioningFile(options.file);
  const marker = await productionDataFolder(options.dataDir);
  if (marker !== undefined && marker.kioskId !== file.kioskId) {
    throw new ProvisioningError(
      'ALREADY_PROVISIONED',
      `Thư mục dữ liệu ${options.dataDir} đã thuộc máy ${marker.kioskId} / the data folder ${options.dataDir} already belongs to kiosk ${marker.kioskId}; nothing was written.`,
    );
  }
  if (marker === undefined) await writeDataFolderMarker(options.dataDir, 'production', file.kioskId);
  const store = await openKioskStore({
    dataDir: options.dataDir,
    keySource: options.keySource,
    kioskId: file.kioskId,
    now,
  });
  try {
    const provisioned = store.read().provisioning;
    if (provisioned !== undefined) {
      throw new ProvisioningError(
        'ALREADY_PROVISIONED',
        `Máy ${provisioned.kioskId} đã được cấu hình lúc ${provisioned.provisionedAt}; chỉ cấu hình một lần / kiosk ${provisioned.kioskId} was provisioned at ${provisioned.provisionedAt}; provisioning is once. Nothing was written.`,
      );
    }
    const key = await options.keySource.load({ create: false });
    const { kioskId, upstreamUrl, communeName, firstSupervisor } = file;
    await store.commit(
      [
        {
          type: 'kiosk.provisioned',
          provisioning: {
            kioskId,
            upstreamUrl,
            communeName,
            sealedSecret: seal(key, file.kioskSecret).toString('base64'),
            firstSupervisor: { ...firstSupervisor },
            provisionedAt: now().toISOString(),
          },
        },
      ],
      [
        {
          action: 'kiosk.provisioned',
          actor: 'kiosk',
          outcome: 'provisioned',
          detail: `${kioskId} ${upstreamUrl}`.slice(0, 300),
        },
      ],
    );
    return { kioskId, communeName, upstreamUrl, firstSupervisor: { ...firstSupervisor } };
  } finally {
    await store.close();
  }
}
