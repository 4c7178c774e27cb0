import { randomBytes } from 'node:crypto';
import {
  appendFile,
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  truncate,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ARCHIVE_DIR } from '../../../electron/core/store/archive/ChangeArchive.js';
import { lockDataDir } from '../../../electron/core/store/dataDirLock.js';
import { nodeDurableFileSystem } from '../../../storage/durableFileAdapter.js';
import type { DurableFileSystem } from '../../../storage/durableFileAdapter.js';
import { journalFileName } from '../../../electron/core/store/journal/ChangeJournal.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import type { KioskStoreOptions } from '../../../electron/core/store/openKioskStore.js';
import { LAST_GOOD_FILE, SNAPSHOT_FILE } from '../../../electron/core/store/sealedSnapshot.js';
import { accepted, queuedChange } from '../../support/storeFixtures.js';

let dir: string;
const open: KioskStore[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-store-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function openStore(options: Partial<KioskStoreOptions> = {}): Promise<KioskStore> {
  const store = await openKioskStore({
    dataDir: dir,
    keySource: keyFileSource(join(dir, 'kiosk.key')),
    ...options,
  });
  open.push(store);
  return store;
}

async function closeAll(): Promise<void> {
  for (const store of open.splice(0)) await store.close();
}

async function reopen(options: Partial<KioskStoreOptions> = {}): Promise<KioskStore> {
  await closeAll();
  return openStore(options);
}

function recordingFileSystem(calls: string[]): DurableFileSystem {
  const name = (path: string) =>
    path.replace(dir, '<dir>').replace(/\.\d+\.[0-9a-f]+\.tmp$/, '.<unique>.tmp');
  return {
    ...nodeDurableFileSystem,
    async writeAndSync(path, text) {
      calls.push(`write+fsync ${name(path)}`);
      return nodeDurableFileSystem.writeAndSync(path, text);
    },
    async rename(from, to) {
      calls.push(`rename ${name(from)} -> ${name(to)}`);
      return nodeDurableFileSystem.rename(from, to);
    },
    async syncDirectory(path) {
      calls.push(`fsync-dir ${name(path)}`);
      return nodeDurableFileSystem.syncDirectory(path);
    },
  };
}

describe('kiosk store', () => {
  it('writes a snapshot as temp file + fsync, keeps the old one as last-good, renames, then fsyncs the directory', async () => {
    const calls: string[] = [];
    const store = await openStore({ fileSystem: recordingFileSystem(calls) });
    await store.commit([accepted(queuedChange(store.allocateSeq()))]);
    await store.compact();
    await store.commit([accepted(queuedChange(store.allocateSeq()))]);
    calls.length = 0;
    await store.compact();
    expect(calls).toEqual([
      // the next journal generation's file is durable before anything is appended to it
      'fsync-dir <dir>',
      `write+fsync <dir>/.${SNAPSHOT_FILE}.<unique>.tmp`,
      `rename <dir>/${SNAPSHOT_FILE} -> <dir>/${LAST_GOOD_FILE}`,
      `rename <dir>/.${SNAPSHOT_FILE}.<unique>.tmp -> <dir>/${SNAPSHOT_FILE}`,
      'fsync-dir <dir>',
    ]);
  });

  it('keeps every committed change across a reopen, with or without a fold', async () => {
    let store = await openStore();
    const first = queuedChange(store.allocateSeq());
    await store.commit([accepted(first)]);
    await store.compact();
    const second = queuedChange(store.allocateSeq());
    await store.commit([accepted(second)]);
    store = await reopen();
    expect(store.read().changes.map((entry) => entry.change.changeId)).toEqual([
      first.change.changeId,
      second.change.changeId,
    ]);
    expect(store.allocateSeq()).toBe(3);
  });

  it('writes concurrent commits together and loses none', async () => {
    let store = await openStore();
    const entries = Array.from({ length: 50 }, () => queuedChange(store.allocateSeq()));
    await Promise.all(entries.map((entry) => store.commit([accepted(entry)])));
    const journal = await readFile(join(dir, journalFileName(1)), 'utf8');
    const flushes = journal.split('\n').filter((line) => line.slice(9).startsWith('C ')).length;
    expect(flushes).toBeLessThan(50);
    store = await reopen();
    expect(store.read().changes).toHaveLength(50);
  });

  it('refuses a malformed record and changes nothing', async () => {
    const store = await openStore();
    const bad = { type: 'change.accepted', entry: { ...queuedChange(2), state: 'lost' } } as never;
    await expect(store.commit([accepted(queuedChange(1)), bad])).rejects.toMatchObject({
      code: 'STORE_FAILED',
    });
    expect(store.read().changes).toHaveLength(0);
    expect((await reopen()).read().changes).toHaveLength(0);
  });

  it('drops a write that a crash cut short (never acknowledged) and says so', async () => {
    let store = await openStore();
    const kept = queuedChange(store.allocateSeq());
    await store.commit([accepted(kept)]);
    await closeAll();
    await appendFile(join(dir, journalFileName(1)), '0badc0de R half-a-rec');
    store = await openStore();
    expect(store.read().changes.map((entry) => entry.change.changeId)).toEqual([kept.change.changeId]);
    expect(store.notices().map((notice) => notice.code)).toEqual(['DISCARDED_UNACKNOWLEDGED_WRITE']);
    await store.commit([accepted(queuedChange(store.allocateSeq()))]);
    store = await reopen();
    expect(store.read().changes).toHaveLength(2);
    // The notice stays until staff acknowledge it; the cut tail is gone, so it is not raised again.
    expect(store.notices().map((notice) => notice.code)).toEqual(['DISCARDED_UNACKNOWLEDGED_WRITE']);
  });

  it.each([
    [
      'damaged',
      (path: string) =>
        writeFile(path, '{"format":"commune-vneid-kiosk/sealed","version":1,"sha256":"00","box":"AAAA"}'),
    ],
    ['truncated', (path: string) => truncate(path, 40)],
    ['garbage', (path: string) => writeFile(path, randomBytes(300))],
  ])(
    'falls back to the last-good copy and the journals when the main file is %s, losing nothing',
    async (_kind, damage) => {
      let store = await openStore();
      const ids: string[] = [];
      for (let round = 0; round < 3; round++) {
        const entry = queuedChange(store.allocateSeq());
        ids.push(entry.change.changeId);
        await store.commit([accepted(entry)]);
        await store.compact();
      }
      const last = queuedChange(store.allocateSeq());
      ids.push(last.change.changeId);
      await store.commit([accepted(last)]);
      await closeAll();
      await damage(join(dir, SNAPSHOT_FILE));

      store = await openStore();
      expect(store.read().changes.map((entry) => entry.change.changeId)).toEqual(ids);
      expect(store.notices()[0]).toMatchObject({ code: 'RECOVERED_FROM_LAST_GOOD' });
      expect((await readdir(dir)).some((name) => name.startsWith('kiosk-snapshot.damaged-'))).toBe(true);
    },
  );

  it('refuses to open with the wrong key, and leaves the files untouched', async () => {
    let store = await openStore();
    await store.commit([accepted(queuedChange(store.allocateSeq()))]);
    await store.compact();
    await closeAll();
    const before = await readFile(join(dir, SNAPSHOT_FILE));
    await writeFile(join(dir, 'other.key'), randomBytes(32), { mode: 0o600 });
    await expect(openStore({ keySource: keyFileSource(join(dir, 'other.key')) })).rejects.toMatchObject({
      code: 'STORE_FAILED',
      message: expect.stringMatching(/wrong key or tampered/),
    });
    expect(await readFile(join(dir, SNAPSHOT_FILE))).toEqual(before);
    store = await openStore();
    expect(store.read().changes).toHaveLength(1);
  });

  it('refuses a journal whose acknowledged records were tampered with', async () => {
    const store = await openStore();
    await store.commit([accepted(queuedChange(store.allocateSeq()))]);
    await store.commit([accepted(queuedChange(store.allocateSeq()))]);
    await closeAll();
    const path = join(dir, journalFileName(1));
    const lines = (await readFile(path, 'utf8')).split('\n');
    const first = lines.findIndex((line) => line.slice(9).startsWith('R '));
    lines[first] = (lines[first] ?? '').replace(/R (.)/, (_match, c: string) => `R ${c === 'A' ? 'B' : 'A'}`);
    await writeFile(path, lines.join('\n'));
    // Acknowledged records that cannot be read are a loss: refused with a report, never skipped.
    await expect(openStore()).rejects.toMatchObject({
      name: 'StoreLossError',
      report: { kind: 'journal-damaged', what: expect.stringMatching(/acknowledged but is damaged/) },
    });
  });

  it('lets one process at a time use a data folder, and takes over a crashed one’s lock', async () => {
    await openStore();
    await expect(openStore()).rejects.toMatchObject({ message: expect.stringMatching(/already uses/) });
    await closeAll();
    await writeFile(join(dir, 'kiosk.lock'), '999999999');
    await expect(openStore()).resolves.toBeDefined();
  });

  it('waits for a live holder, and takes over a lock whose pid was reused once its heartbeat is stale', async () => {
    const lockPath = join(dir, 'kiosk.lock');
    const timing = { heartbeatMs: 50, staleAfterMs: 300 };
    // A live process that is not a kiosk (our parent) "holds" a lock nobody touches any more.
    await writeFile(lockPath, String(process.ppid));
    const started = Date.now();
    const release = await lockDataDir(dir, timing);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    // A holder whose heartbeat runs is never taken over: the second claimant gives up.
    await writeFile(lockPath, String(process.ppid));
    // A failed touch shows as a stale heartbeat, which the assertion below would catch.
    const keepFresh = setInterval(() => void utimes(lockPath, new Date(), new Date()), 50);
    try {
      await expect(lockDataDir(join(dir), timing)).rejects.toThrow(/Another kiosk process/);
    } finally {
      clearInterval(keepFresh);
      await release();
    }
  });

  it('refuses a key file other users can read', async () => {
    await writeFile(join(dir, 'kiosk.key'), randomBytes(32));
    await chmod(join(dir, 'kiosk.key'), 0o644);
    await expect(openStore()).rejects.toMatchObject({ message: expect.stringMatching(/chmod 600/) });
  });

  it('moves finished changes to a masked archive and purges archive days past retention', async () => {
    const store = await openStore({ now: () => new Date('2026-11-23T08:00:00Z') });
    const done = queuedChange(store.allocateSeq());
    const waiting = queuedChange(store.allocateSeq());
    await store.commit([accepted(done), accepted(waiting)]);
    await store.commit([
      {
        type: 'change.patched',
        changeId: done.change.changeId,
        at: done.updatedAt,
        patch: { state: 'applied', outcomeCode: 'DEVICE_UNLINKED' },
      },
    ]);
    await mkdir(join(dir, ARCHIVE_DIR), { recursive: true });
    await writeFile(join(dir, ARCHIVE_DIR, 'changes-2024-01-01.jsonl'), '');
    await store.compact();
    expect(store.read().changes.map((entry) => entry.change.changeId)).toEqual([waiting.change.changeId]);
    const files = await readdir(join(dir, ARCHIVE_DIR));
    const batchId = store.read().archive.batches[0]?.batchId ?? '';
    expect(files).toEqual([`changes-2026-11-23.${batchId}.jsonl`]);
    const archived = await readFile(join(dir, ARCHIVE_DIR, files[0] ?? ''), 'utf8');
    expect(await store.history.find({ changeId: done.change.changeId })).toMatchObject({
      source: 'archive',
      change: {
        changeId: done.change.changeId,
        idNumberMasked: '0010****2345',
        finalState: 'applied',
        outcomeCode: 'DEVICE_UNLINKED',
      },
    });
    expect(archived).not.toContain('001090012345');
  });

  it('keeps personal data sealed on disk', async () => {
    const store = await openStore();
    await store.commit([accepted(queuedChange(store.allocateSeq()))]);
    await store.compact();
    await store.commit([accepted(queuedChange(store.allocateSeq()))]);
    for (const name of await readdir(dir)) {
      if (name === 'kiosk.key' || name === ARCHIVE_DIR) continue;
      expect(await readFile(join(dir, name), 'utf8')).not.toContain('001090012345');
    }
  });
});
