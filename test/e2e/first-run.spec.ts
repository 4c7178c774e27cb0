import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RunningUpstream } from '../../upstream/server.js';
import { createReferenceUpstream } from '../../upstream/server.js';
import {
  filesHolding,
  provisioningFileFor,
  writeProvisioningFile,
} from '../integration/provisioning/provisioningFiles.js';
import { childEnv, startHost } from '../integration/provisioning/webHostProcess.js';
import type { HostProcess } from '../integration/provisioning/webHostProcess.js';
import { makeSelfSignedCertificate } from '../support/tls/selfSignedCertificate.js';
import type { SelfSignedCertificate } from '../support/tls/selfSignedCertificate.js';
import { checkScreen, expect, heading, tapButton, tapDigits, test } from './kioskPage.js';

/*
 * The first run of a provisioned kiosk (issue 10), walked on screen: the built web host in
 * production mode, provisioned at its start (`--provision=<file>`) into a fresh data folder,
 * against the reference service over https (a throwaway certificate the kiosk process trusts
 * through NODE_EXTRA_CA_CERTS; part A's helpers). The first supervisor types the PIN twice (a
 * mismatch first), writes the recovery kit to a temp folder, sees the passphrase once, then
 * Welcome, with no demo band.
 */

const content = provisioningFileFor('');
const PROVISIONED = {
  kioskId: content.kioskId,
  communeName: content.communeName,
  supervisor: content.firstSupervisor,
};

interface ProductionKiosk {
  launchUrl: string;
  kitFolder: string;
  dataDir: string;
  stop(): Promise<void>;
}

