import { describe, expect, it } from 'vitest';
import {
  AuditEntry,
  auditHash,
  GENESIS_HASH,
  sealAuditEntry,
} from '../../../electron/core/audit/auditEntry.js';

const facts = { action: 'staff.signIn', actor: 'staff', staffId: 'CB01' } as const;

describe('the audit entry format version', () => {
  it('new entries say they are version 2, and the hash covers it', () => {
    const entry = sealAuditEntry(facts, 1, '2026-12-01T03:00:00.000Z', GENESIS_HASH);
    expect(entry.v).toBe(2);
    const { hash, ...unsealed } = entry;
    expect(auditHash(unsealed)).toBe(hash);
    expect(auditHash({ ...unsealed, v: undefined })).not.toBe(hash);
  });

  it('reads an entry written before issue 9 (no version) as it was', () => {
    const old = { ...facts, seq: 1, at: '2026-11-01T03:00:00.000Z', prevHash: GENESIS_HASH };
    const written = { ...old, hash: auditHash(old) };
    expect(AuditEntry.parse(written)).toEqual(written);
  });

  it('never reads an entry of a newer version as one it knows', () => {
    const entry = sealAuditEntry(facts, 1, '2026-12-01T03:00:00.000Z', GENESIS_HASH);
    expect(AuditEntry.safeParse({ ...entry, v: 3 }).success).toBe(false);
  });
});
