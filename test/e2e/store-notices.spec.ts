import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keyFileSource } from '../../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../../electron/core/store/openKioskStore.js';
import { SNAPSHOT_FILE } from '../../electron/core/store/sealedSnapshot.js';
import { startKioskHost } from './kioskHost.js';
import type { KioskHost } from './kioskHost.js';
import { checkScreen, expect, heading, openKiosk, signInStaff, tapButton, test } from './kioskPage.js';

/**
 * A data folder whose main snapshot is damaged: two folds leave a main file and a last-good
 * copy, then the main file is overwritten. The web host starting on it recovers from the
 * last-good copy and raises RECOVERED_FROM_LAST_GOOD, a durable notice for staff.
 */
async function damagedSnapshotFolder(dataDir: string): Promise<void> {
  const store = await openKioskStore({ dataDir, keySource: keyFileSource(join(dataDir, 'kiosk.key')) });
  await store.compact();
  await store.compact();
  await store.close();
  await writeFile(join(dataDir, SNAPSHOT_FILE), 'not a sealed snapshot any more');
}

let host: KioskHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

test('staff see the store’s notice on the assisted bar, read it in words, and acknowledge it for good', async ({
  page,
}) => {
  const kiosk = (host = await startKioskHost({}, { prepareDataDir: damagedSnapshotFolder }));
  await openKiosk(page, kiosk);
  const notices = page.getByRole('button', { name: /^Thông báo dữ liệu/ });

  await test.step('Self-service shows nothing of it', async () => {
    await expect(heading(page)).toHaveText('Xin chào ông/bà');
    await expect(notices).toHaveCount(0);
  });

  await test.step('Assisted mode: a count on the staff bar', async () => {
    await signInStaff(page);
    await expect(heading(page)).toHaveText('Xin chào ông/bà');
    await expect(notices).toHaveText('Thông báo dữ liệu 1');
    await expect(page.getByRole('button', { name: 'Thông báo dữ liệu 1', exact: true })).toBeVisible();
    await expect(notices).toHaveAttribute('aria-expanded', 'false');
    await checkScreen(page, '70-store-notice-count');
  });

  await test.step('The list: the notice in words, with its time and “Đã xem”', async () => {
    await notices.tap();
    await expect(notices).toHaveAttribute('aria-expanded', 'true');
    const panel = page.getByRole('region', { name: 'Thông báo về dữ liệu của máy' });
    await expect(panel.getByText('Đã khôi phục dữ liệu từ bản sao')).toBeVisible();
    await expect(
      panel.getByText(
        /^Tệp dữ liệu chính bị hỏng và đã được để riêng \(kiosk-snapshot\.damaged-\d+\.sealed\)/,
      ),
    ).toBeVisible();
    await expect(panel.getByText(/^Lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeVisible();
    const seen = panel.getByRole('button', { name: 'Đã xem: Đã khôi phục dữ liệu từ bản sao' });
    await expect(seen).toHaveText('Đã xem');
    const box = await seen.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(48);
    expect(box?.width).toBeGreaterThanOrEqual(48);
    // The screen's own main action stays on screen under the open list.
    await expect(page.getByRole('button', { name: 'Quản lý thiết bị', exact: true })).toBeInViewport();
    await checkScreen(page, '71-store-notice-list');
  });

  await test.step('English words for the same notice', async () => {
    await tapButton(page, 'Switch the screen to English');
    await expect(page.getByRole('button', { name: 'Seen: Data restored from the copy' })).toBeVisible();
    await tapButton(page, 'Chuyển màn hình sang tiếng Việt');
    await expect(page.getByRole('button', { name: 'Đã xem: Đã khôi phục dữ liệu từ bản sao' })).toBeVisible();
  });

  await test.step('“Đã xem”: the notice is gone, and stays gone after signing in again', async () => {
    await tapButton(page, 'Đã xem: Đã khôi phục dữ liệu từ bản sao');
    await expect(page.getByText('Đã khôi phục dữ liệu từ bản sao')).toHaveCount(0);
    await expect(notices).toHaveCount(0);
    await tapButton(page, 'Đăng xuất');
    await signInStaff(page);
    await expect(page.getByText('Chế độ hỗ trợ — Cán bộ CB01')).toBeVisible();
    await expect(notices).toHaveCount(0);
  });
});