async function startProductionKiosk(): Promise<ProductionKiosk> {
  const root = await mkdtemp(join(tmpdir(), 'kiosk-first-run-'));
  const certificate: SelfSignedCertificate = makeSelfSignedCertificate();
  let upstream: RunningUpstream | undefined;
  let host: HostProcess | undefined;
  let file: Awaited<ReturnType<typeof writeProvisioningFile>> | undefined;
  const stop = async () => {
    await host?.stop();
    await upstream?.close();
    await file?.remove();
    certificate.remove();
    await rm(root, { recursive: true, force: true });
  };
  try {
    upstream = await createReferenceUpstream({
      kiosks: { [content.kioskId]: content.kioskSecret },
      log: () => undefined,
    }).listen(0, '127.0.0.1', { key: certificate.key, cert: certificate.cert });
    file = await writeProvisioningFile({ ...content, upstreamUrl: upstream.url });
    const dataDir = join(root, 'data');
    const kitFolder = await mkdtemp(join(root, 'usb-'));
    host = await startHost(
      resolve('out/electron/web/main.js'),
      childEnv({ KIOSK_DATA_DIR: dataDir, NODE_EXTRA_CA_CERTS: certificate.certFile }),
      [`--provision=${file.file}`],
    );
    return {
      launchUrl: host.launchUrl,
      kitFolder,
      dataDir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

test('a provisioned kiosk’s first run: the PIN twice, the recovery kit, the passphrase once, then Welcome', async ({
  page,
}) => {
  // A long walk with pictures and audits of five screens in both orientations.
  test.setTimeout(240_000);
  const h1 = heading(page);
  const kiosk = await startProductionKiosk();
  const { kitFolder } = kiosk;
  try {
    await page.goto(kiosk.launchUrl);

    await test.step('Step 1: the PIN, with what was provisioned shown to check; no demo band', async () => {
      await expect(h1).toHaveText('Đặt mã PIN cho cán bộ quản lý');
      await expect(page.getByText('Cài đặt máy lần đầu · Bước 1/2')).toBeVisible();
      await expect(page.getByText(PROVISIONED.kioskId, { exact: true })).toBeVisible();
      await expect(page.getByText(PROVISIONED.supervisor.displayName)).toBeVisible();
      await expect(page.locator('.demo-band')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Quay lại' })).toHaveCount(0);
      await tapDigits(page, '258014');
      await checkScreen(page, '95-first-run-pin');
      // English one tap away, and back, with the digits typed so far kept.
      await page.getByRole('button', { name: 'Switch the screen to English' }).tap();
      await expect(h1).toHaveText('Set the supervisor’s PIN');
      await expect(page.getByText('6 digits entered')).toBeVisible();
      await page.getByRole('button', { name: 'Chuyển màn hình sang tiếng Việt' }).tap();
      await expect(h1).toHaveText('Đặt mã PIN cho cán bộ quản lý');
    });

    await test.step('The PIN again, mistyped: said before any call, and both typed again', async () => {
      await tapButton(page, 'Tiếp tục');
      await expect(h1).toHaveText('Nhập lại mã PIN');
      await tapDigits(page, '258015');
      await tapButton(page, 'Tiếp tục');
      await expect(page.getByRole('alert')).toContainText('Hai lần nhập mã PIN không giống nhau');
      await expect(h1).toHaveText('Đặt mã PIN cho cán bộ quản lý');
      await checkScreen(page, '96-first-run-pin-mismatch');
    });

    await test.step('The PIN twice, the same', async () => {
      await tapDigits(page, '258014');
      await tapButton(page, 'Tiếp tục');
      await expect(h1).toHaveText('Nhập lại mã PIN');
      await tapDigits(page, '258014');
      await tapButton(page, 'Tiếp tục');
    });

    await test.step('Step 2: the recovery kit’s folder, typed on the pad or the field', async () => {
      await expect(h1).toHaveText('Ghi bộ khôi phục');
      await expect(page.getByText('Cài đặt máy lần đầu · Bước 2/2')).toBeVisible();
      await tapDigits(page, 'usb', 'Bàn phím đường dẫn');
      const field = page.getByRole('textbox', { name: 'Thư mục để ghi (đường dẫn đầy đủ)' });
      await expect(field).toHaveValue('usb');
      await tapButton(page, 'Ghi bộ khôi phục');
      await expect(page.getByRole('alert')).toContainText('Xin nhập đường dẫn đầy đủ');
      await field.fill(kitFolder);
      await checkScreen(page, '97-first-run-kit');
      await tapButton(page, 'Ghi bộ khôi phục');
    });

    await test.step('The passphrase, once, in large groups; the kit is on the stick, the passphrase nowhere', async () => {
      await expect(h1).toHaveText('Chép lại mật khẩu khôi phục');
      await expect(page.getByText(`Đã ghi bộ khôi phục vào: ${kitFolder}`)).toBeVisible();
      const groups = await page.locator('.passphrase__group').allTextContents();
      expect(groups.length).toBeGreaterThanOrEqual(4);
      for (const group of groups) expect(group).toMatch(/^[0-9A-Z]{1,4}$/);
      const kits = await readdir(kitFolder);
      expect(kits).toEqual([expect.stringMatching(/^vneid-kiosk-recovery-KIOSK-HN-0001-\d{8}-\d{6}\.json$/)]);
      const kit = JSON.parse(await readFile(join(kitFolder, kits[0] ?? ''), 'utf8')) as { format: string };
      expect(kit.format).toBe('commune-vneid-kiosk/recovery-kit');
      expect(await filesHolding(kiosk.dataDir, groups.join(''))).toEqual([]);
      expect(await filesHolding(kiosk.dataDir, groups.join('-'))).toEqual([]);
      await checkScreen(page, '98-first-run-passphrase');
      await tapButton(page, 'Tôi đã chép lại mật khẩu khôi phục');
    });

    await test.step('Then Welcome, with no demo band', async () => {
      await expect(h1).toHaveText('Xin chào ông/bà');
      await expect(page.getByRole('button', { name: 'Quản lý thiết bị', exact: true })).toBeVisible();
      await expect(page.locator('.demo-band')).toHaveCount(0);
      await checkScreen(page, '99-first-run-welcome');
    });
  } finally {
    await kiosk.stop();
  }
});
