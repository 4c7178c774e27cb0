import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import { KioskChanges } from '../../../electron/core/requests/KioskChanges.js';
import { backupDataFolder } from '../../../electron/core/store/backup/backupDataFolder.js';
import type { BackupResult } from '../../../electron/core/store/backup/backupDataFolder.js';
import { restoreDataFolder } from '../../../electron/core/store/backup/restoreDataFolder.js';
import type { RestoreOptions } from '../../../electron/core/store/backup/restoreDataFolder.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import type { KioskError } from '../../../shared/ipc/errors.js';
import { PlayedDisk } from '../../support/playedDisk.js';
import type { QueuedChange } from '../../../electron/core/store/kioskDocument.js';
import { accepted, queuedChange } from '../../support/storeFixtures.js';
import { until } from '../sync/syncRig.js';
import { KIOSK, now, startBackupRig } from './backupRig.js';
import type { BackupRig } from './backupRig.js';

let rig: BackupRig;
beforeEach(async () => {
  rig = await startBackupRig();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  await rig.remove();
  vi.restoreAllMocks();
});

function backUp(extra: Partial<Parameters<typeof backupDataFolder>[1]> = {}): Promise<BackupResult> {
  return backupDataFolder(rig.store, {
    dataDir: rig.dataDir,
    to: rig.usb,
    ...KIOSK,
    keySource: rig.keySource,
    now,
    ...extra,
  });
}

function restore(from: string, extra: Partial<RestoreOptions> = {}) {
  return restoreDataFolder({ from, dataDir: rig.dataDir, ...KIOSK, now, ...extra });
}

/** A data folder with every kind of file: a snapshot and its last-good copy, journals, archive, audit. */
async function aKioskWithHistory(): Promise<void> {
  for (let i = 0; i < 4; i += 1) await rig.accept('applied');
  await rig.accept('conflict');
  await rig.store.compact();
  await rig.accept('duplicate');
  await rig.store.compact();
  await rig.accept('applied'); // finished, still in the store: not archived yet
  await rig.accept('pending');
  await rig.accept('sending');
}

