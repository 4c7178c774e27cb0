import { describe, expect, it } from 'vitest';
import { KioskDocument } from '../../../electron/core/store/kioskDocument.js';
import type { PinHash } from '../../../electron/core/store/kioskDocument.js';
import { applyStoreRecord, indexChanges, StoreRecord } from '../../../electron/core/store/storeRecords.js';

const hashOf = (fill: number): PinHash => ({
  algorithm: 'scrypt',
  N: 16_384,
  r: 8,
  p: 1,
  salt: Buffer.alloc(16, fill).toString('base64'),
  hash: Buffer.alloc(32, fill + 1).toString('base64'),
});
const at = '2026-12-02T03:00:00.000Z';
const later = '2026-12-02T04:00:00.000Z';
const expiresAt = '2026-12-03T03:00:00.000Z';

function replay(records: readonly StoreRecord[]): KioskDocument {
  const doc = KioskDocument.parse({ version: 3, nextSeq: 1, changes: [] });
  const index = indexChanges(doc);
  for (const record of records) applyStoreRecord(doc, index, StoreRecord.parse(record));
  return doc;
}

const history: StoreRecord[] = [
  { type: 'staff.enrolled', staffId: 'CB01', displayName: 'Hoa', role: 'supervisor', pinHash: hashOf(1), at },
  { type: 'staff.enrolled', staffId: 'CB09', displayName: 'Chín', role: 'staff', at },
  { type: 'staff.setupCodeIssued', staffId: 'CB09', codeHash: hashOf(3), expiresAt, at },
  { type: 'staff.pinState', staffId: 'CB09', failedAttempts: 2, lockedUntil: null, at },
  { type: 'staff.pinSet', staffId: 'CB09', pinHash: hashOf(5), at: later },
  { type: 'staff.roleChanged', staffId: 'CB09', role: 'supervisor', at: later },
  { type: 'staff.disabled', staffId: 'CB01', at: later },
  { type: 'staff.disabled', staffId: 'CB99', at: later },
];

describe('staff account records', () => {
  it('set the PIN with the code once (the code spent, the count cleared), and carry role and disabling', () => {
    const doc = replay(history);
    expect(doc.staff).toEqual([
      {
        staffId: 'CB01',
        displayName: 'Hoa',
        role: 'supervisor',
        pinHash: hashOf(1),
        enrolledAt: at,
        failedAttempts: 0,
        disabledAt: later,
      },
      {
        staffId: 'CB09',
        displayName: 'Chín',
        role: 'supervisor',
        pinHash: hashOf(5),
        enrolledAt: at,
        failedAttempts: 0,
      },
    ]);
  });

  it('end where they were when a journal tail is replayed over a document already holding it', () => {
    const once = replay(history);
    for (let from = 0; from <= history.length; from += 1) {
      expect(replay([...history, ...history.slice(from)]), `replayed from ${from}`).toEqual(once);
    }
  });

  it('a reset takes the PIN away, ends a lockout, and re-enabling clears the disabling', () => {
    const doc = replay([
      ...history,
      { type: 'staff.pinState', staffId: 'CB09', failedAttempts: 0, lockedUntil: later, at: later },
      { type: 'staff.setupCodeIssued', staffId: 'CB09', codeHash: hashOf(7), expiresAt, at: later },
      { type: 'staff.enabled', staffId: 'CB01', at: later },
    ]);
    expect(doc.staff[1]).toEqual({
      staffId: 'CB09',
      displayName: 'Chín',
      role: 'supervisor',
      enrolledAt: at,
      failedAttempts: 0,
      setupCode: { hash: hashOf(7), issuedAt: later, expiresAt },
    });
    expect(doc.staff[0]?.disabledAt).toBeUndefined();
  });
});
