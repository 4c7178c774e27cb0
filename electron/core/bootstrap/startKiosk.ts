import type { KioskCore } from '../createKioskCore.js';
import { createKioskCore } from '../createKioskCore.js';
import { join } from 'node:path';
import { keyFileSource } from '../store/keys/dataKey.js';
import type { DataKeySource } from '../store/keys/dataKey.js';
import type { ReceiptPrinter } from '../receipts/ReceiptPrinter.js';
import { openKioskStore } from '../store/openKioskStore.js';
import type { KioskSettings } from './kioskSettings.js';

export interface StartKioskOptions {
  settings: KioskSettings;
  dataDir: string;
  appVersion: string;
  /** Electron passes the OS key store; the web host keeps its key in a 0600 file (KIOSK_KEY_FILE). */
  keySource?: DataKeySource;
  /** Electron prints receipts; the web host has no printer (the browser prints the PDF). */
  receiptPrinter?: ReceiptPrinter;
  /** `--accept-loss=<report id>` from the host's command line (see `acceptLossFrom`). */
  acceptLoss?: string;
}

export interface RunningKiosk {
  core: KioskCore;
  kioskId: string;
  upstreamUrl: string;
  stop(): Promise<void>;
}

/**
 * Opens the store and builds the core on the national system the settings name: both hosts use
 * this. Throws `StoreLossError` when acknowledged data is missing (the host prints its message
 * and exits non-zero). Which national system that is (a real one, or the demo one) is the caller's business.
 */
export async function startKiosk(options: StartKioskOptions): Promise<RunningKiosk> {
  const { settings } = options;
  const upstreamUrl = settings.upstream.url;
  const credentials = { kioskId: settings.upstream.kioskId, secret: settings.upstream.secret };
  const keySource = options.keySource ?? keyFileSource(join(options.dataDir, 'kiosk.key'));
  const store = await openKioskStore({
    dataDir: options.dataDir,
    keySource,
    kioskId: credentials.kioskId,
    ...(options.acceptLoss === undefined ? {} : { acceptLoss: options.acceptLoss }),
  });
  const core = createKioskCore({
    info: {
      kioskId: credentials.kioskId,
      communeName: settings.communeName,
      appVersion: options.appVersion,
      idleSeconds: settings.idleSeconds,
    },
    store,
    keySource,
    dataDir: options.dataDir,
    upstreamUrl,
    credentials,
    ...(settings.staffIdleSeconds === undefined
      ? {}
      : { idle: { staffMs: settings.staffIdleSeconds * 1000 } }),
    ...(options.receiptPrinter === undefined ? {} : { receiptPrinter: options.receiptPrinter }),
  });
  return {
    core,
    kioskId: credentials.kioskId,
    upstreamUrl,
    stop: () => core.close(),
  };
}
