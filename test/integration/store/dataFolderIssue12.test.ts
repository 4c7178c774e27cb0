import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import { KioskEventHub } from '../../../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../../../electron/core/queue/ChangeQueue.js';
import { KioskChanges } from '../../../electron/core/requests/KioskChanges.js';
import { StaffDirectory } from '../../../electron/core/staff/StaffDirectory.js';
import { unsealDocument } from '../../../electron/core/store/crypto/sealedBox.js';
import { journalGenerationOf } from '../../../electron/core/store/journal/ChangeJournal.js';
import { JOURNAL_FORMAT_VERSION, parseJournal } from '../../../electron/core/store/journal/journalFormat.js';
import { KIOSK_DOCUMENT_VERSION } from '../../../electron/core/store/kioskDocument.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { SNAPSHOT_FILE } from '../../../electron/core/store/sealedSnapshot.js';
import { journalRecords } from '../../support/storeFixtures.js';
import { useDataFolderFixture } from '../../support/fixtures/useDataFolderFixture.js';
import type { StoreLossError } from '../../../electron/core/store/anchor/StoreLossError.js';
import { nodeDurableFileSystem } from '../../../storage/durableFileAdapter.js';
import type { DurableFileSystem } from '../../../storage/durableFileAdapter.js';

// A data folder written by main before issue 13 (see its README): document version 4, journal
// format 4, every change with staff evidence. It must open as version 5, keep every change with
// its evidence exactly as written, and say version 5 on disk before anything new is written.
const now = () => new Date('2026-12-02T05:00:00.000Z');
const fixture = useDataFolderFixture('data-folder-issue12', now);

interface RawEntry {
  change: { changeId: string; evidence: Record<string, unknown> };
}

/** The evidence of every change the folder holds, read without the kiosk's schemas: as written. */
async function evidenceAsWritten(dataDir: string): Promise<Map<string, Record<string, unknown>>> {
  const key = await readFile(join(dataDir, 'kiosk.key'));
  const snapshot = JSON.parse(unsealDocument(key, await readFile(join(dataDir, SNAPSHOT_FILE), 'utf8'))) as {
    document: { changes: RawEntry[] };
  };
  const evidence = new Map<string, Record<string, unknown>>();
  for (const entry of snapshot.document.changes) evidence.set(entry.change.changeId, entry.change.evidence);
  for (const record of (await journalRecords(dataDir)) as { type: string; entry?: RawEntry }[]) {
    if (record.type === 'change.accepted' && record.entry !== undefined)
      evidence.set(record.entry.change.changeId, record.entry.change.evidence);
  }
  return evidence;
}

/** The version the main snapshot says, and the format line of each journal it needs. */
async function versionsOnDisk(dataDir: string): Promise<{ document: number; journals: number[] }> {
  const key = await readFile(join(dataDir, 'kiosk.key'));
  const snapshot = JSON.parse(unsealDocument(key, await readFile(join(dataDir, SNAPSHOT_FILE), 'utf8'))) as {
    generation: number;
    document: { version: number };
  };
  const journals: number[] = [];
  for (const name of (await readdir(dataDir)).sort()) {
    const generation = journalGenerationOf(name);
    if (generation === undefined || generation < snapshot.generation) continue;
    journals.push(parseJournal(key, await readFile(join(dataDir, name))).version);
  }
  return { document: snapshot.document.version, journals };
}

async function migrations(): Promise<unknown[]> {
  return (await journalRecords(fixture.dataDir)).filter(
    (record) => (record as { type: string }).type === 'store.migrated',
  );
}

/** A disk that takes no whole-file write (snapshot, archive batch) while `full` is set. */
function diskFullFor(state: { full: boolean }): DurableFileSystem {
  return {
    ...nodeDurableFileSystem,
    async writeAndSync(path, text) {
      if (state.full) throw Object.assign(new Error('ENOSPC: played by the test disk'), { code: 'ENOSPC' });
      return nodeDurableFileSystem.writeAndSync(path, text);
    },
  };
}

async function expectEveryChangeFound(current: KioskStore): Promise<void> {
  const changes = new KioskChanges(current);
  for (const change of fixture.manifest.changes) {
    const found = await changes.byChangeId(change.changeId);
    if (change.where === 'withdrawn') expect(found, `withdrawn change ${change.seq}`).toBeUndefined();
    else expect(found, `change ${change.seq}`).toMatchObject({ seq: change.seq, state: change.state });
  }
}

