import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRecoveryKit, writeRecoveryKit } from '../../../electron/core/store/recovery/recoveryKit.js';
import type { WriteRecoveryKitOptions } from '../../../electron/core/store/recovery/recoveryKit.js';
import { kitChecksum, RECOVERY_KIT_SCRYPT } from '../../../electron/core/store/recovery/recoveryKitFile.js';
import { generateRecoveryPassphrase } from '../../../electron/core/store/recovery/recoveryPassphrase.js';
import { PlayedDisk } from '../../support/playedDisk.js';

// The kit's own cost is measured once below; the other tests use scrypt's smallest accepted cost.
const cheap = { N: 2 ** 14, r: 8, p: 1 };
const now = () => new Date('2026-12-01T03:04:05.000Z');

let root: string;
let usb: string;
let dataDir: string;
const key = randomBytes(32);
const passphrase = generateRecoveryPassphrase();

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-kit-'));
  usb = join(root, 'usb');
  dataDir = join(root, 'data');
  await mkdir(usb);
  await mkdir(dataDir);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function write(extra: Partial<WriteRecoveryKitOptions> = {}) {
  return writeRecoveryKit({
    key,
    kioskId: 'KIOSK-HN-0001',
    destination: usb,
    passphrase,
    now,
    dataDir,
    cost: cheap,
    ...extra,
  });
}

async function kitJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
}

