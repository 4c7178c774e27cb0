import { z } from 'zod';
import { ChangeClosure } from '../../../shared/domain/closeReason.js';
import type { KioskDocument, QueuedChange } from './kioskDocument.js';
import { HeldChange } from './kioskDocument.js';
import type { HeldChange as HeldChangeType } from './kioskDocument.js';

/**
 * Staff closed a change that waited for them (issue 11): it becomes `closed` (final), carries the
 * closure, and releases the changes blocked behind it, all in this one record, so a replay can
 * never leave them blocked behind a change that is gone.
 */
export const ChangeClosed = z
  .object({ type: z.literal('change.closed'), changeId: z.uuid() })
  .extend(ChangeClosure.shape)
  .strict();
export type ChangeClosed = z.infer<typeof ChangeClosed>;

/**
 * The durable held-for-staff list (issue 11): `hold` adds (or restates) changes of a refused
 * batch; `release` takes changes off it (an answer came, a transient failure replaced the
 * refusal, staff resent it). Replaying it twice changes nothing.
 */
export const SyncHeldForStaff = z
  .object({
    type: z.literal('sync.heldForStaff'),
    hold: z.array(HeldChange).max(1000),
    release: z.array(z.uuid()).max(1000),
  })
  .strict();
export type SyncHeldForStaff = z.infer<typeof SyncHeldForStaff>;

/** Whether this change may be closed now: see "Closing a change" in electron/core/sync/README.md. */
export function isClosable(
  entry: Readonly<QueuedChange>,
  doc: { readonly heldForStaff: readonly HeldChangeType[] },
): boolean {
  if (entry.state === 'conflict' || entry.state === 'rejected') return true;
  return entry.state === 'pending' && isHeld(doc, entry.change.changeId);
}

export function isHeld(doc: { readonly heldForStaff: readonly HeldChangeType[] }, changeId: string): boolean {
  return doc.heldForStaff.some((held) => held.changeId === changeId);
}

export function dropHeld(doc: KioskDocument, changeIds: readonly string[]): void {
  if (doc.heldForStaff.length === 0 || changeIds.length === 0) return;
  const gone = new Set(changeIds);
  doc.heldForStaff = doc.heldForStaff.filter((held) => !gone.has(held.changeId));
}

export function applyHeldForStaff(doc: KioskDocument, record: SyncHeldForStaff): void {
  dropHeld(doc, [...record.release, ...record.hold.map((held) => held.changeId)]);
  doc.heldForStaff.push(...structuredClone(record.hold));
}

export function applyChangeClosed(
  doc: KioskDocument,
  index: ReadonlyMap<string, QueuedChange>,
  record: ChangeClosed,
): void {
  const entry = index.get(record.changeId);
  if (entry === undefined || !isClosable(entry, doc)) return;
  const { changeId, reason, note, staffId, at } = record;
  const closure = { reason, ...(note === undefined ? {} : { note }), staffId, at };
  entry.state = 'closed';
  entry.closed = closure;
  entry.updatedAt = record.at;
  delete entry.nextAttemptAt;
  dropHeld(doc, [changeId]);
  // The rule: a closed change no longer stands in its account's way.
  for (const behind of doc.changes) {
    if (behind.state !== 'blocked' || behind.blockedBy !== changeId) continue;
    behind.state = 'pending';
    delete behind.blockedBy;
    behind.updatedAt = record.at;
  }
}
