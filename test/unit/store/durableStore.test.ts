import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeDurableFileSystem } from '../../../electron/core/store/durableFileAdapter.js';
import type { DurableFileSystem } from '../../../electron/core/store/durableFileAdapter.js';
import { KIOSK_DOCUMENT_FILE, openLowdbKioskStore } from '../../../electron/core/store/lowdbKioskStore.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function recordingFileSystem(calls: string[], failOn?: keyof DurableFileSystem): DurableFileSystem {
  const wrap =
    <K extends keyof DurableFileSystem>(name: K) =>
    async (...args: Parameters<DurableFileSystem[K]>) => {
      calls.push(
        `${name} ${args
          .map((arg) =>
            String(arg)
              .replace(dir, '<dir>')
              .replace(/\.[0-9]+\.[0-9a-f]+\.tmp$/, '.<unique>.tmp'),
          )
          .join(' ')
          .slice(0, 60)}`,
      );
      if (name === failOn) throw new Error(`simulated ${name} failure`);
      return (nodeDurableFileSystem[name] as (...a: unknown[]) => Promise<never>)(...args);
    };
  return {
    writeAndSync: wrap('writeAndSync'),
    rename: wrap('rename'),
    syncDirectory: wrap('syncDirectory'),
    remove: wrap('remove'),
    read: wrap('read'),
  };
}

describe('durable kiosk store', () => {
  it('writes a unique temp file and fsyncs it, renames it over the document, then fsyncs the directory', async () => {
    const calls: string[] = [];
    const store = await openLowdbKioskStore(dir, recordingFileSystem(calls));
    calls.length = 0;
    await store.update((doc) => {
      doc.nextSeq = 7;
    });
    const temp = `<dir>/.${KIOSK_DOCUMENT_FILE}.<unique>.tmp`;
    expect(calls.map((call) => call.split(' ')[0])).toEqual(['writeAndSync', 'rename', 'syncDirectory']);
    expect(calls[0]).toContain(temp.slice(0, 20));
    expect(calls[2]).toBe('syncDirectory <dir>');
  });

  it('keeps what it saved across a reopen', async () => {
    const store = await openLowdbKioskStore(dir);
    await store.update((doc) => {
      doc.nextSeq = 42;
    });
    await store.close();
    const reopened = await openLowdbKioskStore(dir);
    expect(reopened.read().nextSeq).toBe(42);
  });

  it('leaves memory and disk unchanged when the mutation throws', async () => {
    const store = await openLowdbKioskStore(dir);
    await store.update((doc) => {
      doc.nextSeq = 5;
    });
    await expect(
      store.update((doc) => {
        doc.nextSeq = 99;
        throw new Error('half-way');
      }),
    ).rejects.toThrow('half-way');
    expect(store.read().nextSeq).toBe(5);
    expect(JSON.parse(await readFile(join(dir, KIOSK_DOCUMENT_FILE), 'utf8')).nextSeq).toBe(5);
  });

  it('reports a failed write, keeps the old document and leaves no temp file behind', async () => {
    const calls: string[] = [];
    const store = await openLowdbKioskStore(dir, recordingFileSystem(calls, 'rename'));
    await expect(
      store.update((doc) => {
        doc.nextSeq = 3;
      }),
    ).rejects.toMatchObject({ code: 'STORE_FAILED' });
    expect(store.read().nextSeq).toBe(1);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('serialises concurrent updates so none is lost', async () => {
    const store = await openLowdbKioskStore(dir);
    await Promise.all(
      Array.from({ length: 25 }, () =>
        store.update((doc) => {
          doc.nextSeq += 1;
        }),
      ),
    );
    expect(store.read().nextSeq).toBe(26);
    const reopened = await openLowdbKioskStore(dir);
    expect(reopened.read().nextSeq).toBe(26);
  });

  it('refuses to open a file that is not a kiosk document, and leaves it untouched', async () => {
    for (const content of ['{"version":1,', '{"version":2,"nextSeq":1,"changes":[]}']) {
      await writeFile(join(dir, KIOSK_DOCUMENT_FILE), content);
      await expect(openLowdbKioskStore(dir)).rejects.toMatchObject({ code: 'STORE_FAILED' });
      expect(await readFile(join(dir, KIOSK_DOCUMENT_FILE), 'utf8')).toBe(content);
    }
  });
});
