import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../electron/core/audit/AuditLog.js';
import type { AuditEntry } from '../../../electron/core/audit/auditEntry.js';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { useStoreTestFolder } from '../../support/storeTestFolder.js';

// Issue 9, decision 6: a damaged audit line lets the kiosk start, loudly. The store's anchored
// head decides where the chain goes on; the file's bytes are never rewritten.
const now = () => new Date('2026-11-23T08:00:00.000Z');
const folder = useStoreTestFolder('kiosk-audit-damage-', { now });
const file = () => join(folder().dir, 'audit', 'audit-2026-11.jsonl');
const reopen = () => folder().reopen();

async function appendSome(current: KioskStore, count: number): Promise<AuditEntry[]> {
  const log = new AuditLog({ store: current });
  const entries: AuditEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push(
      await log.append({ action: 'staff.signIn', actor: 'staff', staffId: 'CB01', outcome: `n${i}` }),
    );
  }
  return entries;
}

/** Changes one character of a line so that its hash no longer holds. */
async function damageLine(index: number): Promise<{ before: string; offset: number }> {
  const before = await readFile(file(), 'utf8');
  const lines = before.split('\n');
  const offset = lines.slice(0, index).reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
  lines[index] = (lines[index] ?? '').replace('"outcome":"n', '"outcome":"X');
  await writeFile(file(), lines.join('\n'));
  return { before: lines.join('\n'), offset };
}

describe('a damaged audit line', () => {
  it('in the middle: the kiosk starts with a notice, the bytes stay, the chain goes on from the store', async () => {
    let current = await reopen();
    await appendSome(current, 3);
    const { before, offset } = await damageLine(1);
    current = await reopen();
    expect(current.notices()).toEqual([
      expect.objectContaining({
        code: 'AUDIT_DAMAGED',
        details: { file: 'audit-2026-11.jsonl', line: 2, byteOffset: offset, seqFrom: 2, seqTo: 2 },
      }),
    ]);
    const [next] = await appendSome(current, 1);
    expect(next).toMatchObject({ seq: 4 });
    await folder().close();
    expect((await readFile(file(), 'utf8')).startsWith(before)).toBe(true);
    expect(await verifyAuditChain(folder().dir)).toMatchObject({
      ok: false,
      firstBreak: { line: 2, reason: 'hash' },
    });
  });

  it('at the end, after the journal holding it was folded: starts, and chains on from the store’s head', async () => {
    let current = await reopen();
    const entries = await appendSome(current, 3);
    await current.compact();
    await current.compact();
    const { before } = await damageLine(2);
    current = await reopen();
    expect(current.notices().map((notice) => notice.code)).toContain('AUDIT_DAMAGED');
    const [next] = await appendSome(current, 1);
    // Not chained after the damaged bytes: after the entry the store anchored.
    expect(next).toMatchObject({ seq: 4, prevHash: entries[2]?.hash });
    await folder().close();
    expect((await readFile(file(), 'utf8')).startsWith(before)).toBe(true);
  });

  it('at the end, while the journal still holds its entry: the good copy is written after it', async () => {
    let current = await reopen();
    const entries = await appendSome(current, 3);
    await folder().close();
    const { before } = await damageLine(2);
    current = await reopen();
    expect(current.notices()).toEqual([
      expect.objectContaining({
        code: 'AUDIT_DAMAGED',
        details: expect.objectContaining({ line: 3, seqFrom: 3 }),
      }),
    ]);
    const text = await readFile(file(), 'utf8');
    expect(text.startsWith(before)).toBe(true);
    expect(text.trimEnd().split('\n').at(-1)).toBe(JSON.stringify(entries[2]));
  });
});
