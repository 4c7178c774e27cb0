import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningKiosk } from '../../../electron/core/bootstrap/startKiosk.js';
import { startKiosk } from '../../../electron/core/bootstrap/startKiosk.js';
import { provisionKiosk } from '../../../electron/core/provisioning/provisionKiosk.js';
import { readProvisionedSettings } from '../../../electron/core/provisioning/provisionedSettings.js';
import { StaffDirectory } from '../../../electron/core/staff/StaffDirectory.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { filesHolding, filesIn, provisioningFileFor, writeProvisioningFile } from './provisioningFiles.js';

const URL = 'https://127.0.0.1:9/national-system';
const local = { idleSeconds: { selfService: 90, assisted: 300 } };

let root: string;
let dataDir: string;
let kiosk: RunningKiosk | undefined;
const cleanups: (() => Promise<void>)[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-provisioning-'));
  dataDir = join(root, 'data');
});
afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await rm(root, { recursive: true, force: true });
});

async function fileWith(content: unknown): Promise<string> {
  const written = await writeProvisioningFile(content);
  cleanups.push(written.remove);
  return written.file;
}

const keySource = () => keyFileSource(join(dataDir, 'kiosk.key'));
const startProduction = (provisionFile?: string) =>
  startKiosk({
    mode: 'production',
    local,
    dataDir,
    appVersion: '0.1.0',
    ...(provisionFile === undefined ? {} : { provisionFile }),
  });
const invoke = (method: string, args: unknown = {}) => {
  if (kiosk === undefined) throw new Error('no kiosk running');
  return kiosk.core.handlers.invoke(method, args);
};

