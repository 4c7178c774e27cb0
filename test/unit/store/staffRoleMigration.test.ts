import { KIOSK_DOCUMENT_VERSION } from '../../../electron/core/store/kioskDocument.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealDocument } from '../../../electron/core/store/crypto/sealedBox.js';
import type { PinHash } from '../../../electron/core/store/kioskDocument.js';
import { SNAPSHOT_FILE } from '../../../electron/core/store/sealedSnapshot.js';
import { useStoreTestFolder } from '../../support/storeTestFolder.js';

const folder = useStoreTestFolder('kiosk-roles-');

const pinHash: PinHash = {
  algorithm: 'scrypt',
  N: 16_384,
  r: 8,
  p: 1,
  salt: Buffer.alloc(16, 1).toString('base64'),
  hash: Buffer.alloc(32, 2).toString('base64'),
};
const member = (staffId: string) => ({
  staffId,
  displayName: `Cán bộ ${staffId}`,
  pinHash,
  enrolledAt: '2026-11-30T01:00:00.000Z',
  failedAttempts: 0,
});

/** A folded version 2 snapshot (before issue 10) holding these staff, without roles. */
async function writeVersion2Snapshot(staffIds: string[]): Promise<void> {
  await (await folder().reopen()).compact();
  await folder().close();
  const key = await readFile(join(folder().dir, 'kiosk.key'));
  const document = { version: 2, nextSeq: 1, changes: [], staff: staffIds.map(member) };
  await writeFile(
    join(folder().dir, SNAPSHOT_FILE),
    sealDocument(key, JSON.stringify({ generation: 2, document })),
  );
}

describe('staff roles for data written before issue 10', () => {
  it('makes the only staff member a supervisor, and keeps that after a restart and a fold', async () => {
    await writeVersion2Snapshot(['CB01']);
    let store = await folder().reopen();
    expect(store.read()).toMatchObject({
      version: KIOSK_DOCUMENT_VERSION,
      staff: [{ staffId: 'CB01', role: 'supervisor' }],
    });
    store = await folder().reopen();
    await store.compact();
    store = await folder().reopen();
    expect(store.read().staff).toMatchObject([{ staffId: 'CB01', role: 'supervisor' }]);
  });

  it('makes each of several staff members plain staff', async () => {
    await writeVersion2Snapshot(['CB01', 'CB02', 'CB03']);
    const store = await folder().reopen();
    expect(store.read().staff.map((each) => each.role)).toEqual(['staff', 'staff', 'staff']);
  });
});
