import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEvidence } from '../../../shared/domain/change.js';
import { ChangeBatchResponse, type ChangeResult, type UpstreamChange } from '../../../shared/upstream/api.js';
import { DEMO_DEVICE_IDS, DEMO_ID_NUMBERS, DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { STATE_FILE_NAME } from '../../../upstream/persistence/openState.js';
import { UPSTREAM_DOCUMENT_VERSION } from '../../../upstream/persistence/upstreamDocument.js';
import { makeChange, startHarness, testClock, type Harness } from './harness.js';

// Issue 13: staff evidence may say the facts came from the card's QR code, with its issue date.
// The code is not signed, so the reference service keeps both fields and decides nothing by them.

const running: Harness[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const h of running.splice(0)) await h.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function start(dataDir?: string): Promise<Harness> {
  const h = await startHarness(
    {
      kiosks: { [DEMO_KIOSK.kioskId]: DEMO_KIOSK.secret },
      log: () => undefined,
      ...(dataDir === undefined ? {} : { dataDir }),
    },
    testClock(),
  );
  running.push(h);
  return h;
}

const typed = (dateOfBirth: string): ChangeEvidence => ({
  method: 'staff',
  verifiedAt: '2026-03-10T02:28:00.000Z',
  staffId: 'CB01',
  dateOfBirth,
});
const scanned = (dateOfBirth: string): ChangeEvidence => ({
  ...typed(dateOfBirth),
  source: 'card-qr',
  cardIssuedOn: '2021-04-20',
});

/** One batch of every decision staff evidence leads to: unlink, unlock, a wrong date of birth. */
function batch(evidence: (dateOfBirth: string) => ChangeEvidence): UpstreamChange[] {
  return [
    makeChange('unlink-device', DEMO_ID_NUMBERS.an, evidence('1990-05-12'), {
      deviceId: DEMO_DEVICE_IDS.anGalaxyA52,
    }),
    makeChange('unlock-request', DEMO_ID_NUMBERS.em, evidence('1988-06-30')),
    makeChange('unlock-request', DEMO_ID_NUMBERS.binh, evidence('1995-03-08')),
  ];
}

async function decide(h: Harness, changes: UpstreamChange[]): Promise<Omit<ChangeResult, 'changeId'>[]> {
  const reply = await h.postChanges(changes);
  expect(reply.status).toBe(200);
  return ChangeBatchResponse.parse(reply.body).results.map(({ changeId: _changeId, ...rest }) => rest);
}

function accountsOf(h: Harness) {
  return [DEMO_ID_NUMBERS.an, DEMO_ID_NUMBERS.em, DEMO_ID_NUMBERS.binh].map((id) => {
    const account = h.upstream.state.account(id);
    return { status: account?.status, devices: account?.devices.map((device) => device.deviceId) };
  });
}

describe('reference upstream: staff evidence from a scanned card', () => {
  it('decides each change exactly as without it: applied the same, DATE_OF_BIRTH_MISMATCH the same', async () => {
    const withoutCard = await start();
    const withCard = await start();
    const expected = await decide(withoutCard, batch(typed));
    const results = await decide(withCard, batch(scanned));
    expect(results).toEqual(expected);
    expect(results.map((result) => [result.outcome, result.code])).toEqual([
      ['applied', 'DEVICE_UNLINKED'],
      ['applied', 'UNLOCKED'],
      ['rejected', 'DATE_OF_BIRTH_MISMATCH'],
    ]);
    expect(accountsOf(withCard)).toEqual(accountsOf(withoutCard));
  });

  it('keeps the two fields in its ledger as sent, and a replay is the same change', async () => {
    const h = await start();
    const [unlink] = batch(scanned);
    if (unlink === undefined) throw new Error('no change');
    const [first] = await decide(h, [unlink]);
    expect(h.upstream.state.entry(unlink.changeId)?.change.evidence).toEqual(unlink.evidence);
    expect(await decide(h, [unlink])).toEqual([first]);
  });

  it.each([
    [
      'a source on passcode evidence',
      { method: 'passcode', verifiedAt: '2026-03-10T02:28:00.000Z', token: 't', source: 'card-qr' },
    ],
    ['an issue date without a source', { ...typed('1990-05-12'), cardIssuedOn: '2021-04-20' }],
    ['a name from the card', { ...scanned('1990-05-12'), fullName: 'NGUYEN VAN AN' }],
  ])('refuses %s with 400, and changes nothing', async (_case, evidence) => {
    const h = await start();
    const change = { ...batch(typed)[0], evidence } as UpstreamChange;
    const reply = await h.postChanges([change]);
    expect(reply.status).toBe(400);
    expect(reply.json.code).toBe('BAD_REQUEST');
    expect(h.upstream.state.entryCount).toBe(0);
    expect(h.upstream.state.account(DEMO_ID_NUMBERS.an)?.devices).toHaveLength(2);
  });
});

describe('reference upstream: its data file with card evidence', () => {
  it(`is saved as version ${UPSTREAM_DOCUMENT_VERSION} and read back with the evidence as sent`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upstream-card-'));
    folders.push(dataDir);
    const h = await start(dataDir);
    const changes = batch(scanned);
    await decide(h, changes);
    await h.close();
    running.splice(running.indexOf(h), 1);
    const saved = JSON.parse(readFileSync(join(dataDir, STATE_FILE_NAME), 'utf8')) as { version: number };
    expect(saved.version).toBe(3);
    const again = await start(dataDir);
    for (const change of changes) {
      expect(again.upstream.state.entry(change.changeId)?.change.evidence).toEqual(change.evidence);
    }
  });

  it('reads a version 2 file (before issue 13) as it is, keeps its ledger, and saves it as the current version', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upstream-v2-'));
    folders.push(dataDir);
    const h = await start(dataDir);
    const changes = batch(typed);
    const results = await decide(h, changes);
    await h.close();
    running.splice(running.indexOf(h), 1);
    const file = join(dataDir, STATE_FILE_NAME);
    // What a service before issue 13 wrote: the same document, version 2, no card fields anywhere.
    const older = { ...(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>), version: 2 };
    expect(JSON.stringify(older)).not.toMatch(/card-qr|cardIssuedOn/);
    writeFileSync(file, JSON.stringify(older));

    const again = await start(dataDir);
    for (const change of changes) {
      expect(again.upstream.state.entry(change.changeId)?.change.evidence).toEqual(change.evidence);
    }
    // A replay gets the stored result: the ledger came through whole.
    expect(await decide(again, changes)).toEqual(results);
    await again.upstream.save();
    expect((JSON.parse(readFileSync(file, 'utf8')) as { version: number }).version).toBe(
      UPSTREAM_DOCUMENT_VERSION,
    );
  });
});
