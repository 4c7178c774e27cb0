import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { journalGenerationOf } from '../../electron/core/store/journal/ChangeJournal.js';
import { parseJournal } from '../../electron/core/store/journal/journalFormat.js';
import type { QueuedChange } from '../../electron/core/store/kioskDocument.js';
import type { StoreRecord } from '../../electron/core/store/storeRecords.js';

export function queuedChange(seq: number, overrides: Partial<QueuedChange> = {}): QueuedChange {
  const at = new Date(Date.UTC(2026, 10, 23, 8, 0, 0, seq)).toISOString();
  return {
    change: {
      changeId: randomUUID(),
      seq,
      kind: 'unlink-device',
      idNumber: '001090012345',
      deviceId: `device-${seq}`,
      evidence: { method: 'staff', verifiedAt: at, staffId: 'CB01' },
      createdAt: at,
    },
    state: 'pending',
    attempts: 0,
    updatedAt: at,
    ...overrides,
  };
}

export function accepted(entry: QueuedChange): StoreRecord {
  return { type: 'change.accepted', entry };
}

/** Every record in the data folder's journals, read with the folder's own key file. */
export async function journalRecords(dataDir: string): Promise<unknown[]> {
  const key = await readFile(join(dataDir, 'kiosk.key'));
  const names = (await readdir(dataDir)).filter((name) => journalGenerationOf(name) !== undefined).sort();
  const records: unknown[] = [];
  for (const name of names) records.push(...parseJournal(key, await readFile(join(dataDir, name))).records);
  return records;
}
