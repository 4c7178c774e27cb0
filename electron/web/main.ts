import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appVersion, builtPaths } from '../core/bootstrap/builtPaths.js';
import { DataFolderRefusedError } from '../core/bootstrap/dataFolder.js';
import { hostStart } from '../core/bootstrap/hostStart.js';
import { SettingsError } from '../core/bootstrap/kioskSettings.js';
import { startKiosk } from '../core/bootstrap/startKiosk.js';
import { NotProvisionedError, ProvisioningError } from '../core/provisioning/provisioningErrors.js';
import { StoreLossError } from '../core/store/anchor/StoreLossError.js';
import { KioskError } from '../../shared/ipc/errors.js';
import { keyFileSource } from '../core/store/keys/dataKey.js';
import { startWebHost } from './webHost.js';

/**
 * The kiosk without Electron, on 127.0.0.1 only. In demo mode (the default here) it talks to the
 * national system named by UPSTREAM_URL, KIOSK_ID and KIOSK_SECRET (`npm run serve` starts the
 * demo one first); with KIOSK_MODE=production, to the one its provisioning names
 * (`--provision=<file>` provisions first).
 */
async function main(): Promise<void> {
  if (!existsSync(builtPaths.rendererIndex)) {
    throw new SettingsError(
      `The renderer is not built (${builtPaths.rendererIndex} is missing): run npm run build.`,
    );
  }
  const port = Number(process.env.PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new SettingsError(`PORT must be 0–65535, not ${process.env.PORT}`);
  const token = process.env.KIOSK_LAUNCH_TOKEN || randomBytes(24).toString('base64url');
  const { dataDir, options } = hostStart(process.env, process.argv.slice(2), { packaged: false });

  const kiosk = await startKiosk({
    ...options,
    appVersion: appVersion(),
    ...(process.env.KIOSK_KEY_FILE ? { keySource: keyFileSource(process.env.KIOSK_KEY_FILE) } : {}),
  });
  const host = await startWebHost({ core: kiosk.core, rendererDir: builtPaths.rendererDir, token, port });
  console.log(
    `Kiosk ${kiosk.kioskId} (${kiosk.mode} mode): data in ${dataDir}; national system: ${kiosk.upstreamUrl}`,
  );
  console.log(`Kiosk web host listening on ${host.launchUrl}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await kiosk.stop();
    process.exit(0);
  };
  // A signal handler cannot be awaited; stop() ends the process itself when the kiosk has stopped.
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  // These refusals are already worded for staff (Vietnamese and English, one line or a report).
  if (
    error instanceof StoreLossError ||
    error instanceof NotProvisionedError ||
    error instanceof ProvisioningError ||
    error instanceof DataFolderRefusedError
  )
    console.error(error.message);
  else if (error instanceof SettingsError || error instanceof KioskError)
    console.error(`Cannot start the kiosk: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
