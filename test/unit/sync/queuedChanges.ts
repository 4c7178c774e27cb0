import type { ChangeState } from '../../../shared/domain/change.js';
import type { QueuedChange } from '../../../electron/core/store/kioskDocument.js';

/** A stable UUID per seq, so expectations can name changes. */
export function idFor(seq: number): string {
  return `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
}

export const ACCOUNTS = {
  a: '001090000001',
  b: '001090000002',
  c: '001090000003',
  d: '001090000004',
} as const;

/** A queued change on `idNumber` with this seq and state; blocked ones may name their blocker. */
export function queued(
  seq: number,
  idNumber: string,
  state: ChangeState = 'pending',
  blockedBy?: string,
): QueuedChange {
  const at = '2026-03-10T02:30:00.000Z';
  return {
    change: {
      changeId: idFor(seq),
      seq,
      kind: 'unlink-device',
      idNumber,
      deviceId: `device-${seq}`,
      evidence: { method: 'staff', verifiedAt: at, staffId: 'CB01' },
      createdAt: at,
    },
    state,
    attempts: 0,
    ...(blockedBy === undefined ? {} : { blockedBy }),
    updatedAt: at,
  };
}
