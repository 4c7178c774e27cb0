import { spawnSync } from 'node:child_process';
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestLaunchCode, waitUntilUsed } from '../../../electron/web/launch/requestLaunchCode.js';
import type { RunningWebHost } from '../../../electron/web/webHost.js';
import { exchangeLaunchUrl, openSession } from '../../support/launchSession.js';
import { startTestWebKiosk } from '../../support/webKiosk.js';
import type { TestWebKiosk } from '../../support/webKiosk.js';

let clock = Date.parse('2026-12-01T03:00:00Z');
let web: TestWebKiosk;
let host: RunningWebHost;
let launchFolder: string;
let storeDir: string;

beforeAll(async () => {
  web = await startTestWebKiosk({ now: () => clock });
  ({ host } = web);
  storeDir = join(web.dataDir, 'store');
  launchFolder = join(storeDir, 'launch');
});

afterAll(() => web.stop());

const describeCall = (cookie?: string) =>
  fetch(`${host.origin}/api/invoke`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: host.origin,
      ...(cookie === undefined ? {} : { cookie }),
    },
    body: JSON.stringify({ method: 'kiosk.describe', args: {} }),
  });

const modeOf = async (path: string) => (await lstat(path)).mode & 0o777;

/** Waits for the host to answer a request written by hand; the host answers within its rescan. */
async function answerTo(id: string): Promise<{ text: string; mode: number }> {
  const path = join(launchFolder, `answer-${id}.json`);
  for (let tries = 0; tries < 200; tries++) {
    const mode = await modeOf(path).catch(() => undefined);
    if (mode !== undefined) {
      const text = await readFile(path, 'utf8');
      await rm(path);
      return { text, mode };
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no answer to ${id}`);
}

describe('the launch code and the session cookie', () => {
  it('exchanges the code for an HttpOnly, SameSite=Strict cookie and sends the browser on to / with a 303', async () => {
    const answer = await exchangeLaunchUrl(String(host.launchUrl));
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/');
    const attributes = (answer.setCookie ?? '').split(';').map((part) => part.trim());
    expect(attributes[0]).toMatch(new RegExp(`^kiosk-session-${host.port}=[A-Za-z0-9_-]{43}$`));
    expect(attributes.slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
    expect((await describeCall(answer.cookie)).status).toBe(200);
  });

  it('refuses the same code a second and a third time, and the refusals end nothing', async () => {
    const url = host.mintLaunchUrl();
    const session = await openSession(url);
    for (let attempt = 0; attempt < 2; attempt++) {
      const again = await exchangeLaunchUrl(url);
      expect(again).toMatchObject({ status: 401, refusal: 'LAUNCH_CODE_USED', setCookie: null });
    }
    expect((await describeCall(session)).status).toBe(200);
  });

  it('shows a browser a page naming the refusal, echoing nothing it was sent', async () => {
    const url = host.mintLaunchUrl();
    await openSession(url);
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(401);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<code id="refusal-code">LAUNCH_CODE_USED</code>');
    expect(html).toContain('npm run open');
    expect(html).not.toContain(new URL(url).searchParams.get('code'));
    const hostile = await fetch(`${host.origin}/launch?code=<script>alert(1)</script>`, {
      headers: { accept: 'text/html' },
    });
    expect(await hostile.text()).not.toContain('<script>');
  });

  it('refuses an unknown or a missing code as BAD_LAUNCH_CODE', async () => {
    const unknown = await exchangeLaunchUrl(`${host.origin}/launch?code=${'A'.repeat(43)}`);
    expect(unknown).toMatchObject({ status: 401, refusal: 'BAD_LAUNCH_CODE', setCookie: null });
    const missing = await exchangeLaunchUrl(`${host.origin}/launch`);
    expect(missing).toMatchObject({ status: 401, refusal: 'BAD_LAUNCH_CODE' });
  });

  it('refuses a window code used after its 60 s as LAUNCH_CODE_EXPIRED, twice', async () => {
    const url = host.mintLaunchUrl({ ttlMs: 60_000 });
    clock += 60_000;
    for (let attempt = 0; attempt < 2; attempt++)
      expect(await exchangeLaunchUrl(url)).toMatchObject({ status: 401, refusal: 'LAUNCH_CODE_EXPIRED' });
  });

  it('replaces the session at a new exchange: the old cookie is refused from then on', async () => {
    const first = await openSession(host.mintLaunchUrl());
    const second = await openSession(host.mintLaunchUrl());
    expect((await describeCall(second)).status).toBe(200);
    const old = await describeCall(first);
    expect(old.status).toBe(401);
    expect(await old.json()).toMatchObject({ code: 'NO_KIOSK_SESSION' });
  });

  it('answers the API, the event stream and the receipt only with the cookie', async () => {
    const session = await openSession(host.mintLaunchUrl());
    const bare = await describeCall();
    expect(bare.status).toBe(401);
    expect(await bare.json()).toMatchObject({ code: 'NO_KIOSK_SESSION' });
    expect((await fetch(`${host.origin}/api/events`)).status).toBe(401);
    const receipt = `${host.origin}/api/receipt.pdf?changeId=6f1c2b7e-4a9d-4e21-9c3b-2d5e8f0a7b14`;
    expect((await fetch(receipt)).status).toBe(401);
    // With the cookie the receipt route answers for itself: no such change in this session.
    expect((await fetch(receipt, { headers: { cookie: session } })).status).toBe(404);
    const controller = new AbortController();
    const events = await fetch(`${host.origin}/api/events`, {
      headers: { cookie: session },
      signal: controller.signal,
    });
    expect(events.status).toBe(200);
    expect(events.headers.get('content-type')).toMatch(/text\/event-stream/);
    controller.abort();
  });
});

describe('npm run open: a fresh code through the launch folder', () => {
  it('keeps the launch folder 0700 and the host record 0600', async () => {
    expect(await modeOf(launchFolder)).toBe(0o700);
    expect(await modeOf(join(launchFolder, 'web-host.json'))).toBe(0o600);
    expect(JSON.parse(await readFile(join(launchFolder, 'web-host.json'), 'utf8'))).toMatchObject({
      pid: process.pid,
      origin: host.origin,
    });
  });

  it('mints a working single-use code and leaves no file behind; no log line holds the code', async () => {
    const minted = await requestLaunchCode({ dataDir: storeDir, ttlSeconds: null });
    expect(minted.url).toMatch(new RegExp(`^${host.origin}/launch\\?code=[A-Za-z0-9_-]{43}$`));
    expect(minted.expiresAt).toBeNull();
    expect(await readdir(launchFolder)).toEqual(['web-host.json']);
    const session = await openSession(minted.url);
    expect((await describeCall(session)).status).toBe(200);
    expect(await exchangeLaunchUrl(minted.url)).toMatchObject({ refusal: 'LAUNCH_CODE_USED' });
    // The host notes the use, so a launcher can delete the page that held the code at once.
    expect(await waitUntilUsed({ dataDir: storeDir, requestId: minted.requestId, timeoutMs: 5_000 })).toBe(
      true,
    );
    expect(await readdir(launchFolder)).toEqual(['web-host.json']);
    const code = new URL(minted.url).searchParams.get('code') ?? '';
    expect(web.log).toContain(`Launch code made for request ${minted.requestId}`);
    expect(web.log).toContain(`Kiosk session opened with launch code ${minted.requestId}`);
    expect(web.log.join('\n')).not.toContain(code);
  });

  it('mints a window code that dies 60 s after it was made', async () => {
    const minted = await requestLaunchCode({ dataDir: storeDir, ttlSeconds: 60 });
    expect(minted.expiresAt).toBe(new Date(clock + 60_000).toISOString());
    clock += 60_000;
    expect(await exchangeLaunchUrl(minted.url)).toMatchObject({ refusal: 'LAUNCH_CODE_EXPIRED' });
  });

  it('answers with a 0600 file, and refuses a request that is not 0600 or is a link, making no code', async () => {
    const request = JSON.stringify({
      format: 'commune-vneid-kiosk/launch-request',
      version: 1,
      ttlSeconds: null,
    });
    const good = 'a'.repeat(32);
    await writeFile(join(launchFolder, `request-${good}.json`), request, { mode: 0o600 });
    const answer = await answerTo(good);
    expect(answer.mode).toBe(0o600);
    expect(JSON.parse(answer.text)).toMatchObject({ ok: true });

    const open = 'b'.repeat(32);
    await writeFile(join(launchFolder, `request-${open}.json.tmp`), request, { mode: 0o644 });
    await chmod(join(launchFolder, `request-${open}.json.tmp`), 0o644);
    // Renamed into place whole, as the command does, so the host never reads half of it.
    await rename(join(launchFolder, `request-${open}.json.tmp`), join(launchFolder, `request-${open}.json`));
    const refused = JSON.parse((await answerTo(open)).text) as { ok: boolean; code: string };
    expect(refused).toMatchObject({ ok: false, code: 'LAUNCH_REQUEST_NOT_PRIVATE' });
    expect(refused).not.toHaveProperty('url');

    const elsewhere = join(web.dataDir, 'planted.json');
    await writeFile(elsewhere, request, { mode: 0o600 });
    const link = 'c'.repeat(32);
    await symlink(elsewhere, join(launchFolder, `request-${link}.json`));
    expect(JSON.parse((await answerTo(link)).text)).toMatchObject({
      ok: false,
      code: 'LAUNCH_REQUEST_NOT_PRIVATE',
    });

    const junk = 'd'.repeat(32);
    await writeFile(join(launchFolder, `request-${junk}.json`), '{"ttlSeconds": 5}', { mode: 0o600 });
    expect(JSON.parse((await answerTo(junk)).text)).toMatchObject({ ok: false, code: 'BAD_LAUNCH_REQUEST' });
    expect(
      web.log.filter(
        (line) => line.startsWith('Launch request') && line.endsWith('refused: LAUNCH_REQUEST_NOT_PRIVATE'),
      ),
    ).toHaveLength(2);
  });

  it('refuses when the launch folder is open to other users', async () => {
    await chmod(launchFolder, 0o755);
    try {
      await expect(requestLaunchCode({ dataDir: storeDir, ttlSeconds: null })).rejects.toMatchObject({
        code: 'LAUNCH_FOLDER_NOT_PRIVATE',
      });
    } finally {
      await chmod(launchFolder, 0o700);
    }
  });
});

describe('npm run open when no web host answers', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiosk-no-host-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('refuses on a data folder no host ever ran on', async () => {
    await expect(requestLaunchCode({ dataDir: folder, ttlSeconds: null })).rejects.toMatchObject({
      code: 'NO_WEB_HOST',
      message: expect.stringContaining(folder) as unknown,
    });
  });

  it('refuses when the host that wrote its record is gone', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    await mkdir(join(folder, 'launch'), { mode: 0o700 });
    await writeFile(
      join(folder, 'launch', 'web-host.json'),
      JSON.stringify({
        format: 'commune-vneid-kiosk/web-host',
        version: 1,
        pid: Number(gone.stdout),
        origin: 'http://127.0.0.1:9',
      }),
      { mode: 0o600 },
    );
    await expect(requestLaunchCode({ dataDir: folder, ttlSeconds: null })).rejects.toMatchObject({
      code: 'NO_WEB_HOST',
    });
  });

  it('refuses an answer other users could read, and says the host did not answer when it does not', async () => {
    await writeFile(
      join(folder, 'launch', 'web-host.json'),
      JSON.stringify({
        format: 'commune-vneid-kiosk/web-host',
        version: 1,
        pid: process.pid,
        origin: 'http://127.0.0.1:9',
      }),
      { mode: 0o600 },
    );
    await expect(
      requestLaunchCode({ dataDir: folder, ttlSeconds: null, timeoutMs: 200 }),
    ).rejects.toMatchObject({
      code: 'NO_ANSWER',
    });
    // A stand-in host that answers with a file anyone may read.
    const pending = requestLaunchCode({ dataDir: folder, ttlSeconds: null });
    let id: string | undefined;
    while (id === undefined) {
      id = (await readdir(join(folder, 'launch')))
        .map((name) => /^request-(\w+)\.json$/.exec(name)?.[1])
        .find(Boolean);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const answer = join(folder, 'launch', `answer-${id}.json`);
    await writeFile(
      answer,
      JSON.stringify({
        format: 'commune-vneid-kiosk/launch-answer',
        version: 1,
        ok: true,
        url: 'http://127.0.0.1:9/launch?code=x',
        expiresAt: null,
      }),
      { mode: 0o644 },
    );
    await chmod(answer, 0o644);
    await expect(pending).rejects.toMatchObject({ code: 'LAUNCH_ANSWER_NOT_PRIVATE' });
  });

  it('refuses once the host has stopped: its record goes with it', async () => {
    const other = await startTestWebKiosk();
    const otherStore = join(other.dataDir, 'store');
    await other.host.close();
    await expect(requestLaunchCode({ dataDir: otherStore, ttlSeconds: null })).rejects.toMatchObject({
      code: 'NO_WEB_HOST',
    });
    await other.kiosk.stop();
    await other.upstream.close();
    await rm(other.dataDir, { recursive: true, force: true });
  });
});