describe('writing a recovery kit', () => {
  it('writes one 0600 file named after the kiosk and the office clock, holding no key in the clear', async () => {
    const { file } = await write();
    expect(file).toBe(join(usb, 'vneid-kiosk-recovery-KIOSK-HN-0001-20261201-100405.json'));
    expect(await readdir(usb)).toEqual(['vneid-kiosk-recovery-KIOSK-HN-0001-20261201-100405.json']);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(key.toString('base64'));
    expect(text).not.toContain(key.toString('hex'));
    expect(text.replaceAll('-', '')).not.toContain(passphrase.replaceAll('-', ''));
    expect(await kitJson(file)).toMatchObject({
      format: 'commune-vneid-kiosk/recovery-kit',
      version: 1,
      kioskId: 'KIOSK-HN-0001',
      createdAt: '2026-12-01T03:04:05.000Z',
      kdf: { name: 'scrypt', ...cheap },
    });
  });

  it('opens with its passphrase, typed in any case, with spaces instead of dashes', async () => {
    const { file } = await write();
    const typed = passphrase.toLowerCase().replaceAll('-', ' ');
    expect(await openRecoveryKit(file, typed)).toEqual({
      kioskId: 'KIOSK-HN-0001',
      key,
      createdAt: '2026-12-01T03:04:05.000Z',
    });
  });

  it(`costs scrypt N=2^17, r=8, p=1 by default, and still opens`, async () => {
    const { file } = await writeRecoveryKit({ key, kioskId: 'KIOSK-HN-0001', destination: usb, passphrase });
    expect(await kitJson(file)).toMatchObject({ kdf: { name: 'scrypt', ...RECOVERY_KIT_SCRYPT } });
    expect(RECOVERY_KIT_SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect((await openRecoveryKit(file, passphrase)).key).toEqual(key);
  });

  it('a second kit in the same second gets a name of its own; the first is never overwritten', async () => {
    const first = await write();
    const second = await write({ passphrase: generateRecoveryPassphrase() });
    expect(second.file).toBe(join(usb, 'vneid-kiosk-recovery-KIOSK-HN-0001-20261201-100405-2.json'));
    expect((await openRecoveryKit(first.file, passphrase)).key).toEqual(key);
  });

  it('refuses a destination that is relative, missing, a file, or inside the data folder', async () => {
    await writeFile(join(root, 'a-file'), 'x');
    for (const destination of [
      'usb',
      join(root, 'missing'),
      join(root, 'a-file'),
      dataDir,
      join(dataDir, 'archive'),
    ]) {
      if (destination.endsWith('archive')) await mkdir(destination, { recursive: true });
      await expect(write({ destination }), destination).rejects.toMatchObject({
        name: 'RecoveryKitError',
        reason: 'DESTINATION_INVALID',
        details: { destination },
      });
    }
    expect(await readdir(usb)).toEqual([]);
    expect(await readdir(dataDir)).toEqual(['archive']);
  });

  it('refuses a cost no kiosk would open, rather than write a kit nobody can open', async () => {
    await expect(write({ cost: { N: 2 ** 20, r: 8, p: 1 } })).rejects.toThrow();
    await expect(write({ cost: { N: 3000, r: 8, p: 1 } })).rejects.toThrow();
    expect(await readdir(usb)).toEqual([]);
  });

  it('refuses a passphrase the kiosk did not make', async () => {
    await expect(write({ passphrase: 'letmein' })).rejects.toThrow(/generateRecoveryPassphrase/);
    expect(await readdir(usb)).toEqual([]);
  });

  it.each([
    ['fills up mid-write', (disk: PlayedDisk) => void (disk.bytesLeft = 100)],
    ['is full', (disk: PlayedDisk) => disk.full()],
    ['answers a write with nothing written', (disk: PlayedDisk) => void (disk.stalledWrites = 1)],
  ])('a stick that %s: DESTINATION_FULL, and no file left behind', async (_, play) => {
    const disk = new PlayedDisk();
    play(disk);
    await expect(write({ openFile: disk.open })).rejects.toMatchObject({
      reason: 'DESTINATION_FULL',
      details: { destination: usb },
    });
    expect(await readdir(usb)).toEqual([]);
    // Freed, the same stick takes the kit whole.
    disk.free();
    disk.stalledWrites = 0;
    const { file } = await write({ openFile: disk.open });
    expect((await openRecoveryKit(file, passphrase)).key).toEqual(key);
  });

  it.each(['EIO', 'EROFS'])('a write failing with %s: WRITE_FAILED, no file left behind', async (code) => {
    const disk = new PlayedDisk();
    disk.writeErrors.push(code);
    await expect(write({ openFile: disk.open })).rejects.toMatchObject({ reason: 'WRITE_FAILED' });
    expect(await readdir(usb)).toEqual([]);
  });

  it('a failed fsync is a failed write: no file left behind', async () => {
    const disk = new PlayedDisk();
    disk.syncErrors.push('EIO');
    await expect(write({ openFile: disk.open })).rejects.toMatchObject({ reason: 'WRITE_FAILED' });
    expect(await readdir(usb)).toEqual([]);
  });
});

describe('opening a recovery kit refuses, writing nothing', () => {
  /** The refusal, after checking that opening left every folder as it was. */
  async function refusal(file: string, typed = passphrase) {
    const before = await readdir(root, { recursive: true });
    const error: unknown = await openRecoveryKit(file, typed).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(await readdir(root, { recursive: true })).toEqual(before);
    return error;
  }

  it('a wrong passphrase, or text that cannot be one: WRONG_PASSPHRASE', async () => {
    const { file } = await write();
    for (const typed of [generateRecoveryPassphrase(), 'letmein', '']) {
      expect(await refusal(file, typed), typed).toMatchObject({
        reason: 'WRONG_PASSPHRASE',
        details: { file },
      });
    }
  });

  it('a file that is missing, not JSON, or JSON of something else: NOT_A_KIT', async () => {
    await writeFile(join(usb, 'notes.txt'), 'hello');
    await writeFile(join(usb, 'manifest.json'), JSON.stringify({ format: 'kiosk-backup', version: 1 }));
    for (const file of [join(usb, 'missing.json'), join(usb, 'notes.txt'), join(usb, 'manifest.json'), usb]) {
      expect(await refusal(file), file).toMatchObject({ reason: 'NOT_A_KIT', details: { file } });
    }
  });

  it('a kit of a newer format: NEWER_FORMAT, naming its version', async () => {
    const { file } = await write();
    await writeFile(file, JSON.stringify({ ...(await kitJson(file)), version: 2, somethingNew: true }));
    expect(await refusal(file)).toMatchObject({ reason: 'NEWER_FORMAT', details: { file, version: 2 } });
  });

  it('a kit cut short, or with any field changed: DAMAGED, not a wrong passphrase', async () => {
    const { file } = await write();
    const text = await readFile(file, 'utf8');
    const kit = await kitJson(file);
    const wrapped = Buffer.from(kit.wrappedKey as string, 'base64');
    wrapped[20] = (wrapped[20] ?? 0) ^ 1;
    const damages: [string, string][] = [
      ['cut short', text.slice(0, text.length / 2)],
      [
        'a bit flipped in the wrapped key',
        JSON.stringify({ ...kit, wrappedKey: wrapped.toString('base64') }),
      ],
      ['another kiosk ID', JSON.stringify({ ...kit, kioskId: 'KIOSK-HN-0002' })],
      ['a cheaper scrypt', JSON.stringify({ ...kit, kdf: { ...(kit.kdf as object), N: 2 ** 15 } })],
      ['a field missing', JSON.stringify({ ...kit, createdAt: undefined })],
      ['scrypt asked for 1 GiB', JSON.stringify({ ...kit, kdf: { ...(kit.kdf as object), N: 2 ** 20 } })],
    ];
    for (const [what, damaged] of damages) {
      await writeFile(file, damaged);
      expect(await refusal(file), what).toMatchObject({ reason: 'DAMAGED', details: { file } });
    }
  });

  it('a kit whose checksum was made again after a change still does not open: the header is bound to the key', async () => {
    const { file } = await write();
    const forged: Record<string, unknown> = { ...(await kitJson(file)), kioskId: 'KIOSK-HN-0002' };
    delete forged.sha256;
    await writeFile(file, JSON.stringify({ ...forged, sha256: kitChecksum(forged as never) }));
    expect(await refusal(file)).toMatchObject({ reason: 'WRONG_PASSPHRASE' });
  });
});
