import os from 'node:os';
import type { Page } from '@playwright/test';
import { expect, openKiosk, test } from '../kioskPage.js';
import { percentile } from '../../../bench/percentiles.js';
import { cardQrText } from '../../../shared/card/cardQr.js';
import { CARDS, scanWithWedge } from '../scanner.js';

/*
 * cardScanToConfirmMs (issue 13: p95 ≤ 150 ms): from the scanner's Enter (the keydown's event
 * timestamp, taken before any of the page's own listeners) to the first frame after the card's
 * check is in the DOM (a requestAnimationFrame, then a task). Scans from Welcome and from the
 * ID-number step, alternately, typed as a wedge scanner types them (scanner.ts).
 */

const SCANS = Number(process.env.CARD_SCAN_ROUNDS ?? 20);
const CONFIRM_TITLE = 'Đúng là thẻ của ông/bà?';

// Runs in the page before its own scripts (CDP injection, which the page's CSP allows).
const probe = `(() => {
  const perf = { enterAt: null, samples: [] };
  window.__cardScan = perf;
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') perf.enterAt = event.timeStamp;
  }, true);
  new MutationObserver(() => {
    const enterAt = perf.enterAt;
    if (enterAt === null) return;
    if ((document.querySelector('h1')?.textContent ?? '') !== ${JSON.stringify(CONFIRM_TITLE)}) return;
    perf.enterAt = null;
    requestAnimationFrame(() => setTimeout(() => perf.samples.push(performance.now() - enterAt), 0));
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

function summary(samples: number[]) {
  return {
    count: samples.length,
    p50Ms: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    maxMs: percentile(samples, 100),
  };
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Bursts in a row the detector may take for typing before the bench stops: something is wrong then. */
const MAX_ATTEMPTS = 5;

/**
 * One scan, until the check shows. A burst the detector took for typing (the test machine's
 * own key round trip stretched past a scanner's gaps) is counted and scanned again, up to
 * MAX_ATTEMPTS: what is measured is the screen's answer to a scan, not the test's typing speed.
 */
async function scanUntilConfirmed(page: Page, text: string, misses: { count: number }): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    if (attempt > MAX_ATTEMPTS)
      throw new Error(`${MAX_ATTEMPTS} scans in a row were taken for typing (${misses.count} in all)`);
    await scanWithWedge(page, text);
    try {
      await expect(heading(page)).toHaveText(CONFIRM_TITLE, { timeout: 3_000 });
    } catch {
      misses.count += 1;
      await page.evaluate('window.__cardScan.enterAt = null');
      continue;
    }
    await expect.poll(() => page.evaluate('window.__cardScan.samples.length')).toBeGreaterThan(0);
    return (await page.evaluate('window.__cardScan.samples.pop()')) as number;
  }
}

test('card scan to its check', async ({ page, kiosk }) => {
  await page.addInitScript(probe);
  await openKiosk(page, kiosk);
  const text = cardQrText(CARDS.an);
  const fromWelcome: number[] = [];
  const fromIdStep: number[] = [];
  const misses = { count: 0 };
  const button = (name: string) => page.getByRole('button', { name, exact: true });

  for (let scan = 0; scan < SCANS; scan += 2) {
    fromWelcome.push(await scanUntilConfirmed(page, text, misses));
    await button('Không phải, nhập lại').tap();
    await expect(heading(page)).toHaveText('Nhập số định danh cá nhân');
    fromIdStep.push(await scanUntilConfirmed(page, text, misses));
    await button('Không phải, nhập lại').tap();
    await button('Quay lại').tap();
    await expect(heading(page)).toHaveText('Xin chào ông/bà');
  }

  const report = {
    benchmark: 'card scan (keyboard wedge) to the card check (web host, Chromium, 1920×1080)',
    machine: { cpus: os.cpus().length, node: process.version, platform: process.platform },
    targetP95Ms: 150,
    cardScanToConfirmMs: summary([...fromWelcome, ...fromIdStep]),
    fromWelcome: summary(fromWelcome),
    fromIdStep: summary(fromIdStep),
    burstsTakenForTyping: misses.count,
  };
  console.log(JSON.stringify(report, null, 2));
});
