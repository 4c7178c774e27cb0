import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startKiosk } from '../../../electron/core/bootstrap/startKiosk.js';
import { runProvisionCommand } from '../../../electron/core/provisioning/provisionCommand.js';
import { filesHolding, filesIn, provisioningFileFor, writeProvisioningFile } from './provisioningFiles.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-provision-command-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A terminal that is not one (as under a pipe): the PIN cannot be asked on it. */
const noTerminal = () => ({ input: new PassThrough(), output: new PassThrough() });

async function run(argv: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runProvisionCommand(argv, {
    env,
    terminal: noTerminal(),
    cwd: root,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

describe('npm run provision', () => {
  it('provisions, enrols the first supervisor with the PIN, writes the kit and prints its passphrase once', async () => {
    const content = provisioningFileFor('https://127.0.0.1:9');
    const file = await writeProvisioningFile(content);
    const dataDir = join(root, 'data');
    const stick = await mkdtemp(join(root, 'usb-'));
    const result = await run(['--file', file.file, '--recovery-kit', stick], {
      KIOSK_DATA_DIR: dataDir,
      KIOSK_PROVISION_PIN: '480715',
    });
    await file.remove();
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const passphraseLine = result.out.findIndex((line) => line.startsWith('Recovery passphrase'));
    const passphrase = result.out[passphraseLine + 1]?.trim() ?? '';
    expect(passphrase).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
    expect(result.out.filter((line) => line.includes(passphrase))).toHaveLength(1);
    expect(await readdir(stick)).toHaveLength(1);
    expect(await filesHolding(dataDir, content.kioskSecret)).toEqual([]);

    const kiosk = await startKiosk({
      mode: 'production',
      local: { idleSeconds: { selfService: 90, assisted: 300 } },
      dataDir,
      appVersion: '0.1.0',
    });
    try {
      expect(await kiosk.core.handlers.invoke('kiosk.describe', {})).toMatchObject({
        value: { setup: 'complete' },
      });
      expect(
        await kiosk.core.handlers.invoke('staff.signIn', { staffId: 'CB07', pin: '480715' }),
      ).toMatchObject({
        ok: true,
      });
    } finally {
      await kiosk.stop();
    }
  });

  it('refuses to ask the PIN without a terminal, and says how to run it', async () => {
    const file = await writeProvisioningFile(provisioningFileFor('https://127.0.0.1:9'));
    const result = await run(['--file', file.file, '--recovery-kit', root], {
      KIOSK_DATA_DIR: join(root, 'data'),
    });
    await file.remove();
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).toMatch(/no terminal to ask the first PIN on/);
  });

  it('says how it is used without --file, and writes nothing', async () => {
    const result = await run([], { KIOSK_DATA_DIR: join(root, 'data') });
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/npm run provision -- --file/);
    expect(await filesIn(join(root, 'data'))).toEqual([]);
  });
});
