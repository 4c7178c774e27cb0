import { join } from 'node:path';
import type { KioskMode } from '../../../shared/domain/kioskMode.js';
import type { KioskCore } from '../createKioskCore.js';
import { createKioskCore } from '../createKioskCore.js';
import { readProvisionedSettings } from '../provisioning/provisionedSettings.js';
import { NotProvisionedError } from '../provisioning/provisioningErrors.js';
import { provisionKiosk } from '../provisioning/provisionKiosk.js';
import type { ExportSaver } from '../report/ExportSaver.js';
import type { ReceiptPrinter } from '../receipts/ReceiptPrinter.js';
import { keyFileSource } from '../store/keys/dataKey.js';
import type { DataKeySource } from '../store/keys/dataKey.js';
import type { KioskStore } from '../store/KioskStore.js';
import { openKioskStore } from '../store/openKioskStore.js';
import { checkDataFolderMarker, claimDemoDataFolder, productionDataFolder } from './dataFolder.js';
import type { KioskSettings, LocalSettings } from './kioskSettings.js';
import { prepareModelNames } from '../devices/deviceModelNames.js';

interface CommonStartOptions {
  dataDir: string;
  appVersion: string;
  /** Electron passes the OS key store; the web host keeps its key in a 0600 file (KIOSK_KEY_FILE). */
  keySource?: DataKeySource;
  /** Electron prints receipts; the web host has no printer (the browser prints the PDF). */
  receiptPrinter?: ReceiptPrinter;
  /** Electron saves office exports into a folder staff pick; the web host downloads them. */
  exportSaver?: ExportSaver;
  /** `--accept-loss=<report id>` from the host's command line (see `acceptLossFrom`). */
  acceptLoss?: string;
}

/** Demo: the national system and the kiosk's identity from the environment (`readKioskSettings`). */
export interface DemoStartOptions extends CommonStartOptions {
  mode?: 'demo';
  settings: KioskSettings;
}

/** Production: everything but the idle limits from the store's provisioning. */
export interface ProductionStartOptions extends CommonStartOptions {
  mode: 'production';
  local: LocalSettings;
  /** `--provision=<file>`: provision the folder first, then start at the first-run stage. */
  provisionFile?: string;
}

export type StartKioskOptions = DemoStartOptions | ProductionStartOptions;

export interface RunningKiosk {
  core: KioskCore;
  mode: KioskMode;
  kioskId: string;
  upstreamUrl: string;
  stop(): Promise<void>;
}

/**
 * Opens the store and builds the core on the national system the settings name: both hosts use
 * this. The data folder's marker is checked first (the other mode's folder, or another kiosk's,
 * is refused untouched). Throws `StoreLossError` when acknowledged data is missing and
 * `NotProvisionedError` for a production folder with no provisioning (the host prints the
 * message and exits non-zero).
 */
export async function startKiosk(options: StartKioskOptions): Promise<RunningKiosk> {
  const keySource = options.keySource ?? keyFileSource(join(options.dataDir, 'kiosk.key'));
  const opened =
    options.mode === 'production'
      ? await openProduction(options, keySource)
      : await openDemo(options, keySource);
  const { store, settings } = opened;
  const upstreamUrl = settings.upstream.url;
  const credentials = { kioskId: settings.upstream.kioskId, secret: settings.upstream.secret };
  const mode = options.mode ?? 'demo';
  const core = createKioskCore({
    info: {
      kioskId: credentials.kioskId,
      communeName: settings.communeName,
      appVersion: options.appVersion,
      idleSeconds: settings.idleSeconds,
    },
    mode,
    store,
    keySource,
    dataDir: options.dataDir,
    upstreamUrl,
    credentials,
    ...(settings.staffIdleSeconds === undefined
      ? {}
      : { idle: { staffMs: settings.staffIdleSeconds * 1000 } }),
    ...(settings.ageing === undefined ? {} : { ageing: settings.ageing }),
    ...(options.receiptPrinter === undefined ? {} : { receiptPrinter: options.receiptPrinter }),
    ...(options.exportSaver === undefined ? {} : { exportSaver: options.exportSaver }),
  });
  // Off the start's own path, but before any citizen's device list needs the names.
  setImmediate(prepareModelNames);
  return { core, mode, kioskId: credentials.kioskId, upstreamUrl, stop: () => core.close() };
}

interface OpenedKiosk {
  store: KioskStore;
  settings: KioskSettings;
}

async function openDemo(options: DemoStartOptions, keySource: DataKeySource): Promise<OpenedKiosk> {
  const { settings } = options;
  await claimDemoDataFolder(options.dataDir, settings.upstream.kioskId);
  const store = await openKioskStore({
    dataDir: options.dataDir,
    keySource,
    kioskId: settings.upstream.kioskId,
    ...(options.acceptLoss === undefined ? {} : { acceptLoss: options.acceptLoss }),
  });
  return { store, settings };
}

async function openProduction(
  options: ProductionStartOptions,
  keySource: DataKeySource,
): Promise<OpenedKiosk> {
  const { dataDir } = options;
  if (options.provisionFile !== undefined)
    await provisionKiosk({ dataDir, keySource, file: options.provisionFile });
  const marker = await productionDataFolder(dataDir);
  if (marker === undefined) throw new NotProvisionedError(dataDir);
  const store = await openKioskStore({
    dataDir,
    keySource,
    kioskId: marker.kioskId,
    ...(options.acceptLoss === undefined ? {} : { acceptLoss: options.acceptLoss }),
  });
  try {
    const provisioned = readProvisionedSettings(store, await keySource.load({ create: false }), dataDir);
    // A store copied under another kiosk's marker is refused like another kiosk's folder.
    checkDataFolderMarker(dataDir, marker, { mode: 'production', kioskId: provisioned.kioskId });
    const { url, kioskId, secret, communeName } = provisioned;
    return { store, settings: { ...options.local, communeName, upstream: { url, kioskId, secret } } };
  } catch (error) {
    await store.close();
    throw error;
  }
}
