import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import type * as OpenKioskStoreModule from '../../../electron/core/store/openKioskStore.js';
import { AckLedger } from '../../support/storage/ackLedger.js';
import { classifyRecovery } from '../../support/storage/classifyRecovery.js';
import { acceptChanges, openScenarioKiosk, sendOldest } from '../../support/storage/scenarioKiosk.js';

// The classifier reads a refusal by its name and shape, and accepts the report as
// `--accept-loss` would. These tests play the store's answers (refusals the matrix cannot make
// on demand) around a real data folder.
const played = vi.hoisted(() => ({
  refusals: [] as unknown[],
  around: undefined as ((store: KioskStore) => KioskStore) | undefined,
  acceptLoss: [] as (string | undefined)[],
}));

vi.mock('../../../electron/core/store/openKioskStore.js', async (importOriginal) => {
  const real = await importOriginal<typeof OpenKioskStoreModule>();
  return {
    ...real,
    openKioskStore: async (options: Parameters<typeof real.openKioskStore>[0]) => {
      played.acceptLoss.push((options as { acceptLoss?: string }).acceptLoss);
      const refusal = played.refusals.shift();
      if (refusal !== undefined) throw refusal;
      // The played loss stands in for a real one, so the real store has nothing to accept.
      const unplayed = { ...options };
      delete unplayed.acceptLoss;
      const store = await real.openKioskStore(unplayed);
      return played.around === undefined ? store : played.around(store);
    },
  };
});

let dir: string;
let ledger: AckLedger;
let reportPath: string;

function storeLoss(id: string, changeIds: string[]) {
  return Object.assign(new Error('acknowledged data is lost'), {
    name: 'StoreLossError',
    report: { version: 1, id, affectedChanges: changeIds.map((changeId) => ({ changeId })) },
    reportPath,
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-classifier-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  ledger = new AckLedger();
  const kiosk = await openScenarioKiosk(dir, ledger);
  await acceptChanges(kiosk, 4);
  await sendOldest(kiosk, 2);
  await kiosk.close();
  await mkdir(join(dir, 'loss-reports'));
  reportPath = join(dir, 'loss-reports', 'L-1.json');
  await writeFile(reportPath, '{}');
  played.refusals = [];
  played.around = undefined;
  played.acceptLoss = [];
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('the fault matrix classifier', () => {
  it('calls a start that finds every acknowledged change recovered', async () => {
    expect(await classifyRecovery(dir, ledger)).toMatchObject({
      outcome: 'recovered',
      acknowledged: 4,
      present: 4,
      lost: 0,
      doubled: 0,
    });
  });

  it('calls a change missing with nothing to say so a silent loss', async () => {
    const gone = randomUUID();
    ledger.accepted(gone);
    expect(await classifyRecovery(dir, ledger)).toMatchObject({
      outcome: 'SILENT-LOSS',
      lost: 1,
      unreportedLost: 1,
      note: `unreported: ${gone}`,
    });
  });

  it('accepts a refusal whose report lists every change missing once the report is accepted', async () => {
    const gone = randomUUID();
    ledger.accepted(gone);
    played.refusals.push(storeLoss('L-1', [gone]));
    expect(await classifyRecovery(dir, ledger)).toMatchObject({
      outcome: 'refused-with-report',
      present: 4,
      lost: 1,
      unreportedLost: 0,
    });
    expect(played.acceptLoss).toEqual([undefined, 'L-1']);
  });

  it('calls a refusal whose report leaves out a missing change a silent loss', async () => {
    const listed = randomUUID();
    const unlisted = randomUUID();
    ledger.accepted(listed);
    ledger.accepted(unlisted);
    played.refusals.push(storeLoss('L-1', [listed]));
    expect(await classifyRecovery(dir, ledger)).toMatchObject({ outcome: 'SILENT-LOSS', unreportedLost: 1 });
  });

  it('fails a refusal with no loss report, and a report whose acceptance is refused again', async () => {
    played.refusals.push(new Error('journal generation 3 is missing'));
    expect(await classifyRecovery(dir, ledger)).toMatchObject({ outcome: 'REFUSED-WITHOUT-REPORT' });
    played.refusals.push(storeLoss('L-1', []), storeLoss('L-1', []));
    expect(await classifyRecovery(dir, ledger)).toMatchObject({ outcome: 'ACCEPT-LOSS-FAILED' });
  });

  it('fails a report that was never written to disk', async () => {
    await rm(reportPath);
    played.refusals.push(storeLoss('L-1', []));
    expect(await classifyRecovery(dir, ledger)).toMatchObject({
      outcome: 'REFUSED-WITHOUT-REPORT',
      note: `the loss report ${reportPath} is not on disk`,
    });
  });

  it('accepts a start whose durable notice names the missing change', async () => {
    const gone = randomUUID();
    ledger.accepted(gone);
    played.around = (store) => ({
      ...store,
      notices: () =>
        [{ code: 'ARCHIVE_DAMAGED', at: '', message: '', details: { changes: [gone] } }] as never,
    });
    expect(await classifyRecovery(dir, ledger)).toMatchObject({ outcome: 'started-with-notice', lost: 1 });
  });

  it('calls an acknowledged final state that went back a silent rollback', async () => {
    const [first] = ledger.changeIds;
    ledger.finished(first ?? '', 'rejected');
    expect(await classifyRecovery(dir, ledger)).toMatchObject({ outcome: 'SILENT-ROLLBACK', rolledBack: 1 });
  });

  it('counts a change in the store and in an archive file twice, unless that file is the pending batch', async () => {
    const [first = ''] = ledger.changeIds;
    await mkdir(join(dir, 'archive'), { recursive: true });
    await appendFile(
      join(dir, 'archive', 'changes-2026-12-01.b-1.jsonl'),
      `${JSON.stringify({ changeId: first, finalState: 'applied' })}\n`,
    );
    expect(await classifyRecovery(dir, ledger)).toMatchObject({ outcome: 'DOUBLED', doubled: 1 });
    played.around = (store) => ({
      ...store,
      read: () => ({
        ...store.read(),
        archive: { batches: [], pending: { batchId: 'b-1', day: '2026-12-01', changeIds: [first] } },
      }),
    });
    expect(await classifyRecovery(dir, ledger)).toMatchObject({ outcome: 'recovered', doubled: 0 });
  });
});
