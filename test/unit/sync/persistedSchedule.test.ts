import { describe, expect, it } from 'vitest';
import { persistedSchedule } from '../../../electron/core/sync/persistedSchedule.js';
import { ACCOUNTS, queued } from './queuedChanges.js';

const nowMs = Date.parse('2026-03-10T03:00:00.000Z');
const at = (offsetMs: number) => new Date(nowMs + offsetMs).toISOString();

function failed(seq: number, attempts: number, nextAttemptAt: string) {
  return { ...queued(seq, ACCOUNTS.a), attempts, nextAttemptAt };
}

describe('persistedSchedule: the wait a restart picks up', () => {
  it('resumes at the latest next attempt still ahead, with the failures counted so far', () => {
    const schedule = persistedSchedule(
      [failed(1, 3, at(20_000)), failed(2, 5, at(45_000)), queued(3, ACCOUNTS.b)],
      nowMs,
      300_000,
    );
    expect(schedule).toEqual({ resumeAt: nowMs + 45_000, failures: 5 });
  });

  it('goes at once when every persisted attempt is already due', () => {
    expect(persistedSchedule([failed(1, 2, at(-1_000))], nowMs, 300_000)).toEqual({ failures: 2 });
    expect(persistedSchedule([queued(1, ACCOUNTS.a)], nowMs, 300_000)).toEqual({ failures: 0 });
  });

  it('never waits more than the cap, whatever clock wrote the schedule', () => {
    expect(persistedSchedule([failed(1, 1, at(86_400_000))], nowMs, 300_000).resumeAt).toBe(nowMs + 300_000);
  });
});