describe('provisioning a kiosk, then its first run (core)', () => {
  it('provisions, sets the first PIN, writes the kit, signs the supervisor in, survives a restart, and never keeps the secret in clear', async () => {
    const content = provisioningFileFor(URL);
    const file = await fileWith(content);
    kiosk = await startProduction(file);
    expect(kiosk).toMatchObject({ mode: 'production', kioskId: 'KIOSK-HN-0001', upstreamUrl: URL });
    expect(await invoke('kiosk.describe')).toMatchObject({
      ok: true,
      value: {
        mode: 'production',
        setup: 'first-pin',
        kioskId: 'KIOSK-HN-0001',
        communeName: 'UBND xã Phú Minh',
      },
    });
    expect(await invoke('setup.status')).toEqual({
      ok: true,
      value: {
        stage: 'first-pin',
        kioskId: 'KIOSK-HN-0001',
        communeName: 'UBND xã Phú Minh',
        supervisor: { staffId: 'CB07', displayName: 'Cán bộ Lê Thị Mai' },
      },
    });
    // Nothing else answers until setup is done: no demo staff, no demo PIN.
    expect(await invoke('staff.signIn', { staffId: 'CB01', pin: '2468' })).toMatchObject({
      ok: false,
      error: { code: 'SETUP_REQUIRED' },
    });
    expect(await invoke('setup.writeRecoveryKit', { destination: root })).toMatchObject({
      error: { code: 'SETUP_NOT_AVAILABLE' },
    });
    // The first supervisor's PIN follows the rules for new PINs (issue 11).
    expect(await invoke('setup.setFirstPin', { pin: '2468', pinAgain: '2468' })).toMatchObject({
      error: { code: 'PIN_TOO_WEAK', details: { rule: 'length' } },
    });
    expect(await invoke('setup.setFirstPin', { pin: '987654', pinAgain: '987654' })).toMatchObject({
      error: { code: 'PIN_TOO_WEAK', details: { rule: 'sequence' } },
    });
    expect(await invoke('setup.setFirstPin', { pin: '480715', pinAgain: '480716' })).toMatchObject({
      ok: false,
      error: { code: 'SETUP_PIN_MISMATCH' },
    });
    expect(await invoke('setup.setFirstPin', { pin: '480715', pinAgain: '480715' })).toEqual({
      ok: true,
      value: { stage: 'recovery-kit' },
    });
    expect(await invoke('setup.setFirstPin', { pin: '111111', pinAgain: '111111' })).toMatchObject({
      error: { code: 'SETUP_NOT_AVAILABLE' },
    });
    expect(await invoke('staff.signIn', { staffId: 'CB07', pin: '480715' })).toMatchObject({
      error: { code: 'SETUP_REQUIRED' },
    });
    expect(
      await invoke('setup.writeRecoveryKit', { destination: join(root, 'no-such-stick') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'RECOVERY_KIT_FAILED', details: { reason: 'DESTINATION_INVALID' } },
    });
    const stick = await mkdtemp(join(root, 'usb-'));
    const kit = await invoke('setup.writeRecoveryKit', { destination: stick });
    expect(kit).toMatchObject({ ok: true, value: { stage: 'complete' } });
    const { file: kitFile, passphrase } = (kit as { value: { file: string; passphrase: string } }).value;
    expect(kitFile.startsWith(stick)).toBe(true);
    expect((await stat(kitFile)).isFile()).toBe(true);
    expect(passphrase.length).toBeGreaterThanOrEqual(20);

    expect(await invoke('kiosk.describe')).toMatchObject({ value: { setup: 'complete' } });
    expect(await invoke('staff.signIn', { staffId: 'CB01', pin: '2468' })).toMatchObject({
      error: { code: 'STAFF_PIN_WRONG' },
    });
    expect(await invoke('staff.signIn', { staffId: 'CB07', pin: '480715' })).toEqual({
      ok: true,
      value: {
        staffId: 'CB07',
        displayName: 'Cán bộ Lê Thị Mai',
        role: 'supervisor',
        pinChangeRequired: false,
      },
    });
    // A new kit later: a signed-in supervisor may.
    expect(await invoke('setup.writeRecoveryKit', { destination: stick })).toMatchObject({ ok: true });
    await kiosk.stop();
    kiosk = undefined;

    // A restart needs no file: the settings and the secret come back from the store.
    kiosk = await startProduction();
    expect(kiosk).toMatchObject({ mode: 'production', kioskId: 'KIOSK-HN-0001', upstreamUrl: URL });
    expect(await invoke('kiosk.describe')).toMatchObject({
      value: { setup: 'complete', communeName: 'UBND xã Phú Minh' },
    });
    expect(await invoke('staff.signIn', { staffId: 'CB07', pin: '480715' })).toMatchObject({ ok: true });
    await kiosk.stop();
    kiosk = undefined;
    const store = await openKioskStore({ dataDir, keySource: keySource() });
    try {
      const settings = readProvisionedSettings(store, await readFile(join(dataDir, 'kiosk.key')), dataDir);
      expect(settings).toEqual({
        url: URL,
        kioskId: 'KIOSK-HN-0001',
        secret: content.kioskSecret,
        communeName: 'UBND xã Phú Minh',
      });
    } finally {
      await store.close();
    }
    expect(await filesIn(dataDir)).not.toEqual([]);
    expect(await filesHolding(dataDir, content.kioskSecret)).toEqual([]);
    expect(await filesHolding(dataDir, passphrase)).toEqual([]);
  });

  it('lets only a supervisor write a new kit once set up: STAFF_REQUIRED for nobody, SUPERVISOR_REQUIRED for staff', async () => {
    kiosk = await startProduction(await fileWith(provisioningFileFor(URL)));
    await invoke('setup.setFirstPin', { pin: '480715', pinAgain: '480715' });
    const stick = await mkdtemp(join(root, 'usb-'));
    await invoke('setup.writeRecoveryKit', { destination: stick });
    await kiosk.stop();
    kiosk = undefined;
    const store = await openKioskStore({ dataDir, keySource: keySource() });
    await new StaffDirectory(store, () => new Date()).enrol({
      staffId: 'CB08',
      displayName: 'Cán bộ Hùng',
      pin: '258014',
    });
    await store.close();

    kiosk = await startProduction();
    expect(await invoke('setup.writeRecoveryKit', { destination: stick })).toMatchObject({
      error: { code: 'STAFF_REQUIRED' },
    });
    expect(await invoke('staff.signIn', { staffId: 'CB08', pin: '258014' })).toMatchObject({ ok: true });
    expect(await invoke('setup.writeRecoveryKit', { destination: stick })).toMatchObject({
      error: { code: 'SUPERVISOR_REQUIRED' },
    });
  });

  it('stops a production start with no provisioning, with its one line, and writes nothing', async () => {
    await expect(startProduction()).rejects.toMatchObject({
      code: 'KIOSK_NOT_PROVISIONED',
      message: expect.stringMatching(
        /^[^\n]*npm run provision -- --file <file>[^\n]*--provision=<file>[^\n]*$/,
      ),
    });
    expect(await filesIn(dataDir)).toEqual([]);
  });

  it.each([
    [
      'a PIN field',
      { firstSupervisor: { staffId: 'CB07', displayName: 'Mai', pin: '1234' } },
      /firstSupervisor\.pin/,
    ],
    ['a PIN at the top', { pin: '1234' }, /fields it may not have: pin.*never travels/],
    [
      'a plain http URL to another machine',
      { upstreamUrl: 'http://10.0.0.7:8080' },
      /upstreamUrl.*https only/,
    ],
    [
      'a plain http URL to loopback (production)',
      { upstreamUrl: 'http://127.0.0.1:4100' },
      /upstreamUrl.*https only/,
    ],
    ['something that is no URL', { upstreamUrl: 'dinhdanh' }, /upstreamUrl/],
    ['a short secret', { kioskSecret: 'short-secret' }, /kioskSecret.*at least 32/],
    [
      'a bad staff ID',
      { firstSupervisor: { staffId: 'cb-7', displayName: 'Mai' } },
      /firstSupervisor\.staffId/,
    ],
  ])('refuses a file with %s, naming the field, and writes nothing', async (_case, overrides, words) => {
    const file = await fileWith(provisioningFileFor(URL, overrides));
    const refusal = provisionKiosk({ dataDir, keySource: keySource(), file });
    await expect(refusal).rejects.toMatchObject({
      code: 'PROVISIONING_FILE_INVALID',
      message: expect.stringMatching(words),
    });
    await expect(refusal).rejects.toMatchObject({
      message: expect.stringMatching(/Tệp cấu hình.* \/ the provisioning file/),
    });
    expect(await filesIn(dataDir)).toEqual([]);
  });

  it('provisions once: a second file is refused and changes nothing', async () => {
    await provisionKiosk({ dataDir, keySource: keySource(), file: await fileWith(provisioningFileFor(URL)) });
    const before = await filesIn(dataDir);
    const other = provisioningFileFor('https://other.example.vn', { communeName: 'UBND xã Khác' });
    await expect(
      provisionKiosk({ dataDir, keySource: keySource(), file: await fileWith(other) }),
    ).rejects.toMatchObject({
      code: 'ALREADY_PROVISIONED',
    });
    expect(await filesIn(dataDir)).toEqual(before);
    kiosk = await startProduction();
    expect(kiosk.upstreamUrl).toBe(URL);
  });
});
