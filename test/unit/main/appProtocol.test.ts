import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_CONTENT_SECURITY_POLICY,
  createAppFileHandler,
} from '../../../electron/main/appProtocol/appFileHandler.js';
import { appSchemePrivileges, resolveAppFile } from '../../../electron/main/appProtocol/appUrl.js';

const build = '/opt/kiosk/out/renderer';

describe('which file an app:// URL names (pure)', () => {
  it('registers app as standard, secure and fetch-capable', () => {
    expect(appSchemePrivileges).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it.each([
    ['app://kiosk/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://kiosk/', 'index.html', 'text/html; charset=utf-8'],
    ['app://kiosk/index.html#devices', 'index.html', 'text/html; charset=utf-8'],
    ['app://kiosk/assets/index-0a1b2c3d.js', 'assets/index-0a1b2c3d.js', 'text/javascript; charset=utf-8'],
    ['app://kiosk/assets/index-0a1b2c3d.css?v=1', 'assets/index-0a1b2c3d.css', 'text/css; charset=utf-8'],
    ['app://kiosk/assets/be-vietnam-pro.woff2', 'assets/be-vietnam-pro.woff2', 'font/woff2'],
    ['app://kiosk/favicon.svg', 'favicon.svg', 'image/svg+xml'],
    ['app://kiosk/assets/t%C3%AAn.png', 'assets/tên.png', 'image/png'],
  ])('serves %s from the build', (url, file, contentType) => {
    expect(resolveAppFile(url, build)).toEqual({ ok: true, file: join(build, file), contentType });
  });

  it.each([
    ['file:///opt/kiosk/out/renderer/index.html', 'NOT_APP_URL'],
    ['https://kiosk/index.html', 'NOT_APP_URL'],
    ['not a url', 'NOT_APP_URL'],
    ['app://other/index.html', 'OTHER_HOST'],
    ['app://kiosk.evil/index.html', 'OTHER_HOST'],
    ['app://kiosk:1234/index.html', 'OTHER_HOST'],
    ['app://user:pw@kiosk/index.html', 'OTHER_HOST'],
    ['app://kiosk/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd', 'BAD_PATH'],
    ['app://kiosk/%2E%2E%2F%2E%2E%2Fetc/passwd', 'BAD_PATH'],
    ['app://kiosk/assets%2f..%2f..%2fsecret.json', 'BAD_PATH'],
    ['app://kiosk/..%5c..%5cwindows%5cwin.ini', 'BAD_PATH'],
    ['app://kiosk/assets%5cindex.js', 'BAD_PATH'],
    ['app://kiosk/%2Fetc%2Fpasswd.json', 'BAD_PATH'],
    ['app://kiosk/C:%5Cwindows%5Cwin.ini', 'BAD_PATH'],
    ['app://kiosk/c%3a/windows/win.ini', 'BAD_PATH'],
    ['app://kiosk/index.html%00.png', 'BAD_PATH'],
    ['app://kiosk/index.html.', 'BAD_PATH'],
    ['app://kiosk//etc/passwd.json', 'BAD_PATH'],
    ['app://kiosk/assets/%E0%A4%A.js', 'BAD_PATH'],
    ['app://kiosk/assets/', 'BAD_PATH'],
    ['app://kiosk/kiosk.key', 'UNKNOWN_TYPE'],
    ['app://kiosk/assets/index.js.map', 'UNKNOWN_TYPE'],
  ])('refuses %s (%s)', (url, refusal) => {
    expect(resolveAppFile(url, build)).toEqual({ ok: false, refusal });
  });

  it('keeps a path whose dots the URL already resolved inside the build', () => {
    // WHATWG URLs (Chromium's and Node's) resolve `..` and `%2e%2e` segments before anyone sees them.
    const result = resolveAppFile('app://kiosk/assets/../../../etc/passwd.json', build);
    expect(result).toEqual({
      ok: true,
      file: join(build, 'etc/passwd.json'),
      contentType: 'application/json',
    });
  });
});

describe('the app:// handler over a real folder', () => {
  let root: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kiosk-app-scheme-'));
    const renderer = join(root, 'renderer');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>kiosk</title>');
    await writeFile(join(renderer, 'assets', 'index.js'), 'console.log(1)');
    await writeFile(join(root, 'secret.json'), '{"secret":true}');
    await symlink(join(root, 'secret.json'), join(renderer, 'assets', 'escape.json'));
    await symlink(root, join(renderer, 'outside'));
    await writeFile(join(renderer, 'assets', 'inner.json'), '{"inner":true}');
    await symlink(join(renderer, 'assets', 'inner.json'), join(renderer, 'assets', 'alias.json'));
    handle = createAppFileHandler(renderer);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('serves the page with its type, the CSP and nosniff', async () => {
    const response = await handle(new Request('app://kiosk/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>kiosk</title>');
    const script = await handle(new Request('app://kiosk/assets/index.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('follows a symlink that stays inside the build', async () => {
    const response = await handle(new Request('app://kiosk/assets/alias.json'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ inner: true });
  });

  it.each([
    'app://kiosk/assets/escape.json',
    'app://kiosk/outside/secret.json',
    'app://kiosk/assets/%2e%2e%2f%2e%2e%2fsecret.json',
    'app://kiosk/..%2fsecret.json',
    'app://kiosk/..%5csecret.json',
    'app://other/index.html',
    'app://kiosk/missing.html',
    'app://kiosk/assets',
  ])('answers 404 to %s and reveals nothing', async (url) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers only GET and HEAD', async () => {
    expect((await handle(new Request('app://kiosk/index.html', { method: 'POST', body: 'x' }))).status).toBe(
      404,
    );
    const head = await handle(new Request('app://kiosk/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
