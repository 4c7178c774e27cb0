import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { checkScreen, expect, heading, tapButton, tapDigits, test } from './kioskPage.js';

/*
 * The first run of a provisioned kiosk (issue 10), walked on screen: the first supervisor's
 * PIN twice (a mismatch first), the recovery kit written to a folder, its passphrase shown
 * once, then Welcome, with no demo band.
 *
 * STAND-IN: part A's production host was not on this branch when this was written, so the
 * core's answers for `kiosk.describe` (mode, setup) and `setup.*` are given here, by a tiny
 * stand-in in the test, over an otherwise real demo host.
 */

const PROVISIONED = {
  kioskId: 'KIOSK-HN-0001',
  communeName: 'UBND xã Tân Lập',
  supervisor: { staffId: 'CB07', displayName: 'Trần Văn Minh' },
};

interface StandIn {
  stage: 'first-pin' | 'recovery-kit' | 'complete';
}

async function standInSetupCore(page: Page): Promise<StandIn> {
  const core: StandIn = { stage: 'first-pin' };
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postDataJSON() as { method?: string; args?: Record<string, string> };
    const args = body.args ?? {};
    switch (body.method) {
      case 'kiosk.describe': {
        const response = await route.fetch();
        const answer = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
        answer.value = {
          ...answer.value,
          mode: 'production',
          setup: core.stage,
          kioskId: PROVISIONED.kioskId,
          communeName: PROVISIONED.communeName,
        };
        return route.fulfill({ response, json: answer });
      }
      case 'setup.status':
        return route.fulfill({ json: { ok: true, value: { stage: core.stage, ...PROVISIONED } } });
      case 'setup.setFirstPin':
        if (args.pin !== args.pinAgain) {
          return route.fulfill({
            json: { ok: false, error: { code: 'SETUP_PIN_MISMATCH', message: 'mismatch' } },
          });
        }
        core.stage = 'recovery-kit';
        return route.fulfill({ json: { ok: true, value: { stage: core.stage } } });
      case 'setup.writeRecoveryKit':
        core.stage = 'complete';
        return route.fulfill({
          json: {
            ok: true,
            value: {
              file: join(args.destination ?? '', 'vneid-kiosk-recovery-KIOSK-HN-0001-20261202-094500.json'),
              passphrase: '7K2M-QX9P-4RTW-HB3N-ZC8V-J5D1',
              stage: core.stage,
            },
          },
        });
      default:
        return route.fallback();
    }
  });
  return core;
}

test('a provisioned kiosk’s first run: the PIN twice, the recovery kit, the passphrase once, then Welcome', async ({
  page,
  kiosk,
}) => {
  // A long walk with pictures and audits of five screens in both orientations.
  test.setTimeout(240_000);
  const h1 = heading(page);
  const kitFolder = mkdtempSync(join(tmpdir(), 'kiosk-kit-'));
  try {
    await standInSetupCore(page);
    await page.goto(kiosk.launchUrl);

    await test.step('Step 1: the PIN, with what was provisioned shown to check; no demo band', async () => {
      await expect(h1).toHaveText('Đặt mã PIN cho cán bộ quản lý');
      await expect(page.getByText('Cài đặt máy lần đầu · Bước 1/2')).toBeVisible();
      await expect(page.getByText(PROVISIONED.kioskId, { exact: true })).toBeVisible();
      await expect(page.getByText(PROVISIONED.supervisor.displayName)).toBeVisible();
      await expect(page.locator('.demo-band')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Quay lại' })).toHaveCount(0);
      await tapDigits(page, '2580');
      await checkScreen(page, '95-first-run-pin');
      // English one tap away, and back, with the digits typed so far kept.
      await page.getByRole('button', { name: 'Switch the screen to English' }).tap();
      await expect(h1).toHaveText('Set the supervisor’s PIN');
      await expect(page.getByText('4 digits entered')).toBeVisible();
      await page.getByRole('button', { name: 'Chuyển màn hình sang tiếng Việt' }).tap();
      await expect(h1).toHaveText('Đặt mã PIN cho cán bộ quản lý');
    });

    await test.step('The PIN again, mistyped: said before any call, and both typed again', async () => {
      await tapButton(page, 'Tiếp tục');
      await expect(h1).toHaveText('Nhập lại mã PIN');
      await tapDigits(page, '2581');
      await tapButton(page, 'Tiếp tục');
      await expect(page.getByRole('alert')).toContainText('Hai lần nhập mã PIN không giống nhau');
      await expect(h1).toHaveText('Đặt mã PIN cho cán bộ quản lý');
      await checkScreen(page, '96-first-run-pin-mismatch');
    });

    await test.step('The PIN twice, the same', async () => {
      await tapDigits(page, '2580');
      await tapButton(page, 'Tiếp tục');
      await expect(h1).toHaveText('Nhập lại mã PIN');
      await tapDigits(page, '2580');
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

    await test.step('The passphrase, once, in large groups', async () => {
      await expect(h1).toHaveText('Chép lại mật khẩu khôi phục');
      await expect(page.getByText(`Đã ghi bộ khôi phục vào: ${kitFolder}`)).toBeVisible();
      await expect(page.locator('.passphrase__group')).toHaveCount(6);
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
    rmSync(kitFolder, { recursive: true, force: true });
  }
  expect(readdirSync(tmpdir()).includes(kitFolder)).toBe(false);
});
