import { rmSync } from 'node:fs';

/** Each run starts the web host on a fresh data folder; nothing of it is kept afterwards. */
// eslint-disable-next-line no-restricted-syntax -- Playwright loads a global teardown by its default export.
export default function removeKioskDataDir(): void {
  const dataDir = process.env.KIOSK_E2E_DATA_DIR;
  if (dataDir !== undefined && dataDir.includes('kiosk-e2e-')) {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
