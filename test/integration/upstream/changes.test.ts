import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeBatchResponse, type UpstreamChange } from '../../../shared/upstream/api.js';
import { signRequest } from '../../../shared/upstream/requestSigner.js';
import { DEMO_DEVICE_IDS, DEMO_ID_NUMBERS, DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import {
  makeChange,
  passcodeEvidence,
  staffEvidence,
  startHarness,
  toReply,
  type Harness,
} from './harness.js';

describe('reference upstream: POST /v1/changes', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  async function results(changes: UpstreamChange[]) {
    const reply = await h.postChanges(changes);
    expect(reply.status).toBe(200);
    return ChangeBatchResponse.parse(reply.body).results;
  }

  async function deviceIds(idNumber: string): Promise<string[]> {
    const token = await h.passcodeToken(idNumber);
    const reply = await h.call({
      method: 'GET',
      path: `/v1/accounts/${idNumber}`,
      headers: { authorization: `Bearer ${token}` },
    });
    return (reply.json.devices as { deviceId: string }[]).map((device) => device.deviceId);
  }

  const unlinkGalaxy = (evidence = staffEvidence, extra: Partial<UpstreamChange> = {}) =>
    makeChange('unlink-device', DEMO_ID_NUMBERS.an, evidence, {
      deviceId: DEMO_DEVICE_IDS.anGalaxyA52,
      ...extra,
    });

  it('unlinks a device: applied DEVICE_UNLINKED, and the account no longer lists it', async () => {
    const token = await h.passcodeToken(DEMO_ID_NUMBERS.an);
    const change = unlinkGalaxy(passcodeEvidence(token));
    const [result] = await results([change]);
    expect(result).toEqual({
      changeId: change.changeId,
      outcome: 'applied',
      code: 'DEVICE_UNLINKED',
      message: expect.any(String),
      state: { accountStatus: 'active', activeDevices: 1 },
    });
    expect(await deviceIds(DEMO_ID_NUMBERS.an)).toEqual([DEMO_DEVICE_IDS.anIphone15]);
  });

  it('answers the same device again under a new changeId with duplicate ALREADY_UNLINKED', async () => {
    await results([unlinkGalaxy()]);
    const [again] = await results([unlinkGalaxy()]);
    expect(again).toMatchObject({
      outcome: 'duplicate',
      code: 'ALREADY_UNLINKED',
      state: { activeDevices: 1 },
    });
    expect(await deviceIds(DEMO_ID_NUMBERS.an)).toEqual([DEMO_DEVICE_IDS.anIphone15]);
  });

  it('returns the stored result for a replayed changeId, with one ledger entry', async () => {
    const change = unlinkGalaxy();
    const [first] = await results([change]);
    const [replayed] = await results([change]);
    expect(replayed).toEqual(first);
    expect(replayed?.outcome).toBe('applied');
    expect(h.upstream.state.entryCount).toBe(1);
  });

  it('treats the replay as the same change whatever the order of its JSON fields', async () => {
    const change = unlinkGalaxy();
    const [first] = await results([change]);
    const reordered = Object.fromEntries(Object.entries(change).reverse()) as UpstreamChange;
    const [replayed] = await results([reordered]);
    expect(replayed).toEqual(first);
  });

  it('rejects the same changeId with different content as CHANGE_ID_REUSED, changing nothing', async () => {
    const change = unlinkGalaxy();
    const [first] = await results([change]);
    const [reused] = await results([{ ...change, deviceId: DEMO_DEVICE_IDS.anIphone15 }]);
    expect(reused).toMatchObject({
      changeId: change.changeId,
      outcome: 'rejected',
      code: 'CHANGE_ID_REUSED',
    });
    expect(await deviceIds(DEMO_ID_NUMBERS.an)).toEqual([DEMO_DEVICE_IDS.anIphone15]);
    const [replayed] = await results([change]);
    expect(replayed).toEqual(first);
  });

  it('gives one effect for two concurrent batches with the same changeId', async () => {
    const change = unlinkAll(DEMO_ID_NUMBERS.an);
    const [a, b] = await Promise.all([h.postChanges([change]), h.postChanges([change])]);
    const resultA = ChangeBatchResponse.parse(a?.body).results[0];
    const resultB = ChangeBatchResponse.parse(b?.body).results[0];
    expect(resultA).toEqual(resultB);
    expect(resultA).toMatchObject({
      outcome: 'applied',
      code: 'ALL_DEVICES_UNLINKED',
      state: { activeDevices: 0 },
    });
    expect(h.upstream.state.entryCount).toBe(1);
  });

  it('answers each change of a batch in order', async () => {
    const batch = [
      unlinkGalaxy(),
      makeChange('unlink-device', DEMO_ID_NUMBERS.an, staffEvidence, { deviceId: 'no-such-device' }),
      makeChange('unlink-device', '001099999999', staffEvidence, { deviceId: 'x' }),
      unlinkGalaxy(),
    ];
    const answered = await results(batch);
    expect(answered.map((result) => [result.changeId, result.outcome, result.code])).toEqual([
      [batch[0]?.changeId, 'applied', 'DEVICE_UNLINKED'],
      [batch[1]?.changeId, 'rejected', 'DEVICE_NOT_FOUND'],
      [batch[2]?.changeId, 'rejected', 'ACCOUNT_NOT_FOUND'],
      [batch[3]?.changeId, 'duplicate', 'ALREADY_UNLINKED'],
    ]);
  });

  it('rejects unlink-device without a deviceId', async () => {
    const [result] = await results([makeChange('unlink-device', DEMO_ID_NUMBERS.an, staffEvidence)]);
    expect(result).toMatchObject({ outcome: 'rejected', code: 'DEVICE_ID_REQUIRED' });
  });

  it('unlinks all devices, then answers a second unlink-all with duplicate NO_LINKED_DEVICES', async () => {
    const [all] = await results([unlinkAll(DEMO_ID_NUMBERS.an)]);
    expect(all).toMatchObject({
      outcome: 'applied',
      code: 'ALL_DEVICES_UNLINKED',
      state: { activeDevices: 0 },
    });
    expect(await deviceIds(DEMO_ID_NUMBERS.an)).toEqual([]);
    const [again] = await results([unlinkAll(DEMO_ID_NUMBERS.an)]);
    expect(again).toMatchObject({ outcome: 'duplicate', code: 'NO_LINKED_DEVICES' });
    const [one] = await results([unlinkGalaxy()]);
    expect(one).toMatchObject({ outcome: 'duplicate', code: 'ALREADY_UNLINKED' });
  });

  it("unlinks a device of a locked account, but not of a deceased holder's", async () => {
    const [binh] = await results([
      makeChange('unlink-device', DEMO_ID_NUMBERS.binh, staffEvidence, {
        deviceId: DEMO_DEVICE_IDS.binhPhone,
      }),
    ]);
    expect(binh).toMatchObject({ outcome: 'applied', code: 'DEVICE_UNLINKED' });
    const [cuong] = await results([
      makeChange('unlink-device', DEMO_ID_NUMBERS.cuong, staffEvidence, {
        deviceId: DEMO_DEVICE_IDS.cuongPhone,
      }),
    ]);
    expect(cuong).toMatchObject({ outcome: 'rejected', code: 'HOLDER_DECEASED' });
    expect(await deviceIds(DEMO_ID_NUMBERS.cuong)).toEqual([DEMO_DEVICE_IDS.cuongPhone]);
  });

  describe('evidence', () => {
    it('rejects a passcode change without a token, or with a token it never issued', async () => {
      const answered = await results([
        unlinkGalaxy({ method: 'passcode', verifiedAt: '2026-03-10T02:28:00.000Z' }),
        unlinkGalaxy(passcodeEvidence('vt_forged')),
      ]);
      expect(answered.map((result) => result.code)).toEqual(['EVIDENCE_INVALID', 'EVIDENCE_INVALID']);
      expect(await deviceIds(DEMO_ID_NUMBERS.an)).toHaveLength(2);
    });

    it("rejects another holder's token", async () => {
      const token = await h.passcodeToken(DEMO_ID_NUMBERS.binh);
      const [result] = await results([unlinkGalaxy(passcodeEvidence(token))]);
      expect(result).toMatchObject({ outcome: 'rejected', code: 'EVIDENCE_INVALID' });
    });

    it('rejects staff evidence without a staffId', async () => {
      const [result] = await results([
        unlinkGalaxy({ method: 'staff', verifiedAt: '2026-03-10T02:28:00.000Z' }),
      ]);
      expect(result).toMatchObject({ outcome: 'rejected', code: 'EVIDENCE_INVALID' });
    });

    it('accepts an expired token for 24 hours, for changes queued while offline', async () => {
      const token = await h.passcodeToken(DEMO_ID_NUMBERS.an);
      h.clock.advance(15 * 60_000 + 24 * 3_600_000);
      const [late] = await results([unlinkGalaxy(passcodeEvidence(token))]);
      expect(late).toMatchObject({ outcome: 'applied' });
      h.clock.advance(1);
      const [tooLate] = await results([
        makeChange('unlink-device', DEMO_ID_NUMBERS.an, passcodeEvidence(token), {
          deviceId: DEMO_DEVICE_IDS.anIphone15,
        }),
      ]);
      expect(tooLate).toMatchObject({ outcome: 'rejected', code: 'EVIDENCE_INVALID' });
    });
  });

  describe('refused bodies change nothing', () => {
    async function expectNothingChanged(): Promise<void> {
      expect(h.upstream.state.entryCount).toBe(0);
      expect(await deviceIds(DEMO_ID_NUMBERS.an)).toHaveLength(2);
    }

    it('refuses malformed JSON with 400', async () => {
      const body = JSON.stringify({ changes: [unlinkGalaxy()] }).slice(0, -2);
      const reply = await h.call({ method: 'POST', path: '/v1/changes', body });
      expect(reply.status).toBe(400);
      expect(reply.json.code).toBe('BAD_REQUEST');
      await expectNothingChanged();
    });

    it('refuses the whole batch with 400 when one change has an unknown field', async () => {
      const reply = await h.postChanges([
        unlinkGalaxy(),
        { ...unlinkGalaxy(), note: 'hi' } as UpstreamChange,
      ]);
      expect(reply.status).toBe(400);
      expect(reply.json.code).toBe('BAD_REQUEST');
      expect(String(reply.json.message)).toContain('note');
      await expectNothingChanged();
    });

    it('refuses an unknown field at the top of the batch', async () => {
      const reply = await h.call({
        method: 'POST',
        path: '/v1/changes',
        body: { changes: [unlinkGalaxy()], force: true },
      });
      expect(reply.status).toBe(400);
      await expectNothingChanged();
    });

    it('refuses an empty batch and a batch over 100 changes', async () => {
      expect((await h.postChanges([])).status).toBe(400);
      const tooMany = Array.from({ length: 101 }, () => unlinkGalaxy());
      expect((await h.postChanges(tooMany)).status).toBe(400);
      await expectNothingChanged();
    });

    it('refuses a changeId that is not a UUID', async () => {
      const reply = await h.postChanges([unlinkGalaxy(staffEvidence, { changeId: 'change-1' })]);
      expect(reply.status).toBe(400);
      await expectNothingChanged();
    });

    it('refuses a body over 256 KB with 413', async () => {
      const padding = 'x'.repeat(300 * 1024);
      const reply = await h.call({
        method: 'POST',
        path: '/v1/changes',
        body: { changes: [unlinkGalaxy(staffEvidence, { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 })], padding },
      });
      expect(reply.status).toBe(413);
      expect(reply.json.code).toBe('PAYLOAD_TOO_LARGE');
      await expectNothingChanged();
    });

    it('refuses an oversized body sent in chunks, without a Content-Length, with 413', async () => {
      const body = JSON.stringify({ changes: [unlinkGalaxy()], padding: 'x'.repeat(300 * 1024) });
      const headers = await signRequest(DEMO_KIOSK, {
        method: 'POST',
        path: '/v1/changes',
        body,
        timestampMs: h.clock.now(),
      });
      const bytes = new TextEncoder().encode(body);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let offset = 0; offset < bytes.length; offset += 64 * 1024) {
            controller.enqueue(bytes.subarray(offset, offset + 64 * 1024));
          }
          controller.close();
        },
      });
      const response = await fetch(`${h.url}/v1/changes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      const reply = await toReply(response);
      expect(reply.status).toBe(413);
      expect(reply.json.code).toBe('PAYLOAD_TOO_LARGE');
      await expectNothingChanged();
    });

    it('accepts a chunked body under the limit', async () => {
      const body = JSON.stringify({ changes: [unlinkGalaxy()] });
      const headers = await signRequest(DEMO_KIOSK, {
        method: 'POST',
        path: '/v1/changes',
        body,
        timestampMs: h.clock.now(),
      });
      const bytes = new TextEncoder().encode(body);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.subarray(0, 10));
          controller.enqueue(bytes.subarray(10));
          controller.close();
        },
      });
      const response = await fetch(`${h.url}/v1/changes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      const reply = await toReply(response);
      expect(reply.status).toBe(200);
      expect(ChangeBatchResponse.parse(reply.body).results[0]?.code).toBe('DEVICE_UNLINKED');
    });

    it('accepts a full batch of 100 changes well under the limit', async () => {
      const batch = Array.from({ length: 100 }, (_, index) =>
        makeChange('unlink-device', DEMO_ID_NUMBERS.an, staffEvidence, {
          deviceId: DEMO_DEVICE_IDS.anGalaxyA52,
          seq: index + 1,
          changeId: randomUUID(),
        }),
      );
      const answered = await results(batch);
      expect(answered).toHaveLength(100);
      expect(answered.filter((result) => result.outcome === 'applied')).toHaveLength(1);
      expect(answered.filter((result) => result.outcome === 'duplicate')).toHaveLength(99);
    });
  });
});

function unlinkAll(idNumber: string): UpstreamChange {
  return makeChange('unlink-all-devices', idNumber, staffEvidence);
}
