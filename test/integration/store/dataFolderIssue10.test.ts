import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import { KioskEventHub } from '../../../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../../../electron/core/queue/ChangeQueue.js';
import { KioskChanges } from '../../../electron/core/requests/KioskChanges.js';
import { StaffDirectory } from '../../../electron/core/staff/StaffDirectory.js';
import { KIOSK_DOCUMENT_VERSION } from '../../../electron/core/store/kioskDocument.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { journalRecords } from '../../support/storeFixtures.js';
import { useDataFolderFixture } from '../../support/fixtures/useDataFolderFixture.js';

// A data folder written by main before issue 11 (see its README): document version 3, a conflict
// with a blocked change behind it, a rejected change. It must open as the current version, lose nothing,
// and let staff close the conflict, which releases the change behind it.
const now = () => new Date('2026-12-02T05:00:00.000Z');
const fixture = useDataFolderFixture('data-folder-issue10', now);

function expected(seq: number) {
  const change = fixture.manifest.changes.find((candidate) => candidate.seq === seq);
  if (change === undefined) throw new Error(`no change ${seq} in the fixture`);
  return change;
}

async function expectEveryChangeFound(current: KioskStore, except: readonly number[] = []): Promise<void> {
  const changes = new KioskChanges(current);
  for (const change of fixture.manifest.changes) {
    if (except.includes(change.seq)) continue;
    const found = await changes.byChangeId(change.changeId);
    if (change.where === 'withdrawn') expect(found, `withdrawn change ${change.seq}`).toBeUndefined();
    else expect(found, `change ${change.seq}`).toMatchObject({ seq: change.seq, state: change.state });
  }
}

describe('a data folder written before issue 11', () => {
  it('opens as the current version with every change, staff member and audit line, and records the migration once', async () => {
    const before = await fixture.reopen();
    expect(before.read().version).toBe(KIOSK_DOCUMENT_VERSION);
    expect(before.read().heldForStaff).toEqual([]);
    await expectEveryChangeFound(before);
    const directory = new StaffDirectory(before, now);
    for (const member of fixture.manifest.staff) {
      expect(directory.find(member.staffId)).toMatchObject({ failedAttempts: member.failedAttempts });
      expect(await directory.checkPin(member.staffId, member.pin)).toMatchObject({ ok: true });
    }
    const roles = before.read().staff.map((member) => [member.staffId, member.role]);
    const current = await fixture.reopen();
    // Version 3 staff kept their roles: the migration moves the version only.
    expect(current.read().staff.map((member) => [member.staffId, member.role])).toEqual(roles);
    const migrations = (await journalRecords(fixture.dataDir)).filter(
      (record) => (record as { type: string }).type === 'store.migrated',
    );
    expect(migrations).toEqual([
      expect.objectContaining({ fromVersion: 3, toVersion: KIOSK_DOCUMENT_VERSION }),
    ]);
    expect(migrations[0]).not.toHaveProperty('staffRoles');
    expect(await verifyAuditChain(fixture.dataDir)).toMatchObject({ ok: true });
  });

  it('closes its conflict: the change blocked behind it goes, and both stay so after a restart and a fold', async () => {
    const conflict = expected(3);
    const blocked = expected(4);
    let current = await fixture.reopen();
    const queue = new ChangeQueue(current, new KioskEventHub(), now);
    expect(queue.find(blocked.changeId)).toMatchObject({ state: 'blocked', blockedBy: conflict.changeId });
    const closure = { reason: 'citizen-self-served' as const, staffId: 'CB01', at: now().toISOString() };
    const receipt = await queue.close(conflict.changeId, closure, [
      { action: 'change.closed', actor: 'staff', staffId: 'CB01', changeId: conflict.changeId },
    ]);
    expect(receipt).toMatchObject({ state: 'closed' });
    expect(queue.find(blocked.changeId)).toMatchObject({ state: 'pending' });
    expect(queue.find(blocked.changeId)).not.toHaveProperty('blockedBy');

    current = await fixture.reopen();
    expect(current.get(conflict.changeId)).toMatchObject({ state: 'closed', closed: closure });
    expect(current.get(blocked.changeId)).toMatchObject({ state: 'pending' });
    await current.compact();
    current = await fixture.reopen();
    // A closed change has left the queue: it is in the archive, with its closure.
    expect(current.get(conflict.changeId)).toBeUndefined();
    expect(await current.history.find({ changeId: conflict.changeId })).toMatchObject({
      source: 'archive',
      change: { finalState: 'closed', closed: closure },
    });
    await expectEveryChangeFound(current, [3, 4]);
    expect(await verifyAuditChain(fixture.dataDir)).toMatchObject({
      ok: true,
      entries: fixture.manifest.auditEntries + 1,
    });
  });
});
