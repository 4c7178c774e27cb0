import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../electron/core/audit/AuditLog.js';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import { KioskEventHub } from '../../../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../../../electron/core/queue/ChangeQueue.js';
import { KioskChanges } from '../../../electron/core/requests/KioskChanges.js';
import { StaffDirectory } from '../../../electron/core/staff/StaffDirectory.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { KIOSK_DOCUMENT_VERSION } from '../../../electron/core/store/kioskDocument.js';
import { referenceForChange } from '../../../shared/domain/reference.js';
import { useDataFolderFixture } from '../../support/fixtures/useDataFolderFixture.js';

// A data folder written by the version before issue 9 (see its README). Whatever the store
// becomes, a kiosk updated in a commune office must open it and lose nothing.
const now = () => new Date('2026-12-01T03:00:00.000Z');
const fixture = useDataFolderFixture('data-folder-issue8', now);

/** `folded`: a fold ran since the fixture was opened, so every applied or duplicate change is archived. */
async function expectEveryChangeFound(current: KioskStore, folded = false): Promise<void> {
  const changes = new KioskChanges(current);
  for (const expected of fixture.manifest.changes) {
    const found = await changes.byChangeId(expected.changeId);
    if (expected.where === 'withdrawn') {
      expect(found, `withdrawn change ${expected.seq}`).toBeUndefined();
      continue;
    }
    expect(found, `change ${expected.seq}`).toMatchObject({
      changeId: expected.changeId,
      seq: expected.seq,
      kind: expected.kind,
      state: expected.state,
      source: folded && ['applied', 'duplicate'].includes(expected.state) ? 'archive' : expected.where,
    });
    expect(await changes.byReference(referenceForChange(expected.changeId))).toMatchObject({
      changeId: expected.changeId,
    });
  }
}

describe('a data folder written before issue 9', () => {
  it('holds every kind of change the fixture meant to keep', () => {
    // Guards the fixture itself: a rewrite that lost a state would weaken every test below.
    const states = new Set(fixture.manifest.changes.map((change) => `${change.state}/${change.where}`));
    for (const kept of [
      'pending/queue',
      'sending/queue',
      'blocked/queue',
      'conflict/queue',
      'rejected/queue',
    ]) {
      expect(states).toContain(kept);
    }
    expect(states).toContain('applied/archive');
    expect(states).toContain('duplicate/archive');
    expect(states).toContain('applied/queue');
    expect(fixture.manifest.changes.some((change) => change.where === 'withdrawn')).toBe(true);
  });

  it('opens with nothing to recover, and every change is found with its state', async () => {
    const current = await fixture.reopen();
    expect(current.notices()).toEqual([]);
    // Migrating folds at once (the folder then says its new version), which archives what is final.
    await expectEveryChangeFound(current, true);
    expect(current.allocateSeq()).toBe(fixture.manifest.nextSeq);
  });

  it('keeps the staff enrolled, their PINs and their wrong-PIN counts', async () => {
    const current = await fixture.reopen();
    const directory = new StaffDirectory(current, now);
    for (const member of fixture.manifest.staff) {
      expect(directory.find(member.staffId)).toMatchObject({
        displayName: member.displayName,
        failedAttempts: member.failedAttempts,
      });
      expect(await directory.checkPin(member.staffId, member.pin)).toMatchObject({ ok: true });
    }
  });

  it('keeps an audit chain that verifies and goes on from where it stood', async () => {
    expect(await verifyAuditChain(fixture.dataDir)).toEqual({
      ok: true,
      entries: fixture.manifest.auditEntries,
    });
    const audit = new AuditLog({ store: await fixture.reopen() });
    await audit.append({ action: 'staff.signIn', actor: 'staff', staffId: 'CB01' });
    await audit.close();
    expect(await verifyAuditChain(fixture.dataDir)).toEqual({
      ok: true,
      entries: fixture.manifest.auditEntries + 1,
    });
  });

  it('migrates the document to the current version, anchored on the audit file’s head, and keeps it after a fold', async () => {
    const lines = (await readFile(join(fixture.dataDir, 'audit', 'audit-2026-12.jsonl'), 'utf8'))
      .trimEnd()
      .split('\n');
    const head = JSON.parse(lines.at(-1) ?? '') as { seq: number; hash: string };
    expect(head.seq).toBe(fixture.manifest.auditEntries);
    let current = await fixture.reopen();
    expect(current.read()).toMatchObject({
      version: KIOSK_DOCUMENT_VERSION,
      auditHead: { seq: head.seq, hash: head.hash },
    });
    // The migration is itself a journal record, so a restart before the next fold finds the same anchor.
    current = await fixture.reopen();
    expect(current.read().auditHead).toEqual({ seq: head.seq, hash: head.hash });
    const entry = await new AuditLog({ store: current }).append({
      action: 'staff.signIn',
      actor: 'staff',
      staffId: 'CB01',
    });
    expect(entry).toMatchObject({ seq: head.seq + 1, prevHash: head.hash });
    await current.compact();
    current = await fixture.reopen();
    expect(current.notices()).toEqual([]);
    expect(current.read()).toMatchObject({
      version: KIOSK_DOCUMENT_VERSION,
      auditHead: { seq: entry.seq, hash: entry.hash },
    });
    expect(await verifyAuditChain(fixture.dataDir)).toEqual({
      ok: true,
      entries: fixture.manifest.auditEntries + 1,
    });
  });

  it('takes new changes, folds and reopens with everything still found', async () => {
    let current = await fixture.reopen();
    const queue = new ChangeQueue(current, new KioskEventHub(), now);
    const receipt = await queue.accept({
      kind: 'unlink-all-devices',
      idNumber: '001090012345',
      evidence: { method: 'staff', staffId: 'CB01', verifiedAt: now().toISOString() },
    });
    await current.compact();
    current = await fixture.reopen();
    await expectEveryChangeFound(current, true);
    expect(current.get(receipt.changeId)?.change.seq).toBe(fixture.manifest.nextSeq);
  });
});
