import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningUpstream } from '../../../upstream/server.js';
import { createReferenceUpstream } from '../../../upstream/server.js';
import { DEMO_ID_NUMBERS, DEMO_PASSCODE } from '../../../upstream/demo/demoAccounts.js';
import { makeSelfSignedCertificate } from '../../support/tls/selfSignedCertificate.js';
import type { SelfSignedCertificate } from '../../support/tls/selfSignedCertificate.js';
import { filesHolding, filesIn, provisioningFileFor, writeProvisioningFile } from './provisioningFiles.js';
import { childEnv, compileWebHost, runToExit, startHost } from './webHostProcess.js';

// The web host as a real process in production mode, against the reference service over https
// with a self-signed certificate that the kiosk process trusts through NODE_EXTRA_CA_CERTS.
let build: ReturnType<typeof compileWebHost>;
let certificate: SelfSignedCertificate;
let upstream: RunningUpstream;
let root: string;
const content = provisioningFileFor('');

beforeAll(async () => {
  build = compileWebHost();
  certificate = makeSelfSignedCertificate();
  upstream = await createReferenceUpstream({
    kiosks: { [content.kioskId]: content.kioskSecret },
    log: () => undefined,
  }).listen(0, '127.0.0.1', { key: certificate.key, cert: certificate.cert });
  root = await mkdtemp(join(tmpdir(), 'kiosk-production-host-'));
}, 180_000);
afterAll(async () => {
  await upstream?.close();
  certificate?.remove();
  build?.remove();
  await rm(root, { recursive: true, force: true });
});

describe('the web host in production mode', () => {
  it('without provisioning exits non-zero with its one line, and writes nothing', async () => {
    const dataDir = join(root, 'never-provisioned');
    const result = runToExit(build.entry, childEnv({ KIOSK_MODE: 'production', KIOSK_DATA_DIR: dataDir }));
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/chưa được cấu hình.*npm run provision -- --file <file>.*--provision=<file>/);
    expect(await filesIn(dataDir)).toEqual([]);
  });

  it('refuses the national system from the environment in production', () => {
    const result = runToExit(
      build.entry,
      childEnv({ KIOSK_MODE: 'production', KIOSK_DATA_DIR: join(root, 'env'), UPSTREAM_URL: upstream.url }),
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/UPSTREAM_URL cannot be set in production mode/);
  });

  it('provisions with --provision=, runs the first run, talks https with the sealed secret, and keeps it all across a restart', async () => {
    const dataDir = join(root, 'kiosk-hn-0001');
    const file = await writeProvisioningFile({ ...content, upstreamUrl: upstream.url });
    const env = childEnv({ KIOSK_DATA_DIR: dataDir, NODE_EXTRA_CA_CERTS: certificate.certFile });
    let host = await startHost(build.entry, env, [`--provision=${file.file}`]);
    try {
      expect(await host.invoke('kiosk.describe')).toMatchObject({
        ok: true,
        value: { mode: 'production', setup: 'first-pin', kioskId: 'KIOSK-HN-0001' },
      });
      expect(await host.invoke('setup.setFirstPin', { pin: '480715', pinAgain: '480715' })).toEqual({
        ok: true,
        value: { stage: 'recovery-kit' },
      });
      const stick = await mkdtemp(join(root, 'usb-'));
      expect(await host.invoke('setup.writeRecoveryKit', { destination: stick })).toMatchObject({
        ok: true,
        value: { stage: 'complete' },
      });
      expect(await host.invoke('staff.signIn', { staffId: 'CB01', pin: '2468' })).toMatchObject({
        ok: false,
        error: { code: 'STAFF_PIN_WRONG' },
      });
      expect(await host.invoke('staff.signIn', { staffId: 'CB07', pin: '480715' })).toMatchObject({
        ok: true,
      });
      // A signed request over https: the national system knows this kiosk by its secret.
      expect(
        await host.invoke('session.verifyPasscode', {
          idNumber: DEMO_ID_NUMBERS.an,
          passcode: DEMO_PASSCODE,
        }),
      ).toMatchObject({ ok: true });
      expect(await host.stop()).toBe(0);

      await file.remove();
      host = await startHost(build.entry, { ...env, KIOSK_MODE: 'production' });
      expect(await host.invoke('kiosk.describe')).toMatchObject({
        value: { mode: 'production', setup: 'complete', communeName: content.communeName },
      });
      expect(await host.invoke('staff.signIn', { staffId: 'CB07', pin: '480715' })).toMatchObject({
        ok: true,
      });
      expect(
        await host.invoke('session.verifyPasscode', {
          idNumber: DEMO_ID_NUMBERS.an,
          passcode: DEMO_PASSCODE,
        }),
      ).toMatchObject({ ok: true });
    } finally {
      await host.stop();
    }
    expect(await filesIn(dataDir)).not.toEqual([]);
    expect(await filesHolding(dataDir, content.kioskSecret)).toEqual([]);
  });
});
