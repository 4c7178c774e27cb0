import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { accepted, queuedChange } from '../../support/storeFixtures.js';

// `change.withdrawn` is a record kind added after data folders already existed. A folder written
// before holds none, and opens as it did (kioskStore.test.ts); these check the new kind.
let dir: string;
let store: KioskStore | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-withdrawn-'));
});
afterEach(async () => {
  await store?.close().catch(() => undefined);
  store = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function reopen(): Promise<KioskStore> {
  await store?.close();
  store = await openKioskStore({ dataDir: dir, keySource: keyFileSource(join(dir, 'kiosk.key')) });
  return store;
}

const at = '2026-11-23T08:00:01.000Z';

describe('a withdrawn change', () => {
  it.each([
    ['from the journal', false],
    ['after a fold into the snapshot', true],
  ])('stays gone across a reopen, %s, and its seq is never reused', async (_how, fold) => {
    let current = await reopen();
    const kept = queuedChange(current.allocateSeq());
    const withdrawn = queuedChange(current.allocateSeq());
    await current.commit([accepted(kept), accepted(withdrawn)]);
    await current.commit([{ type: 'change.withdrawn', changeId: withdrawn.change.changeId, at }]);
    expect(current.get(withdrawn.change.changeId)).toBeUndefined();
    if (fold) await current.compact();
    current = await reopen();
    expect(current.read().changes.map((entry) => entry.change.changeId)).toEqual([kept.change.changeId]);
    expect(current.allocateSeq()).toBe(3);
  });

  it('never takes away a change the national system has answered', async () => {
    const current = await reopen();
    const answered = queuedChange(current.allocateSeq(), { state: 'applied' });
    await current.commit([accepted(answered)]);
    await current.commit([{ type: 'change.withdrawn', changeId: answered.change.changeId, at }]);
    expect((await reopen()).get(answered.change.changeId)?.state).toBe('applied');
  });

  it('refuses a malformed withdrawal and changes nothing', async () => {
    const current = await reopen();
    const entry = queuedChange(current.allocateSeq());
    await current.commit([accepted(entry)]);
    const bad = { type: 'change.withdrawn', changeId: 'not-a-uuid', at } as never;
    await expect(current.commit([bad])).rejects.toThrow();
    expect((await reopen()).get(entry.change.changeId)?.state).toBe('pending');
  });
});
