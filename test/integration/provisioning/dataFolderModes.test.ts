import { cp, mkdtemp, readFile, rm, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FOLDER_MARKER } from '../../../electron/core/bootstrap/dataFolder.js';
import type { KioskSettings } from '../../../electron/core/bootstrap/kioskSettings.js';
import type { RunningKiosk } from '../../../electron/core/bootstrap/startKiosk.js';
import { startKiosk } from '../../../electron/core/bootstrap/startKiosk.js';
import { provisionKiosk } from '../../../electron/core/provisioning/provisionKiosk.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import { filesIn, provisioningFileFor, writeProvisioningFile } from './provisioningFiles.js';

const ISSUE9_FIXTURE = join(import.meta.dirname, '../../fixtures/data-folder-issue9');
const local = { idleSeconds: { selfService: 90, assisted: 300 } };
const demoSettings = (kioskId = 'KIOSK-DEMO-01'): KioskSettings => ({
  ...local,
  communeName: 'UBND xã Cẩm Bình (máy trình diễn)',
  upstream: { url: 'http://127.0.0.1:9', kioskId, secret: 'demo-secret-change-me' },
});

let root: string;
let dataDir: string;
let kiosk: RunningKiosk | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-folder-modes-'));
  dataDir = join(root, 'data');
});
afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
  await rm(root, { recursive: true, force: true });
});

const startDemo = (kioskId?: string) =>
  startKiosk({ settings: demoSettings(kioskId), dataDir, appVersion: '0.1.0' });
const startProduction = () => startKiosk({ mode: 'production', local, dataDir, appVersion: '0.1.0' });

async function snapshotOfFolder(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of await filesIn(dataDir)) files.set(file, (await readFile(file)).toString('base64'));
  return files;
}

describe('the two modes never share a data folder', () => {
  it('demo marks its folder, enrols the demo supervisor, and production refuses that folder untouched', async () => {
    kiosk = await startDemo();
    expect(await kiosk.core.handlers.invoke('kiosk.describe', {})).toMatchObject({
      value: { mode: 'demo', setup: 'complete' },
    });
    expect(await kiosk.core.handlers.invoke('staff.signIn', { staffId: 'CB01', pin: '2468' })).toMatchObject({
      ok: true,
    });
    await kiosk.stop();
    kiosk = undefined;
    expect(JSON.parse(await readFile(join(dataDir, DATA_FOLDER_MARKER), 'utf8'))).toEqual({
      format: 'commune-vneid-kiosk/data-folder',
      version: 1,
      mode: 'demo',
      kioskId: 'KIOSK-DEMO-01',
    });
    const before = await snapshotOfFolder();
    await expect(startProduction()).rejects.toMatchObject({
      code: 'DATA_FOLDER_OTHER_MODE',
      message: expect.stringMatching(
        /chế độ trình diễn.* \/ .*belongs to demo mode and is refused in production mode/,
      ),
    });
    const file = await writeProvisioningFile(provisioningFileFor('https://127.0.0.1:9'));
    await expect(
      provisionKiosk({ dataDir, keySource: keyFileSource(join(dataDir, 'kiosk.key')), file: file.file }),
    ).rejects.toMatchObject({
      code: 'DATA_FOLDER_OTHER_MODE',
    });
    await file.remove();
    expect(await snapshotOfFolder()).toEqual(before);
  });

  it('production marks its folder at provisioning, and demo refuses it untouched', async () => {
    const file = await writeProvisioningFile(provisioningFileFor('https://127.0.0.1:9'));
    await provisionKiosk({ dataDir, keySource: keyFileSource(join(dataDir, 'kiosk.key')), file: file.file });
    await file.remove();
    expect(JSON.parse(await readFile(join(dataDir, DATA_FOLDER_MARKER), 'utf8'))).toMatchObject({
      mode: 'production',
      kioskId: 'KIOSK-HN-0001',
    });
    const before = await snapshotOfFolder();
    await expect(startDemo()).rejects.toMatchObject({
      code: 'DATA_FOLDER_OTHER_MODE',
      message: expect.stringMatching(/belongs to production mode and is refused in demo mode/),
    });
    expect(await snapshotOfFolder()).toEqual(before);
  });

  it('refuses another kiosk’s folder', async () => {
    kiosk = await startDemo('KIOSK-DEMO-01');
    await kiosk.stop();
    kiosk = undefined;
    await expect(startDemo('KIOSK-DEMO-02')).rejects.toMatchObject({
      code: 'DATA_FOLDER_OTHER_KIOSK',
      message: expect.stringMatching(/belongs to kiosk KIOSK-DEMO-01, not KIOSK-DEMO-02/),
    });
  });

  it('lets demo take a folder written before modes existed, and production refuse it', async () => {
    await cp(ISSUE9_FIXTURE, dataDir, { recursive: true });
    await chmod(join(dataDir, 'kiosk.key'), 0o600);
    const before = await snapshotOfFolder();
    await expect(startProduction()).rejects.toMatchObject({ code: 'DATA_FOLDER_OTHER_MODE' });
    expect(await snapshotOfFolder()).toEqual(before);
    kiosk = await startDemo();
    expect(JSON.parse(await readFile(join(dataDir, DATA_FOLDER_MARKER), 'utf8'))).toMatchObject({
      mode: 'demo',
    });
  });
});
