import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeBatchResponse, type UpstreamChange } from '../../../shared/upstream/api.js';
import { DEMO_DEVICE_IDS, DEMO_ID_NUMBERS } from '../../../upstream/demo/demoAccounts.js';
import type { FaultKnobs } from '../../../upstream/faults/faultKnobs.js';
import { makeChange, staffEvidence, startHarness, testClock, type Harness } from './harness.js';

const an = DEMO_ID_NUMBERS.an;

/** What a kiosk sees when the connection is cut: no status, a socket error. */
async function expectSocketError(reply: Promise<unknown>): Promise<void> {
  const error: unknown = await reply.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(TypeError);
  const cause = (error as { cause?: { code?: string } }).cause;
  expect(cause?.code).toMatch(/^(UND_ERR_SOCKET|ECONNRESET|EPIPE)$/);
}

describe('reference upstream: fault knobs', () => {
  const running: Harness[] = [];
  const dirs: string[] = [];
  const start = async (faults: Partial<FaultKnobs>, extra: Parameters<typeof startHarness>[0] = {}) => {
    const h = await startHarness({ faults, faultSeed: 7, admin: true, ...extra });
    running.push(h);
    return h;
  };
  afterEach(async () => {
    for (const h of running.splice(0)) await h.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const unlinkGalaxy = (): UpstreamChange =>
    makeChange('unlink-device', an, staffEvidence, { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
  const galaxyLinked = (h: Harness): boolean =>
    h.upstream.state.account(an)?.devices.some((device) => device.deviceId === DEMO_DEVICE_IDS.anGalaxyA52) ??
    false;

  it.each([
    [503, 'SERVICE_UNAVAILABLE'],
    [500, 'INTERNAL'],
    [429, 'RATE_LIMITED'],
  ] as const)(
    'answers every request %i %s with Retry-After at error rate 1, with no effect',
    async (status, code) => {
      const h = await start({ errorRate: 1, errorStatuses: [status], retryAfterSeconds: 3 });
      const change = unlinkGalaxy();
      const request = {
        method: 'POST' as const,
        path: '/v1/changes',
        body: { changes: [change] },
        nonce: 'n-fault',
      };
      const reply = await h.call(request);
      expect(reply.status).toBe(status);
      expect(reply.json.code).toBe(code);
      expect(reply.headers.get('retry-after')).toBe('3');
      expect(h.upstream.state.entryCount).toBe(0);
      expect(galaxyLinked(h)).toBe(true);

      // Not even the nonce was used: the very same request goes through once the fault is gone.
      h.upstream.faults.update({ errorRate: 0 });
      const retried = await h.call(request);
      expect(retried.status).toBe(200);
      expect(galaxyLinked(h)).toBe(false);
    },
  );

  it('fails about the set fraction of requests, the same ones for the same seed', async () => {
    const pattern = async (): Promise<number[]> => {
      const h = await start({ errorRate: 0.3, errorStatuses: [503, 429] });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i += 1)
        statuses.push((await h.call({ method: 'GET', path: '/v1/requests/ABCDE-12345' })).status);
      return statuses;
    };
    const first = await pattern();
    expect(await pattern()).toEqual(first);
    const failed = first.filter((status) => status !== 404).length;
    expect(failed).toBeGreaterThan(4);
    expect(failed).toBeLessThan(24);
    expect(new Set(first)).toEqual(new Set([404, 503, 429]));
  });

  it('drops the connection without an answer at drop rate 1, with no effect', async () => {
    const h = await start({ dropRate: 1 });
    await expectSocketError(h.postChanges([unlinkGalaxy()]));
    await expectSocketError(h.call({ method: 'GET', path: `/v1/accounts/${an}` }));
    expect(h.upstream.state.entryCount).toBe(0);
    expect(galaxyLinked(h)).toBe(true);
  });

  it('applies a batch but loses the answer at lose-response rate 1; the replay returns the stored result', async () => {
    const h = await start({ loseResponseRate: 1 });
    const change = unlinkGalaxy();
    await expectSocketError(h.postChanges([change]));
    expect(h.upstream.state.entry(change.changeId)?.result).toMatchObject({
      outcome: 'applied',
      code: 'DEVICE_UNLINKED',
    });
    expect(galaxyLinked(h)).toBe(false);

    // Other endpoints answer as usual: only change batches lose their answers.
    expect((await h.call({ method: 'GET', path: '/v1/requests/ABCDE-12345' })).status).toBe(404);

    const knobs = await h.local({ method: 'PUT', path: '/admin/faults', body: { loseResponseRate: 0 } });
    expect(knobs.json.loseResponseRate).toBe(0);
    const replay = await h.postChanges([change]);
    expect(ChangeBatchResponse.parse(replay.body).results[0]).toMatchObject({
      outcome: 'applied',
      code: 'DEVICE_UNLINKED',
    });
    expect(h.upstream.state.entry(change.changeId)?.deliveries).toBe(2);
    expect(h.upstream.state.entryCount).toBe(1);
  });

  it('has a lost batch on disk, so the replay after a restart still gets the stored result', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upstream-lost-'));
    dirs.push(dataDir);
    const clock = testClock();
    const first = await startHarness({ dataDir, faults: { loseResponseRate: 1 } }, clock);
    const change = unlinkGalaxy();
    await expectSocketError(first.postChanges([change]));
    await first.close();
    const second = await startHarness({ dataDir }, clock);
    running.push(second);
    const replay = await second.postChanges([change]);
    expect(ChangeBatchResponse.parse(replay.body).results[0]).toMatchObject({ outcome: 'applied' });
    expect(galaxyLinked(second)).toBe(false);
  });

  it('adds latency, with jitter up to the set bound', async () => {
    const h = await start({ latencyMs: 120, latencyJitterMs: 40 });
    const started = performance.now();
    const reply = await h.call({ method: 'GET', path: '/v1/requests/ABCDE-12345' });
    const elapsed = performance.now() - started;
    expect(reply.status).toBe(404);
    expect(elapsed).toBeGreaterThanOrEqual(115);
  });

  it('leaves the admin and development endpoints alone', async () => {
    const h = await start({ errorRate: 1, dropRate: 1 }, { devEndpoints: true });
    expect((await h.local({ path: '/admin/faults' })).status).toBe(200);
    expect((await h.local({ path: `/dev/otp/${an}` })).json.code).toBe('OTP_NOT_SENT');
  });

  it('reads and sets the knobs through /admin/faults; a bad value changes nothing', async () => {
    const h = await start({});
    const before = await h.local({ path: '/admin/faults' });
    expect(before.json).toMatchObject({
      errorRate: 0,
      dropRate: 0,
      loseResponseRate: 0,
      latencyMs: 0,
      seed: 7,
    });
    const set = await h.local({
      method: 'PUT',
      path: '/admin/faults',
      body: { errorRate: 1, errorStatuses: [429] },
    });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({ errorRate: 1, errorStatuses: [429] });
    expect((await h.call({ method: 'GET', path: '/v1/requests/ABCDE-12345' })).status).toBe(429);

    for (const body of [{ errorRate: 2 }, { dropRate: -0.1 }, { errorStatuses: [404] }, { wobble: 1 }]) {
      const refused = await h.local({ method: 'PUT', path: '/admin/faults', body });
      expect(refused.status).toBe(400);
    }
    expect((await h.local({ path: '/admin/faults' })).json).toMatchObject({ errorRate: 1, dropRate: 0 });
  });
});
