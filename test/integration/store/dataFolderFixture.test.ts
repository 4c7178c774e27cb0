import { chmod, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../electron/core/audit/AuditLog.js';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import { KioskEventHub } from '../../../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../../../electron/core/queue/ChangeQueue.js';
import { KioskChanges } from '../../../electron/core/requests/KioskChanges.js';
import { StaffDirectory } from '../../../electron/core/staff/StaffDirectory.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { KIOSK_DOCUMENT_VERSION } from '../../../electron/core/store/kioskDocument.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { referenceForChange } from '../../../shared/domain/reference.js';
import type { FixtureManifest } from '../../support/fixtures/writeDataFolderFixture.js';

// A data folder written by the version before issue 9 (see its README). Whatever the store
// becomes, a kiosk updated in a commune office must open it and lose nothing.
const FIXTURE = join(import.meta.dirname, '../../fixtures/data-folder-issue8');
const now = () => new Date('2026-12-01T03:00:00.000Z');

let dataDir: string;
let store: KioskStore | undefined;
let manifest: FixtureManifest;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kiosk-fixture-open-'));
  await cp(FIXTURE, dataDir, { recursive: true });
  // Git keeps no file modes; the key file must be private or the store refuses it.
  await chmod(join(dataDir, 'kiosk.key'), 0o600);
  manifest = JSON.parse(await readFile(join(FIXTURE, 'expected.json'), 'utf8')) as FixtureManifest;
});
afterEach(async () => {
  await store?.close().catch(() => undefined);
  store = undefined;
  await rm(dataDir, { recursive: true, force: true });
});

async function reopen(): Promise<KioskStore> {
  await store?.close();
  store = await openKioskStore({ dataDir, keySource: keyFileSource(join(dataDir, 'kiosk.key')), now });
  return store;
}

/** `folded`: a fold ran since the fixture was opened, so every applied or duplicate change is archived. */
async function expectEveryChangeFound(current: KioskStore, folded = false): Promise<void> {
  const changes = new KioskChanges(current);
  for (const expected of manifest.changes) {
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
    const states = new Set(manifest.changes.map((change) => `${change.state}/${change.where}`));
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
    expect(manifest.changes.some((change) => change.where === 'withdrawn')).toBe(true);
  });

  it('opens with nothing to recover, and every change is found with its state', async () => {
    const current = await reopen();
    expect(current.notices()).toEqual([]);
    await expectEveryChangeFound(current);
    expect(current.allocateSeq()).toBe(manifest.nextSeq);
  });

  it('keeps the staff enrolled, their PINs and their wrong-PIN counts', async () => {
    const current = await reopen();
    const directory = new StaffDirectory(current, now);
    for (const member of manifest.staff) {
      expect(directory.find(member.staffId)).toMatchObject({
        displayName: member.displayName,
        failedAttempts: member.failedAttempts,
      });
      expect(await directory.checkPin(member.staffId, member.pin)).toMatchObject({ ok: true });
    }
  });

  it('keeps an audit chain that verifies and goes on from where it stood', async () => {
    expect(await verifyAuditChain(dataDir)).toEqual({ ok: true, entries: manifest.auditEntries });
    const audit = new AuditLog({ store: await reopen() });
    await audit.append({ action: 'staff.signIn', actor: 'staff', staffId: 'CB01' });
    await audit.close();
    expect(await verifyAuditChain(dataDir)).toEqual({ ok: true, entries: manifest.auditEntries + 1 });
  });

  it('migrates the document to the current version, anchored on the audit file’s head, and keeps it after a fold', async () => {
    const lines = (await readFile(join(dataDir, 'audit', 'audit-2026-12.jsonl'), 'utf8'))
      .trimEnd()
      .split('\n');
    const head = JSON.parse(lines.at(-1) ?? '') as { seq: number; hash: string };
    expect(head.seq).toBe(manifest.auditEntries);
    let current = await reopen();
    expect(current.read()).toMatchObject({
      version: KIOSK_DOCUMENT_VERSION,
      auditHead: { seq: head.seq, hash: head.hash },
    });
    // The migration is itself a journal record, so a restart before the next fold finds the same anchor.
    current = await reopen();
    expect(current.read().auditHead).toEqual({ seq: head.seq, hash: head.hash });
    const entry = await new AuditLog({ store: current }).append({
      action: 'staff.signIn',
      actor: 'staff',
      staffId: 'CB01',
    });
    expect(entry).toMatchObject({ seq: head.seq + 1, prevHash: head.hash });
    await current.compact();
    current = await reopen();
    expect(current.notices()).toEqual([]);
    expect(current.read()).toMatchObject({
      version: KIOSK_DOCUMENT_VERSION,
      auditHead: { seq: entry.seq, hash: entry.hash },
    });
    expect(await verifyAuditChain(dataDir)).toEqual({ ok: true, entries: manifest.auditEntries + 1 });
  });

  it('takes new changes, folds and reopens with everything still found', async () => {
    let current = await reopen();
    const queue = new ChangeQueue(current, new KioskEventHub(), now);
    const receipt = await queue.accept({
      kind: 'unlink-all-devices',
      idNumber: '001090012345',
      evidence: { method: 'staff', staffId: 'CB01', verifiedAt: now().toISOString() },
    });
    await current.compact();
    current = await reopen();
    await expectEveryChangeFound(current, true);
    expect(current.get(receipt.changeId)?.change.seq).toBe(manifest.nextSeq);
  });
});