async function expectEveryAcknowledgedChange(): Promise<void> {
  const changes = new KioskChanges(rig.store);
  for (const [changeId, state] of rig.acknowledged) {
    expect(await changes.byChangeId(changeId), changeId).toMatchObject({ changeId, state });
  }
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

describe('backup and restore of the data folder', () => {
  it('back up, lose the data folder, restore: every acknowledged change is found and the audit chain verifies', async () => {
    await aKioskWithHistory();
    const backup = await backUp();

    expect(backup.folder).toBe(join(rig.usb, 'kiosk-backup-KIOSK-TEST-01-20261201-100405'));
    const names = await filesUnder(backup.folder);
    expect(names).toContain('manifest.json');
    expect(names).toContain('kiosk-snapshot.sealed');
    expect(names).toContain('kiosk-snapshot.last-good.sealed');
    expect(names.some((name) => name.startsWith('journal-'))).toBe(true);
    expect(names.some((name) => name.startsWith('archive/'))).toBe(true);
    expect(names).toContain('audit/audit-2026-12.jsonl');
    // A USB stick alone opens nothing: no key file, no lock, and the key nowhere in the clear.
    expect(names.filter((name) => name.startsWith('kiosk.key') || name === 'kiosk.lock')).toEqual([]);
    const key = await readFile(join(rig.dataDir, 'kiosk.key'));
    for (const name of names) {
      const bytes = await readFile(join(backup.folder, name));
      expect(bytes.includes(key), name).toBe(false);
      expect(bytes.includes(key.toString('base64')), name).toBe(false);
      expect(bytes.includes(key.toString('hex')), name).toBe(false);
      // The full ID number lives only in sealed records.
      expect(bytes.includes('001090012345'), name).toBe(false);
    }

    await rig.close();
    await rm(rig.dataDir, { recursive: true, force: true });
    const restored = await restore(backup.folder);
    expect(restored).toMatchObject({ dataDir: rig.dataDir, files: names.length - 1 });
    expect((await stat(join(rig.dataDir, 'kiosk.key'))).mode & 0o777).toBe(0o600);

    await rig.reopen();
    await expectEveryAcknowledgedChange();
    // One entry per accepted change, and one per final state (the store anchors it in the chain).
    const finalStates = new Set(['applied', 'duplicate', 'conflict', 'rejected']);
    const finished = [...rig.acknowledged.values()].filter((state) => finalStates.has(state)).length;
    expect(await verifyAuditChain(rig.dataDir)).toEqual({
      ok: true,
      entries: rig.acknowledged.size + finished,
    });
    // The restored kiosk goes on: its next change gets the next seq, none is reused.
    const next = await rig.accept('pending');
    expect(next.change.seq).toBe(rig.acknowledged.size);
    expect(rig.store.read().nextSeq).toBeGreaterThan(next.change.seq);
  });

  it('a change accepted while the backup is taken is either wholly in it or not at all, and the backup opens', async () => {
    await aKioskWithHistory();
    // Changes keep coming, one commit each, with a fold now and then, until the backup is done.
    // Each is accepted and marked sending in one commit: half of it would show as pending.
    const racing: QueuedChange[] = [];
    let backingUp = true;
    const writer = (async () => {
      while (backingUp) {
        const entry = queuedChange(100 + racing.length);
        racing.push(entry);
        const { changeId } = entry.change;
        const sending = {
          type: 'change.patched',
          changeId,
          at: now().toISOString(),
          patch: { state: 'sending' },
        } as const;
        await rig.store.commit([accepted(entry), sending]);
        // A fold that fails would fail the later checks; the test waits for none of them.
        if (racing.length % 5 === 0) void rig.store.compact();
      }
    })();
    // Started after the first commits, so that the copy is taken in the middle of the stream.
    await until(() => racing.length >= 10);
    const backup = await backUp();
    // A few more acknowledged after the backup finished: these cannot be in it.
    const afterBackup = racing.length + 3;
    await until(() => racing.length >= afterBackup);
    backingUp = false;
    await writer;

    await rig.close();
    await rm(rig.dataDir, { recursive: true, force: true });
    await restore(backup.folder);
    await rig.reopen();
    await expectEveryAcknowledgedChange();
    const inBackup = racing.map((entry) => rig.store.get(entry.change.changeId));
    for (const found of inBackup) if (found !== undefined) expect(found.state).toBe('sending');
    // The stream went on after the copy: some racing changes are in it, the last ones are not, and
    // the ones in it are exactly a first run (one acknowledged later is never in without an earlier one).
    const count = inBackup.filter((found) => found !== undefined).length;
    expect(count).toBeGreaterThanOrEqual(9); // acknowledged before the backup was asked for
    expect(count).toBeLessThanOrEqual(afterBackup - 3);
    expect(inBackup.slice(0, count).every((found) => found !== undefined)).toBe(true);
  });

  it('refuses a backup made by another kiosk, naming both, and changes nothing', async () => {
    await aKioskWithHistory();
    const backup = await backUp();
    await rig.close();
    await rm(rig.dataDir, { recursive: true, force: true });

    const refusal = restore(backup.folder, {
      kioskId: 'KIOSK-OTHER-02',
      secret: 'another-secret-long-enough',
    });
    await expect(refusal).rejects.toMatchObject({
      name: 'RestoreRefusedError',
      reason: 'OTHER_KIOSK',
      details: { backupKioskId: 'KIOSK-TEST-01', kioskId: 'KIOSK-OTHER-02' },
    });
    await expect(refusal).rejects.toThrow(/KIOSK-TEST-01.*KIOSK-OTHER-02/);
    // The same kiosk ID with another secret: the manifest's HMAC does not match.
    await expect(restore(backup.folder, { secret: 'not-the-secret-it-was-made-with' })).rejects.toMatchObject(
      {
        reason: 'NOT_SIGNED',
      },
    );
    await expect(stat(rig.dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await readdir(rig.root)).sort()).toEqual(['usb']);
  });

  it.each([
    ['a flipped byte in a journal', 'journal'],
    ['a flipped byte in an archive file', 'archive/'],
    ['a flipped byte in the audit log', 'audit/'],
    ['a flipped byte in the snapshot', 'kiosk-snapshot.sealed'],
  ])('refuses a backup with %s, naming the file', async (_, prefix) => {
    await aKioskWithHistory();
    const backup = await backUp();
    await rig.close();
    await rm(rig.dataDir, { recursive: true, force: true });
    const name = (await filesUnder(backup.folder)).find((file) => file.startsWith(prefix));
    if (name === undefined) throw new Error(`no ${prefix} file in the backup`);
    const path = join(backup.folder, name);
    const bytes = await readFile(path);
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8((bytes.readUInt8(middle) ^ 0x01) & 0xff, middle);
    await writeFile(path, bytes);

    await expect(restore(backup.folder)).rejects.toMatchObject({
      reason: 'FILE_MISMATCH',
      details: { file: name },
    });
    await expect(stat(rig.dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a changed manifest, a newer backup format, and a folder that is no backup', async () => {
    await aKioskWithHistory();
    const backup = await backUp();
    await rig.close();
    await rm(rig.dataDir, { recursive: true, force: true });
    const manifestPath = join(backup.folder, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;

    await writeFile(manifestPath, JSON.stringify({ ...manifest, storeSeq: 1 }));
    await expect(restore(backup.folder)).rejects.toMatchObject({ reason: 'NOT_SIGNED' });
    await writeFile(manifestPath, JSON.stringify({ ...manifest, version: 2 }));
    await expect(restore(backup.folder)).rejects.toMatchObject({
      reason: 'NEWER_VERSION',
      details: { version: 2 },
    });
    await rm(manifestPath);
    await expect(restore(backup.folder)).rejects.toMatchObject({ reason: 'NOT_A_BACKUP' });
    await expect(stat(rig.dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('never writes over a data folder that holds data; --replace moves it aside, never deletes it', async () => {
    await aKioskWithHistory();
    const backup = await backUp();
    const afterBackup = await rig.accept('pending'); // only in the live folder
    await rig.close();
    const before = await filesUnder(rig.dataDir);

    await expect(restore(backup.folder)).rejects.toMatchObject({ reason: 'DATA_FOLDER_NOT_EMPTY' });
    expect(await filesUnder(rig.dataDir)).toEqual(before);

    const restored = await restore(backup.folder, { replace: true });
    expect(restored.movedAside).toBe(`${rig.dataDir}.before-restore-20261201T030405`);
    expect(await filesUnder(restored.movedAside ?? '')).toEqual(
      before.filter((name) => name !== 'kiosk.lock'),
    );
    rig.acknowledged.delete(afterBackup.change.changeId);
    await rig.reopen();
    await expectEveryAcknowledgedChange();
    expect(rig.store.get(afterBackup.change.changeId)).toBeUndefined();
  });

  it('refuses to replace the data folder of a running kiosk', async () => {
    await aKioskWithHistory();
    const backup = await backUp();
    // rig.store is still open: this process holds the data folder's lock.
    await expect(restore(backup.folder, { replace: true })).rejects.toMatchObject({
      reason: 'KIOSK_RUNNING',
    });
    expect(await rig.backupsOnUsb()).toEqual([
      { name: backup.folder.slice(rig.usb.length + 1), complete: true },
    ]);
    await expectEveryAcknowledgedChange();
  });
  it('writes the key where KIOSK_KEY_FILE says, and never over another key', async () => {
    await aKioskWithHistory();
    const backup = await backUp();
    await rig.close();
    const keyFile = join(rig.root, 'keys', 'kiosk.key');
    await mkdir(join(rig.root, 'keys'));
    await writeFile(keyFile, Buffer.alloc(32, 7), { mode: 0o600 });
    const elsewhere = join(rig.root, 'elsewhere');
    await expect(restore(backup.folder, { dataDir: elsewhere, keyFile })).rejects.toMatchObject({
      reason: 'KEY_FILE_EXISTS',
    });
    await expect(stat(elsewhere)).rejects.toMatchObject({ code: 'ENOENT' });

    await rm(keyFile);
    await restore(backup.folder, { dataDir: elsewhere, keyFile });
    expect(await readFile(keyFile)).toEqual(await readFile(join(rig.dataDir, 'kiosk.key')));
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(await readdir(elsewhere)).not.toContain('kiosk.key');
  });
});

describe('a backup that cannot be written whole', () => {
  it('a stick that fills up mid-copy leaves no manifest, and says so with DESTINATION_FULL', async () => {
    await aKioskWithHistory();
    const disk = new PlayedDisk();
    disk.bytesLeft = 3_000;
    await expect(backUp({ openFile: disk.open })).rejects.toMatchObject({
      code: 'BACKUP_FAILED',
      details: { reason: 'DESTINATION_FULL' },
    });
    expect((await rig.backupsOnUsb()).filter((folder) => folder.complete)).toEqual([]);
    // The kiosk itself goes on, and the next backup on a freed stick is whole.
    await rig.accept('pending');
    disk.free();
    const backup = await backUp({ openFile: disk.open });
    expect(await rig.backupsOnUsb()).toEqual([
      { name: backup.folder.slice(rig.usb.length + 1), complete: true },
    ]);
  });

  it('too little free space is found before anything is written', async () => {
    await aKioskWithHistory();
    const refusal = backUp({ freeBytes: async () => 4_096 });
    await expect(refusal).rejects.toMatchObject({
      code: 'BACKUP_FAILED',
      details: { reason: 'DESTINATION_FULL', freeBytes: 4_096 },
    });
    const error = (await refusal.catch((failure: unknown) => failure)) as KioskError<'BACKUP_FAILED'>;
    expect(error.details.neededBytes).toBeGreaterThan(4_096);
    expect(await rig.backupsOnUsb()).toEqual([]);
  });

  it.each(['EIO', 'EROFS'])('a write failing with %s leaves no manifest: WRITE_FAILED', async (code) => {
    await aKioskWithHistory();
    const disk = new PlayedDisk();
    disk.shortWrites.push(100);
    disk.writeErrors.push(code);
    await expect(backUp({ openFile: disk.open })).rejects.toMatchObject({
      code: 'BACKUP_FAILED',
      details: { reason: 'WRITE_FAILED' },
    });
    expect((await rig.backupsOnUsb()).filter((folder) => folder.complete)).toEqual([]);
  });

  it('refuses a destination that is not an existing absolute folder, or is inside the data folder', async () => {
    for (const to of ['relative/usb', join(rig.root, 'missing'), rig.dataDir, join(rig.dataDir, 'archive')]) {
      await expect(backUp({ to }), to).rejects.toMatchObject({
        code: 'BACKUP_FAILED',
        details: { reason: 'DESTINATION_INVALID' },
      });
    }
    expect(await rig.backupsOnUsb()).toEqual([]);
  });

  it('a restored folder opens with the kiosk key written in the web host form', async () => {
    await aKioskWithHistory();
    const backup = await backUp();
    await rig.close();
    await rm(rig.dataDir, { recursive: true, force: true });
    await restore(backup.folder);
    const store = await openKioskStore({
      dataDir: rig.dataDir,
      keySource: keyFileSource(join(rig.dataDir, 'kiosk.key')),
    });
    expect(store.read().nextSeq).toBe(rig.acknowledged.size + 1);
    await store.close();
  });
});
