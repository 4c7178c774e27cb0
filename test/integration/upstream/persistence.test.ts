import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referenceForChange } from '../../../shared/domain/reference.js';
import { ChangeBatchResponse, type UpstreamChange } from '../../../shared/upstream/api.js';
import { DEMO_DEVICE_IDS, DEMO_ID_NUMBERS, DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { UpstreamDataError } from '../../../upstream/persistence/loadUpstreamDocument.js';
import { STATE_FILE_NAME } from '../../../upstream/persistence/openState.js';
import { createReferenceUpstream } from '../../../upstream/server.js';
import {
  makeChange,
  passcodeEvidence,
  staffEvidence,
  startHarness,
  testClock,
  type Harness,
  type TestClock,
} from './harness.js';

const an = DEMO_ID_NUMBERS.an;

describe('reference upstream: state kept in UPSTREAM_DATA_DIR across restarts', () => {
  let dataDir: string;
  let clock: TestClock;
  const running: Harness[] = [];
  const start = async (): Promise<Harness> => {
    const h = await startHarness({ dataDir, devEndpoints: true, admin: true, log: () => undefined }, clock);
    running.push(h);
    return h;
  };
  const restart = async (h: Harness): Promise<Harness> => {
    await h.close();
    running.splice(running.indexOf(h), 1);
    return start();
  };
  const savedFile = (): Record<string, unknown> =>
    JSON.parse(readFileSync(join(dataDir, STATE_FILE_NAME), 'utf8')) as Record<string, unknown>;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'upstream-state-'));
    clock = testClock();
  });
  afterEach(async () => {
    for (const h of running.splice(0)) await h.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function deviceIds(h: Harness, idNumber: string): Promise<string[]> {
    const token = await h.passcodeToken(idNumber);
    const reply = await h.call({
      method: 'GET',
      path: `/v1/accounts/${idNumber}`,
      headers: { authorization: `Bearer ${token}` },
    });
    return (reply.json.devices as { deviceId: string }[]).map((device) => device.deviceId);
  }

  async function results(h: Harness, changes: UpstreamChange[]) {
    const reply = await h.postChanges(changes);
    expect(reply.status).toBe(200);
    return ChangeBatchResponse.parse(reply.body).results;
  }

  it('keeps accounts and the ledger; a replayed changeId gets the stored result and no second effect', async () => {
    const first = await start();
    const unlink = makeChange('unlink-device', an, staffEvidence, { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    const unlock = makeChange('unlock-request', DEMO_ID_NUMBERS.binh, staffEvidence);
    const answered = await results(first, [unlink, unlock]);
    expect(answered.map((result) => result.code)).toEqual(['DEVICE_UNLINKED', 'UNLOCKED']);

    const second = await restart(first);
    expect(second.upstream.state.entryCount).toBe(2);
    expect(await deviceIds(second, an)).toEqual([DEMO_DEVICE_IDS.anIphone15]);
    expect(second.upstream.state.account(DEMO_ID_NUMBERS.binh)?.status).toBe('active');

    const replayed = await results(second, [unlink, unlock]);
    expect(replayed).toEqual(answered);
    expect(second.upstream.state.entryCount).toBe(2);
    expect(second.upstream.state.entry(unlink.changeId)?.deliveries).toBe(2);
    expect(second.upstream.state.account(an)?.devices).toHaveLength(1);
    const lookup = await second.call({
      method: 'GET',
      path: `/v1/requests/${referenceForChange(unlock.changeId)}`,
    });
    expect(lookup.json).toMatchObject({ code: 'UNLOCKED', requestStatus: 'approved' });
  });

  it('has the effect and its stored result on disk before the kiosk reads the answer', async () => {
    const h = await start();
    const unlink = makeChange('unlink-device', an, staffEvidence, { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    await results(h, [unlink]);
    // Read at once, while the service is still running: no later flush could explain it.
    const saved = savedFile();
    const entries = saved.entries as { change: { changeId: string }; result: { code: string } }[];
    expect(entries.map((entry) => [entry.change.changeId, entry.result.code])).toEqual([
      [unlink.changeId, 'DEVICE_UNLINKED'],
    ]);
    const accounts = saved.accounts as {
      idNumber: string;
      devices: { device: { deviceId: string }; unlinkedByChange?: string }[];
    }[];
    const galaxy = accounts
      .find((account) => account.idNumber === an)
      ?.devices.find((stored) => stored.device.deviceId === DEMO_DEVICE_IDS.anGalaxyA52);
    expect(galaxy?.unlinkedByChange).toBe(unlink.changeId);
  });

  it('gives racing duplicates one effect, both answered with the same stored result', async () => {
    const h = await start();
    const change = makeChange('unlink-all-devices', an, staffEvidence);
    const replies = await Promise.all([
      h.postChanges([change]),
      h.postChanges([change]),
      h.postChanges([change]),
    ]);
    const answers = replies.map((reply) => ChangeBatchResponse.parse(reply.body).results[0]);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]).toMatchObject({ outcome: 'applied', code: 'ALL_DEVICES_UNLINKED' });
    const entries = savedFile().entries as { deliveries: number }[];
    expect(entries).toEqual([expect.objectContaining({ deliveries: 3 })]);
  });

  it('answers 500 when the save fails, and the replay after the disk recovers gets the stored result', async () => {
    const reported: unknown[] = [];
    const h = await startHarness({ dataDir, reportError: (error) => reported.push(error) }, clock);
    running.push(h);
    rmSync(dataDir, { recursive: true, force: true });
    const change = makeChange('unlink-device', an, staffEvidence, { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    const failed = await h.postChanges([change]);
    expect(failed.status).toBe(500);
    expect(failed.json.code).toBe('INTERNAL');
    expect(reported).toHaveLength(1);

    mkdirSync(dataDir);
    const [replayed] = await results(h, [change]);
    expect(replayed).toMatchObject({ outcome: 'applied', code: 'DEVICE_UNLINKED' });
    expect((savedFile().entries as unknown[]).length).toBe(1);
  });

  it('keeps tokens (by hash only), so evidence issued before a restart still proves a change after it', async () => {
    const first = await start();
    const token = await first.passcodeToken(an);
    expect(readFileSync(join(dataDir, STATE_FILE_NAME), 'utf8')).not.toContain(token);
    const second = await restart(first);
    const [result] = await results(second, [
      makeChange('unlink-device', an, passcodeEvidence(token), { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 }),
    ]);
    expect(result?.code).toBe('DEVICE_UNLINKED');
  });

  it('refuses a nonce used before the restart', async () => {
    const first = await start();
    const request = {
      method: 'POST' as const,
      path: '/v1/verifications',
      body: { idNumber: an, method: 'passcode', passcode: '123456' },
      nonce: 'nonce-before-restart',
      timestampMs: clock.now(),
    };
    expect((await first.call(request)).status).toBe(200);
    const second = await restart(first);
    const replay = await second.call(request);
    expect(replay.status).toBe(401);
    expect(replay.json.code).toBe('NONCE_REPLAYED');
  });

  it('keeps a pending review and the admin clock, so the review can be settled after a restart', async () => {
    const account = {
      idNumber: '001200000002',
      fullName: 'Đỗ Văn Khoa',
      dateOfBirth: '2000-02-02',
      gender: 'male' as const,
      level: 2 as const,
      status: 'locked' as const,
      lock: {
        reason: 'terms-violation' as const,
        since: '2026-03-01T00:00:00.000Z',
        until: '2026-03-13T02:30:00.000Z',
        requestedBy: 'Trung tâm dữ liệu quốc gia về dân cư',
      },
      devices: [],
    };
    const first = await startHarness({ dataDir, accounts: [account], admin: true }, clock);
    running.push(first);
    const ask = makeChange('unlock-request', account.idNumber, staffEvidence);
    expect((await results(first, [ask]))[0]?.code).toBe('REVIEW_PENDING');
    await first.local({ method: 'POST', path: '/admin/clock', body: { advanceDays: 3 } });

    const second = await restart(first);
    expect(second.upstream.clock.offsetMs).toBe(3 * 86_400_000);
    expect(second.upstream.state.pendingReviews().map((entry) => entry.change.changeId)).toEqual([
      ask.changeId,
    ]);
    // The seed accounts are not used again: the saved state wins.
    expect(second.upstream.state.account(an)).toBeUndefined();
    // The lock ends three days after the test clock's start: by the moved clock, it has ended.
    const [again] = await results(second, [makeChange('unlock-request', account.idNumber, staffEvidence)]);
    expect(again?.code).toBe('UNLOCKED');
    expect(second.upstream.state.entry(ask.changeId)?.requestStatus).toBe('approved');
  });
});

describe('reference upstream: an unusable data file stops the start', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'upstream-corrupt-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  const kiosks = { [DEMO_KIOSK.kioskId]: DEMO_KIOSK.secret };

  it.each([
    ['text that is not JSON', '{"format": "commune-vneid-ref', /not valid JSON/],
    ['JSON of another shape', '{"accounts": []}', /not a reference upstream state file/],
    ['an empty file', '', /not valid JSON/],
  ])(
    'refuses %s with a message naming the file, and leaves the file as it was',
    (_case, content, message) => {
      const file = join(dataDir, STATE_FILE_NAME);
      writeFileSync(file, content);
      expect(() => createReferenceUpstream({ kiosks, dataDir })).toThrow(UpstreamDataError);
      expect(() => createReferenceUpstream({ kiosks, dataDir })).toThrow(message);
      expect(() => createReferenceUpstream({ kiosks, dataDir })).toThrow(file);
      expect(readFileSync(file, 'utf8')).toBe(content);
    },
  );

  it('refuses a saved account whose contents disagree with its level', async () => {
    const upstream = createReferenceUpstream({ kiosks, dataDir });
    await upstream.save();
    const file = join(dataDir, STATE_FILE_NAME);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { accounts: { level: number }[] };
    const first = saved.accounts[0];
    if (first === undefined) throw new Error('no saved account');
    first.level = 1;
    writeFileSync(file, JSON.stringify(saved));
    expect(() => createReferenceUpstream({ kiosks, dataDir })).toThrow(/disagree with level 1/);
  });

  it('starts from the demo data when the folder has no state yet, and saves it', async () => {
    const upstream = createReferenceUpstream({ kiosks, dataDir });
    expect(upstream.state.account(an)?.fullName).toBe('Nguyễn Văn An');
    await upstream.save();
    expect(createReferenceUpstream({ kiosks, dataDir }).state.account(an)?.fullName).toBe('Nguyễn Văn An');
  });
});
