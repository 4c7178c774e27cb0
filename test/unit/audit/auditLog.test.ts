import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH } from '../../../electron/core/audit/auditEntry.js';
import type { AuditEntry } from '../../../electron/core/audit/auditEntry.js';
import { AuditLog } from '../../../electron/core/audit/AuditLog.js';
import { canonicalJson } from '../../../electron/core/audit/canonicalJson.js';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kiosk-audit-'));
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
});

const stores: KioskStore[] = [];

/** The audit log of a kiosk store opened on the data folder: entries travel in its journal. */
async function openLog(now: () => Date): Promise<AuditLog & { closeAll(): Promise<void> }> {
  const store = await openKioskStore({ dataDir, keySource: keyFileSource(join(dataDir, 'kiosk.key')), now });
  stores.push(store);
  const log = new AuditLog({ store });
  return Object.assign(log, {
    async closeAll() {
      await log.close();
      stores.splice(stores.indexOf(store), 1);
      await store.close();
    },
  });
}

async function lines(file = 'audit-2026-11.jsonl'): Promise<string[]> {
  return (await readFile(join(dataDir, 'audit', file), 'utf8')).trimEnd().split('\n');
}

async function writeSome(log: AuditLog, count: number): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push(
      await log.append({
        action: i % 2 === 0 ? 'device.unlink' : 'staff.signIn',
        actor: 'staff',
        staffId: 'CB01',
        idNumber: '001090012345',
        outcome: `n${i}`,
      }),
    );
  }
  return entries;
}

const november = () => new Date('2026-11-23T08:00:00.000Z');

describe('the audit log', () => {
  it('chains each entry to the one before by SHA-256 over the canonical entry', async () => {
    const log = await openLog(november);
    const [first, second] = await writeSome(log, 2);
    await log.closeAll();
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, idNumberMasked: '0010****2345' });
    expect(second?.prevHash).toBe(first?.hash);
    const { hash, ...unsealed } = second as AuditEntry;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash(unsealed)).toBe(hash);
    const { createHash } = await import('node:crypto');
    expect(
      createHash('sha256')
        .update(unsealed.prevHash + canonicalJson(unsealed))
        .digest('hex'),
    ).toBe(hash);
  });

  it('never stores a full ID number', async () => {
    const log = await openLog(november);
    await writeSome(log, 3);
    await log.closeAll();
    const text = (await lines()).join('\n');
    expect(text).not.toContain('001090012345');
    expect(text).toContain('0010****2345');
  });

  it('writes month files readable by the owner only', async () => {
    const log = await openLog(november);
    await writeSome(log, 1);
    await log.closeAll();
    expect((await stat(join(dataDir, 'audit', 'audit-2026-11.jsonl'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(dataDir, 'audit'))).mode & 0o777).toBe(0o700);
  });

  it('goes on with the same chain after a restart and into the next month (Vietnam time)', async () => {
    let now = november();
    const log = await openLog(() => now);
    await writeSome(log, 2);
    await log.closeAll();
    // 17:30 UTC on 30 November is already 1 December in Vietnam.
    now = new Date('2026-11-30T17:30:00.000Z');
    const reopened = await openLog(() => now);
    const [third] = await writeSome(reopened, 1);
    await reopened.closeAll();
    expect(await readdir(join(dataDir, 'audit'))).toEqual(['audit-2026-11.jsonl', 'audit-2026-12.jsonl']);
    expect(third?.seq).toBe(3);
    expect(await verifyAuditChain(dataDir)).toEqual({ ok: true, entries: 3 });
  });

  it('keeps the order of appends made at the same time', async () => {
    const log = await openLog(november);
    const entries = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        log.append({ action: 'request.lookup', actor: 'citizen', outcome: `n${i}` }),
      ),
    );
    await log.closeAll();
    expect(entries.map((entry) => entry.outcome)).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`));
    expect(await verifyAuditChain(dataDir)).toEqual({ ok: true, entries: 20 });
  });

  it('refuses facts outside its schema before writing anything', async () => {
    const log = await openLog(november);
    await expect(log.append({ action: 'no.such' as never, actor: 'citizen' })).rejects.toThrow();
    await log.closeAll();
    expect(await verifyAuditChain(dataDir)).toEqual({ ok: true, entries: 0 });
  });
});

describe('verifyAuditChain', () => {
  async function fiveEntries(): Promise<string[]> {
    const log = await openLog(november);
    await writeSome(log, 5);
    await log.closeAll();
    return lines();
  }

  async function rewrite(changed: string[]): Promise<void> {
    await writeFile(join(dataDir, 'audit', 'audit-2026-11.jsonl'), `${changed.join('\n')}\n`);
  }

  it('passes an untouched log', async () => {
    await fiveEntries();
    expect(await verifyAuditChain(dataDir)).toEqual({ ok: true, entries: 5 });
  });

  it('finds an entry whose content was changed', async () => {
    const original = await fiveEntries();
    await rewrite(
      original.map((line, i) => (i === 2 ? line.replace('"outcome":"n2"', '"outcome":"ok"') : line)),
    );
    expect(await verifyAuditChain(dataDir)).toEqual({
      ok: false,
      entries: 2,
      firstBreak: { file: 'audit-2026-11.jsonl', line: 3, seq: 3, reason: 'hash' },
    });
  });

  it('finds an entry changed and re-hashed: the next one no longer chains to it', async () => {
    const original = await fiveEntries();
    const entry = JSON.parse(original[1] ?? '') as AuditEntry;
    const unsealed: Omit<AuditEntry, 'hash'> & { hash?: string } = { ...entry, staffId: 'CB99' };
    delete unsealed.hash;
    const forged = { ...unsealed, hash: auditHash(unsealed) };
    await rewrite(original.map((line, i) => (i === 1 ? JSON.stringify(forged) : line)));
    expect(await verifyAuditChain(dataDir)).toMatchObject({
      ok: false,
      entries: 2,
      firstBreak: { line: 3, seq: 3, reason: 'chain' },
    });
  });

  it('finds a removed entry', async () => {
    const original = await fiveEntries();
    await rewrite(original.filter((_line, i) => i !== 1));
    expect(await verifyAuditChain(dataDir)).toMatchObject({
      ok: false,
      entries: 1,
      firstBreak: { line: 2, seq: 3, reason: 'sequence' },
    });
  });

  it('finds a line that is not an entry', async () => {
    const original = await fiveEntries();
    await rewrite([...original.slice(0, 4), '{"seq":5,"oops":true}']);
    expect(await verifyAuditChain(dataDir)).toMatchObject({
      ok: false,
      entries: 4,
      firstBreak: { line: 5, reason: 'unreadable' },
    });
  });

  it('reports a last line cut short by a crash, and a reopened log drops it and chains on', async () => {
    const original = await fiveEntries();
    await appendFile(join(dataDir, 'audit', 'audit-2026-11.jsonl'), original[0]?.slice(0, 40) ?? '');
    expect(await verifyAuditChain(dataDir)).toMatchObject({
      ok: false,
      entries: 5,
      firstBreak: { line: 6, reason: 'unfinished' },
    });
    const log = await openLog(november);
    const [next] = await writeSome(log, 1);
    await log.closeAll();
    expect(next?.seq).toBe(6);
    expect(await verifyAuditChain(dataDir)).toEqual({ ok: true, entries: 6 });
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[{"y":2,"z":1}]},"b":1}',
    );
  });
});
