import type { KioskCore } from '../createKioskCore.js';
import { createKioskCore } from '../createKioskCore.js';
import { join } from 'node:path';
import { keyFileSource } from '../store/keys/dataKey.js';
import type { DataKeySource } from '../store/keys/dataKey.js';
import type { ReceiptPrinter } from '../receipts/ReceiptPrinter.js';
import { openKioskStore } from '../store/openKioskStore.js';
import type { KioskCredentials } from '../upstream/requestSigner.js';
import { startEmbeddedUpstream } from './embeddedUpstream.js';
import type { KioskSettings } from './kioskSettings.js';

export interface StartKioskOptions {
  settings: KioskSettings;
  dataDir: string;
  appVersion: string;
  /** Electron passes the OS key store; the web host keeps its key in a 0600 file (KIOSK_KEY_FILE). */
  keySource?: DataKeySource;
  /** Electron prints receipts; the web host has no printer (the browser prints the PDF). */
  receiptPrinter?: ReceiptPrinter;
}

export interface RunningKiosk {
  core: KioskCore;
  kioskId: string;
  upstreamUrl: string;
  /** Set when the reference service was started in-process as the embedded default. */
  embeddedUpstream: boolean;
  stop(): Promise<void>;
}

/** Opens the store, reaches (or starts) the national system, and builds the core: both hosts use this. */
export async function startKiosk(options: StartKioskOptions): Promise<RunningKiosk> {
  const { settings } = options;
  let upstreamUrl: string;
  let credentials: KioskCredentials;
  let stopUpstream = async () => {};
  if (settings.upstream.kind === 'remote') {
    upstreamUrl = settings.upstream.url;
    credentials = { kioskId: settings.upstream.kioskId, secret: settings.upstream.secret };
  } else {
    const embedded = await startEmbeddedUpstream(settings.upstream);
    upstreamUrl = embedded.url;
    credentials = embedded.credentials;
    stopUpstream = embedded.close;
  }
  const store = await openKioskStore({
    dataDir: options.dataDir,
    keySource: options.keySource ?? keyFileSource(join(options.dataDir, 'kiosk.key')),
  }).catch(async (error: unknown) => {
    await stopUpstream();
    throw error;
  });
  const core = createKioskCore({
    info: {
      kioskId: credentials.kioskId,
      communeName: settings.communeName,
      appVersion: options.appVersion,
      idleSeconds: settings.idleSeconds,
    },
    store,
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
    embeddedUpstream: settings.upstream.kind === 'embedded',
    async stop() {
      await core.close();
      await stopUpstream();
    },
  };
}
