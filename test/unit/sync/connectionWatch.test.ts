import { describe, expect, it } from 'vitest';
import { ConnectionWatch } from '../../../electron/core/sync/connectionWatch.js';

const reached = (sentAt: number, answeredAt = sentAt + 5) => ({ reachable: true, sentAt, answeredAt });
const lost = (sentAt: number, answeredAt = sentAt + 5) => ({ reachable: false, sentAt, answeredAt });

describe('ConnectionWatch: unknown, online, offline', () => {
  it('is unknown until the national system has answered or failed once', () => {
    expect(new ConnectionWatch().state).toBe('unknown');
  });

  it('goes online after an answer and offline after a failure, and says when it changed', () => {
    const watch = new ConnectionWatch();
    expect(watch.observe(reached(100))).toBe(true);
    expect(watch.state).toBe('online');
    expect(watch.observe(reached(200))).toBe(false);
    expect(watch.observe(lost(300))).toBe(true);
    expect(watch.state).toBe('offline');
    expect(watch.observe(lost(400))).toBe(false);
    expect(watch.observe(reached(500))).toBe(true);
    expect(watch.state).toBe('online');
  });

  it('goes straight from unknown to offline when the first request fails (a kiosk started during an outage)', () => {
    const watch = new ConnectionWatch();
    expect(watch.observe(lost(100))).toBe(true);
    expect(watch.state).toBe('offline');
  });

  it('ignores a failure of a request that left before the system last answered (a late timeout)', () => {
    const watch = new ConnectionWatch();
    watch.observe(reached(1_000, 1_050));
    // Sent at 0, it timed out at 10 000: older news than the answer at 1 050.
    expect(watch.observe(lost(0, 10_000))).toBe(false);
    expect(watch.state).toBe('online');
    // Sent after that answer, its failure counts.
    expect(watch.observe(lost(1_100, 1_200))).toBe(true);
    expect(watch.state).toBe('offline');
  });

  it('lets a late answer win over an earlier failure: an answer is news whenever it left', () => {
    const watch = new ConnectionWatch();
    watch.observe(lost(500, 600));
    expect(watch.observe(reached(0, 700))).toBe(true);
    expect(watch.state).toBe('online');
  });
});
