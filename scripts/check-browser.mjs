// Exits 0 when the end-to-end tests have a browser to run in, otherwise says in one line how
// to get one. The tests prefer Debian's Chromium (no download needed, works offline).
import { existsSync } from 'node:fs';

const debianChromium = '/usr/bin/chromium';

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

if (existsSync(debianChromium) || (await playwrightChromium()) !== undefined) process.exit(0);

console.error(
  'No browser for the e2e tests: install Debian\'s Chromium with "sudo apt-get install chromium" (or run "npx playwright install chromium").',
);
process.exit(1);
