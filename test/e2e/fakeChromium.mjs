// A stand-in for Chromium, for test/e2e/launch.spec.ts: records the command line it was given
// and what `ps` shows while the launch code is live, then does what the real app window does
// with its launch page (follows it to the launch URL, keeps the session cookie, calls the API),
// waits for the launcher to delete the page, writes its record and exits like a closed window.
/* global process, URL, fetch, setTimeout -- run by plain Node, outside the scripts/ lint block */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const record = { argv };
try {
  const app = argv.find((arg) => arg.startsWith('--app='))?.slice('--app='.length) ?? '';
  const page = fileURLToPath(app);
  record.pageMode = statSync(page).mode & 0o777;
  record.folderMode = statSync(dirname(page)).mode & 0o777;
  const target = /http-equiv="refresh" content="0;url=([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1] ?? '';
  const url = target.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&amp;', '&');
  record.code = new URL(url).searchParams.get('code');
  record.ps = execFileSync('ps', ['-eww', '-o', 'args='], { encoding: 'utf8' });
  const launch = await fetch(url, { redirect: 'manual' });
  record.status = launch.status;
  record.location = launch.headers.get('location');
  record.setCookie = launch.headers.get('set-cookie');
  const origin = new URL(url).origin;
  const describe = await fetch(`${origin}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, cookie: (record.setCookie ?? '').split(';')[0] },
    body: JSON.stringify({ method: 'kiosk.describe', args: {} }),
  });
  record.describe = await describe.json();
  for (let tries = 0; tries < 400 && existsSync(page); tries++) await new Promise((r) => setTimeout(r, 25));
  record.pageGone = !existsSync(page);
} catch (error) {
  record.error = String(error);
}
writeFileSync(process.env.FAKE_CHROMIUM_RECORD ?? 'fake-chromium.json', JSON.stringify(record));