describe('a data folder written before issue 13', () => {
  it('holds queued and applied changes with staff evidence, in format 4', async () => {
    // Guards the fixture itself: a rewrite that lost these would weaken every test below.
    const states = new Set(fixture.manifest.changes.map((change) => `${change.state}/${change.where}`));
    for (const kept of ['pending/queue', 'applied/queue', 'applied/archive', 'conflict/queue']) {
      expect(states).toContain(kept);
    }
    const written = await evidenceAsWritten(fixture.dataDir);
    const queued = fixture.manifest.changes.filter((change) => change.where === 'queue');
    for (const change of queued) {
      expect(written.get(change.changeId), `change ${change.seq}`).toMatchObject({
        method: 'staff',
        staffId: 'CB01',
      });
    }
    expect(await versionsOnDisk(fixture.dataDir)).toEqual({ document: 4, journals: [4] });
  });

  it('opens as version 5 with every change and its evidence as written, and records the migration once', async () => {
    const written = await evidenceAsWritten(fixture.dataDir);
    let current = await fixture.reopen();
    expect(current.read().version).toBe(KIOSK_DOCUMENT_VERSION);
    expect(KIOSK_DOCUMENT_VERSION).toBe(5);
    await expectEveryChangeFound(current);
    for (const change of fixture.manifest.changes) {
      const entry = current.get(change.changeId);
      // Final ones were archived by the fold that follows a migration; the archive keeps no evidence.
      if (entry === undefined) continue;
      expect(entry.change.evidence, `change ${change.seq}`).toEqual(written.get(change.changeId));
    }
    expect(
      current
        .read()
        .changes.map((entry) => entry.change.seq)
        .sort((a, b) => a - b),
    ).toEqual(
      fixture.manifest.changes
        .filter((change) => change.where === 'queue' && !['applied', 'duplicate'].includes(change.state))
        .map((change) => change.seq),
    );
    const directory = new StaffDirectory(current, now);
    for (const member of fixture.manifest.staff) {
      expect(directory.find(member.staffId)).toMatchObject({ failedAttempts: member.failedAttempts });
      expect(await directory.checkPin(member.staffId, member.pin)).toMatchObject({ ok: true });
    }
    current = await fixture.reopen();
    await expectEveryChangeFound(current);
    expect(await migrations()).toEqual([expect.objectContaining({ fromVersion: 4, toVersion: 5 })]);
    expect(await verifyAuditChain(fixture.dataDir)).toMatchObject({ ok: true });
  });

  it('says version 5 on disk before anything new is written, so an older kiosk refuses it by its version', async () => {
    await fixture.reopen();
    // A kiosk of format 4 reads the snapshot first: version 5 there stops it (StoreVersionError)
    // before it could meet a change with `source` in a journal it takes for its own format.
    expect(await versionsOnDisk(fixture.dataDir)).toEqual({
      document: KIOSK_DOCUMENT_VERSION,
      journals: [JOURNAL_FORMAT_VERSION],
    });
  });

  it('takes a change whose evidence says the card was scanned, and keeps it after a restart and a fold', async () => {
    let current = await fixture.reopen();
    const queue = new ChangeQueue(current, new KioskEventHub(), now);
    const evidence = {
      method: 'staff' as const,
      staffId: 'CB01',
      verifiedAt: now().toISOString(),
      dateOfBirth: '1990-05-15',
      source: 'card-qr' as const,
      cardIssuedOn: '2021-04-20',
    };
    const receipt = await queue.accept({ kind: 'unlink-all-devices', idNumber: '001090012345', evidence });
    expect(receipt.state).toBe('pending');
    current = await fixture.reopen();
    expect(current.get(receipt.changeId)?.change.evidence).toEqual(evidence);
    await current.compact();
    current = await fixture.reopen();
    expect(current.get(receipt.changeId)?.change.evidence).toEqual(evidence);
    await expectEveryChangeFound(current);
    expect(current.allocateSeq()).toBe(fixture.manifest.nextSeq + 1);
  });

  it('opens when the disk is full during the fold after the migration: nothing lost, the full disk said', async () => {
    const disk = { full: true };
    let current = await fixture.reopen({ fileSystem: diskFullFor(disk) });
    expect(current.read().version).toBe(KIOSK_DOCUMENT_VERSION);
    await expectEveryChangeFound(current);
    expect(current.notices().map((notice) => [notice.code, notice.details])).toContainEqual([
      'BACKGROUND_FOLD_FAILED',
      { reason: 'STORE_FULL' },
    ]);
    // The journal still takes appends here (the notice itself went into it): writes work.
    expect(current.writes.failure).toBeUndefined();

    disk.full = false;
    current = await fixture.reopen({ fileSystem: diskFullFor(disk) });
    await expectEveryChangeFound(current);
    expect(current.writes.failure).toBeUndefined();
    expect(await migrations()).toEqual([expect.objectContaining({ fromVersion: 4, toVersion: 5 })]);
    await current.compact();
    expect(await versionsOnDisk(fixture.dataDir)).toEqual({
      document: KIOSK_DOCUMENT_VERSION,
      journals: [JOURNAL_FORMAT_VERSION],
    });
    expect(await verifyAuditChain(fixture.dataDir)).toMatchObject({ ok: true });
  });

  it('accepts a loss found at the migrating start, records it, and says version 5 on disk', async () => {
    const journals = (await readdir(fixture.dataDir)).filter(
      (name) => journalGenerationOf(name) !== undefined,
    );
    await unlink(join(fixture.dataDir, journals.sort().at(-1) ?? ''));
    const error = (await fixture.reopen().catch((refusal: unknown) => refusal)) as StoreLossError;
    expect(error).toMatchObject({ name: 'StoreLossError' });

    let current = await fixture.reopen({ acceptLoss: error.report.id });
    expect(current.read().version).toBe(KIOSK_DOCUMENT_VERSION);
    expect(current.notices().map((notice) => notice.code)).toContain('LOSS_ACCEPTED');
    expect(await versionsOnDisk(fixture.dataDir)).toEqual({
      document: KIOSK_DOCUMENT_VERSION,
      journals: [JOURNAL_FORMAT_VERSION],
    });
    expect(await verifyAuditChain(fixture.dataDir)).toMatchObject({ ok: true });
    current = await fixture.reopen();
    expect(current.read().version).toBe(KIOSK_DOCUMENT_VERSION);
  });
});
