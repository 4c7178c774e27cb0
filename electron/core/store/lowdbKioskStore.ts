import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { KioskError } from '../../../shared/ipc/errors.js';
import { DurableJsonFile, nodeDurableFileSystem } from './durableFileAdapter.js';
import type { DurableFileSystem } from './durableFileAdapter.js';
import { KioskDocument, emptyKioskDocument } from './kioskDocument.js';
import type { KioskStore } from './KioskStore.js';

export const KIOSK_DOCUMENT_FILE = 'kiosk.json';

function parseKioskDocument(text: string): KioskDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KioskError('STORE_FAILED', 'The kiosk data file is not valid JSON; it was left untouched.');
  }
  const parsed = KioskDocument.safeParse(json);
  if (!parsed.success) {
    throw new KioskError(
      'STORE_FAILED',
      'The kiosk data file does not have the expected shape; it was left untouched.',
    );
  }
  return parsed.data;
}

/**
 * lowdb with the durable adapter, injected explicitly: lowdb's presets swap in a memory
 * adapter under NODE_ENV=test, which would make every durability test meaningless.
 */
export async function openLowdbKioskStore(
  dataDir: string,
  fileSystem: DurableFileSystem = nodeDurableFileSystem,
): Promise<KioskStore> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const db = new Low<KioskDocument>(
    new DurableJsonFile(join(dataDir, KIOSK_DOCUMENT_FILE), parseKioskDocument, fileSystem),
    emptyKioskDocument(),
  );
  await db.read();
  let tail: Promise<unknown> = Promise.resolve();

  return {
    read: () => db.data,
    update<R>(mutate: (draft: KioskDocument) => R): Promise<R> {
      const run = async (): Promise<R> => {
        // Mutate a copy so a throwing mutation or a failed write leaves the live document intact.
        const draft = structuredClone(db.data);
        const result = mutate(draft);
        const previous = db.data;
        db.data = draft;
        try {
          await db.write();
        } catch (error) {
          db.data = previous;
          throw new KioskError('STORE_FAILED', `Could not save kiosk data: ${(error as Error).message}`);
        }
        return result;
      };
      const next = tail.then(run, run);
      tail = next.catch(() => undefined);
      return next;
    },
    async close() {
      await tail;
    },
  };
}
