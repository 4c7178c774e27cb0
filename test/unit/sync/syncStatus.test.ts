import { describe, expect, it } from 'vitest';
import { composeStatus, StatusPublisher } from '../../../electron/core/sync/syncStatus.js';
import type { StatusReading } from '../../../electron/core/sync/syncStatus.js';
import { SyncStatus } from '../../../shared/ipc/contract.js';
import { manualTime } from './manualTime.js';

const nowMs = Date.parse('2026-03-10T03:00:00.000Z');

describe('composeStatus', () => {
  it('fits the contract, with the age of the oldest unsent change and staff work counted', () => {
    const { status } = composeStatus(
      { pending: 3, sending: 1, blocked: 2, needsStaff: 5, oldestUnsentAt: '2026-03-10T02:00:00.000Z' },
      {
        connection: 'offline',
        lastSuccessAt: '2026-03-10T01:00:00.000Z',
        lastError: { code: 'UPSTREAM_REFUSED', details: { status: 401, upstreamCode: 'BAD_SIGNATURE' } },
      },
      nowMs,
    );
    expect(SyncStatus.parse(status)).toEqual(status);
    expect(status).toMatchObject({
      connection: 'offline',
      pending: 3,
      sending: 1,
      blocked: 2,
      needsStaff: 5,
    });
    expect(status.oldestPendingAgeMs).toBe(3_600_000);
    expect(status.lastError).toEqual({
      code: 'UPSTREAM_REFUSED',
      details: { status: 401, upstreamCode: 'BAD_SIGNATURE' },
    });
  });

  it('leaves the optional fields out when there is nothing to say', () => {
    const { status } = composeStatus(
      { pending: 0, sending: 0, blocked: 0, needsStaff: 0 },
      { connection: 'online' },
      nowMs,
    );
    expect(status).toEqual({
      connection: 'online',
      pending: 0,
      sending: 0,
      blocked: 0,
      needsStaff: 0,
      ageing: 'ok',
    });
  });

  it('gives the same key while only the age grows', () => {
    const summary = {
      pending: 1,
      sending: 0,
      blocked: 0,
      needsStaff: 0,
      oldestUnsentAt: '2026-03-10T02:00:00.000Z',
    };
    const facts = { connection: 'online' as const };
    expect(composeStatus(summary, facts, nowMs).key).toBe(composeStatus(summary, facts, nowMs + 60_000).key);
    expect(composeStatus(summary, facts, nowMs).key).not.toBe(
      composeStatus({ ...summary, pending: 2 }, facts, nowMs).key,
    );
  });
});

describe('StatusPublisher', () => {
  function publisher() {
    const time = manualTime();
    let reading: StatusReading = composeStatus(
      { pending: 1, sending: 0, blocked: 0, needsStaff: 0 },
      { connection: 'online' },
      time.now(),
    );
    const published: SyncStatus[] = [];
    const board = new StatusPublisher(
      () => reading,
      (status) => published.push(status),
      time.timers,
      100,
    );
    const set = (pending: number) => {
      reading = composeStatus(
        { pending, sending: 0, blocked: 0, needsStaff: 0 },
        { connection: 'online' },
        0,
      );
    };
    return { time, board, published, set };
  }

  it('publishes a burst of changes once, after the interval', () => {
    const { time, board, published, set } = publisher();
    for (let i = 0; i < 1_000; i++) {
      set(i);
      board.changed();
    }
    expect(published).toEqual([]);
    time.advance(100);
    expect(published.map((status) => status.pending)).toEqual([999]);
  });

  it('publishes nothing when nothing changed since the last publication', () => {
    const { time, board, published, set } = publisher();
    board.changed();
    time.advance(100);
    board.changed();
    time.advance(100);
    set(5);
    board.changed();
    time.advance(100);
    expect(published.map((status) => status.pending)).toEqual([1, 5]);
  });

  it('stops publishing once stopped', () => {
    const { time, board, published } = publisher();
    board.changed();
    board.stop();
    time.advance(1_000);
    board.flush();
    expect(published).toEqual([]);
    expect(time.pendingAt()).toEqual([]);
  });
});
