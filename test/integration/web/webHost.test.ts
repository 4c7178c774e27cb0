import { writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningKiosk } from '../../../electron/core/bootstrap/startKiosk.js';
import type { RunningWebHost } from '../../../electron/web/webHost.js';
import { openSession } from '../../support/launchSession.js';
import { journalRecords } from '../../support/storeFixtures.js';
import { startTestWebKiosk } from '../../support/webKiosk.js';
import type { TestWebKiosk } from '../../support/webKiosk.js';

const LAUNCH_CODE = 'test-launch-code-0123456789';
let web: TestWebKiosk;
let dataDir: string;
let kiosk: RunningKiosk;
let host: RunningWebHost;
/** `Cookie` header of the session the launch code was exchanged for. */
let session: string;

beforeAll(async () => {
  web = await startTestWebKiosk({ launchCode: LAUNCH_CODE });
  ({ dataDir, kiosk, host } = web);
  session = await openSession(String(host.launchUrl));
  await writeFile(join(dataDir, 'secret.txt'), 'not for the web');
});

afterAll(() => web.stop());

function invoke(method: string, args: unknown, headers: Record<string, string> = {}) {
  return fetch(`${host.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: host.origin, cookie: session, ...headers },
    body: JSON.stringify({ method, args }),
  });
}

async function invokeOk(method: string, args: unknown) {
  const response = await invoke(method, args);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  expect(body).toMatchObject({ ok: true });
  return body.value as Record<string, unknown>;
}

/** What the kiosk's journal holds about each change: accepted, then each state it went through. */
async function statesOnDisk(): Promise<Map<string, string[]>> {
  const states = new Map<string, string[]>();
  for (const record of (await journalRecords(join(dataDir, 'store'))) as {
    type: string;
    entry?: { change: { changeId: string }; state: string };
    changeId?: string;
    patch?: { state?: string };
  }[]) {
    // Audit entries travel in the same journal (issue 9); only the change records say a state.
    if (record.type === 'audit.appended') continue;
    const id = record.entry?.change.changeId ?? record.changeId ?? '';
    const state = record.entry?.state ?? record.patch?.state;
    if (state !== undefined) states.set(id, [...(states.get(id) ?? []), state]);
  }
  return states;
}

describe('web host with the demo national system', () => {
  it('listens on loopback and hands out a launch URL carrying a launch code', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.launchUrl).toBe(`${host.origin}/launch?code=${LAUNCH_CODE}`);
  });

  it('walks the citizen unlink flow through POST /api/invoke', async () => {
    const info = await invokeOk('kiosk.describe', {});
    expect(info).toMatchObject({ kioskId: 'KIOSK-DEMO-01', communeName: 'Xã Thử' });

    const summary = await invokeOk('session.verifyPasscode', {
      idNumber: '001 090 012345',
      passcode: '123456',
    });
    expect(summary).toEqual({
      idNumberMasked: '0010****2345',
      fullName: 'Nguyễn Văn An',
      level: 2,
      status: 'active',
      verifiedBy: 'passcode',
      assisted: false,
    });

    const before = (await invokeOk('account.read', {})) as {
      devices: { deviceId: string; name: string; active: boolean }[];
    };
    expect(before.devices).toHaveLength(2);
    const old = before.devices.find((device) => !device.active);
    expect(old?.name).toBe('Samsung Galaxy A52');

    const receipt = await invokeOk('device.unlink', { deviceId: old?.deviceId });
    expect(receipt).toMatchObject({
      kind: 'unlink-device',
      state: 'applied',
      outcomeCode: 'DEVICE_UNLINKED',
    });
    expect(receipt.reference).toMatch(/^[0-9A-F]{5}-[0-9A-F]{5}$/);

    const after = (await invokeOk('account.read', {})) as { devices: { active: boolean }[] };
    expect(after.devices).toHaveLength(1);
    expect(after.devices[0]?.active).toBe(true);

    // The change was on disk, with its final state, by the time the receipt came back.
    expect((await statesOnDisk()).get(String(receipt.changeId))).toEqual(['pending', 'sending', 'applied']);

    await invokeOk('session.end', {});
    const ended = await (await invoke('account.read', {})).json();
    expect(ended).toMatchObject({ ok: false, error: { code: 'NO_SESSION' } });
  });

  it('pushes change updates as Server-Sent Events', async () => {
    const controller = new AbortController();
    const stream = await fetch(`${host.origin}/api/events`, {
      headers: { cookie: session },
      signal: controller.signal,
    });
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const body = stream.body;
    if (body === null) throw new Error('no event stream body');
    const reader = body.getReader();
    await invokeOk('session.verifyPasscode', { idNumber: '001090012345', passcode: '123456' });
    const account = (await invokeOk('account.read', {})) as { devices: { deviceId: string }[] };
    await invokeOk('device.unlink', { deviceId: account.devices[0]?.deviceId });
    let text = '';
    while (!text.includes('event: change.updated')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('event: change.updated');
    expect(text).toMatch(/"kind":"unlink-device"/);
    await invokeOk('session.end', {});
  });

  it('refuses a call without the session cookie, or with a wrong one, and changes nothing', async () => {
    const before = await statesOnDisk();
    const [name = '', value = ''] = session.split('=');
    const wrongSessions = [
      '',
      `${name}=wrong-session`,
      `${name}=${value}x`,
      // A cookie of another host on this machine (cookies are per host, not per port).
      `kiosk-session-1=${value}`,
    ];
    for (const cookie of wrongSessions) {
      const response = await invoke(
        'session.verifyPasscode',
        { idNumber: '001090012345', passcode: '123456' },
        { cookie },
      );
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'NO_KIOSK_SESSION' });
    }
    // The old ways in are gone: the session's value as a header or in the query opens nothing.
    const asHeader = await invoke('kiosk.describe', {}, { cookie: '', 'x-kiosk-token': value });
    expect(asHeader.status).toBe(401);
    const events = await fetch(`${host.origin}/api/events?token=${value}`);
    expect(events.status).toBe(401);
    expect(await statesOnDisk()).toEqual(before);
  });

  it('refuses a foreign Origin, a cross-site fetch and a foreign Host', async () => {
    const foreign = await invoke('kiosk.describe', {}, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ code: 'FOREIGN_ORIGIN' });

    const crossSite = await invoke('kiosk.describe', {}, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);

    const rebinding = await rawGet('/', { host: `attacker.example:${host.port}` });
    expect(rebinding.status).toBe(400);
  });

  it('answers bad envelopes with a clear error', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(`${host.origin}/api/invoke`, {
        method: 'POST',
        headers: { 'content-type': type, origin: host.origin, cookie: session },
        body,
      });
    expect((await post('{not json')).status).toBe(400);
    expect((await post('[1,2]')).status).toBe(400);
    expect((await post('method=x', 'text/plain')).status).toBe(415);
    expect((await post(JSON.stringify({ method: 'x', args: 'y'.repeat(70_000) }))).status).toBe(413);
    const unknown = await (await invoke('device.format', {})).json();
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('serves the renderer but nothing outside its folder', async () => {
    const index = await fetch(`${host.origin}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%E0%A4%A']) {
      expect((await rawGet(path)).status).toBe(404);
    }
  });

  it('lets only signed requests reach the reference service', async () => {
    const unsigned = await fetch(`${kiosk.upstreamUrl}/v1/accounts/001090012345`);
    expect(unsigned.status).toBe(401);
  });
});

/** fetch() normalises paths and forbids a Host header; a raw request sends them as written. */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path, method: 'GET', headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0 });
    });
    req.on('error', reject);
    req.end();
  });
}
