import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../electron/core/audit/AuditLog.js';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import { KioskChanges } from '../../../electron/core/requests/KioskChanges.js';
import { StaffDirectory } from '../../../electron/core/staff/StaffDirectory.js';
import { KIOSK_DOCUMENT_VERSION } from '../../../electron/core/store/kioskDocument.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { useDataFolderFixture } from '../../support/fixtures/useDataFolderFixture.js';

// A data folder written by main before issue 10 (see its README): staff without roles,
// document version 2. A kiosk updated in a commune office must open it and lose nothing.
const now = () => new Date('2026-12-02T03:00:00.000Z');
const fixture = useDataFolderFixture('data-folder-issue9', now);

async function expectEveryChangeFound(current: KioskStore): Promise<void> {
  const changes = new KioskChanges(current);
  for (const expected of fixture.manifest.changes) {
    const found = await changes.byChangeId(expected.changeId);
    if (expected.where === 'withdrawn') expect(found, `withdrawn change ${expected.seq}`).toBeUndefined();
    else expect(found, `change ${expected.seq}`).toMatchObject({ seq: expected.seq, state: expected.state });
  }
}

async function expectStaffKept(current: KioskStore): Promise<void> {
  const directory = new StaffDirectory(current, now);
  expect(fixture.manifest.staff.length).toBe(2);
  for (const member of fixture.manifest.staff) {
    // Two staff members written before roles: neither can be told to be the supervisor.
    expect(directory.find(member.staffId)).toMatchObject({
      displayName: member.displayName,
      role: 'staff',
      failedAttempts: member.failedAttempts,
    });
  }
}

async function expectPinsWork(current: KioskStore): Promise<void> {
  const directory = new StaffDirectory(current, now);
  for (const member of fixture.manifest.staff)
    expect(await directory.checkPin(member.staffId, member.pin)).toMatchObject({ ok: true });
}

describe('a data folder written before issue 10', () => {
  it('opens as the current version, with every change, staff member (with a role) and audit line', async () => {
    const current = await fixture.reopen();
    expect(current.notices()).toEqual([]);
    expect(current.read()).toMatchObject({ version: KIOSK_DOCUMENT_VERSION });
    expect(current.read().provisioning).toBeUndefined();
    await expectEveryChangeFound(current);
    expect(current.allocateSeq()).toBe(fixture.manifest.nextSeq);
    await expectStaffKept(current);
    await expectPinsWork(current);
    expect(await verifyAuditChain(fixture.dataDir)).toEqual({
      ok: true,
      entries: fixture.manifest.auditEntries,
    });
  });

  it('keeps the migration across a restart before any fold, and after a fold, with the audit chain going on', async () => {
    let current = await fixture.reopen();
    current = await fixture.reopen();
    expect(current.read().version).toBe(KIOSK_DOCUMENT_VERSION);
    await expectStaffKept(current);
    const audit = new AuditLog({ store: current });
    await audit.append({ action: 'staff.signIn', actor: 'staff', staffId: 'CB01' });
    await audit.close();
    await current.compact();
    current = await fixture.reopen();
    expect(current.notices()).toEqual([]);
    expect(current.read().version).toBe(KIOSK_DOCUMENT_VERSION);
    await expectEveryChangeFound(current);
    await expectStaffKept(current);
    expect(await verifyAuditChain(fixture.dataDir)).toEqual({
      ok: true,
      entries: fixture.manifest.auditEntries + 1,
    });
  });
});
