import { describe, expect, it } from 'vitest';
import { RetrySchedule } from '../../../electron/core/sync/RetrySchedule.js';
import { manualTime } from './manualTime.js';

function schedule(probeIntervalMs = 1_000) {
  const time = manualTime();
  const log: string[] = [];
  const retry = new RetrySchedule({
    timers: time.timers,
    now: time.now,
    probeIntervalMs,
    due: () => log.push(`due@${time.now()}`),
    probe: () => log.push(`probe@${time.now()}`),
  });
  return { time, log, retry, t0: time.now() };
}

describe('RetrySchedule', () => {
  it('calls the attempt when the wait is over, once', () => {
    const { time, log, retry, t0 } = schedule();
    retry.waitFor({ until: t0 + 500, floor: t0, earlyOnContact: false });
    expect(retry.waiting).toBe(true);
    time.advance(499);
    expect(log).toEqual([]);
    time.advance(10_000);
    expect(log).toEqual([`due@${t0 + 500}`]);
    expect(retry.waiting).toBe(false);
  });

  it('probes periodically during a long wait after silence, and goes at once when contact is back', () => {
    const { time, log, retry, t0 } = schedule(1_000);
    retry.waitFor({ until: t0 + 60_000, floor: t0, earlyOnContact: true });
    time.advance(3_500);
    expect(log).toEqual([`probe@${t0 + 1_000}`, `probe@${t0 + 2_000}`, `probe@${t0 + 3_000}`]);
    retry.contact();
    time.advance(0);
    expect(log.at(-1)).toBe(`due@${t0 + 3_500}`);
    time.advance(120_000);
    expect(log.filter((line) => line.startsWith('due'))).toHaveLength(1);
    expect(log.filter((line) => line.startsWith('probe'))).toHaveLength(3);
  });

  it('never goes before the Retry-After floor, even when contact is back', () => {
    const { time, log, retry, t0 } = schedule(1_000);
    retry.waitFor({ until: t0 + 60_000, floor: t0 + 5_000, earlyOnContact: true });
    time.advance(1_500);
    retry.contact();
    time.advance(3_000);
    expect(log.filter((line) => line.startsWith('due'))).toEqual([]);
    time.advance(1_000);
    expect(log.at(-1)).toBe(`due@${t0 + 5_000}`);
  });

  it('ignores contact when the service itself asked the kiosk to hold off (a refusal or 429)', () => {
    const { time, log, retry, t0 } = schedule(1_000);
    retry.waitFor({ until: t0 + 10_000, floor: t0, earlyOnContact: false });
    retry.contact();
    time.advance(9_999);
    expect(log).toEqual([]);
    time.advance(1);
    expect(log).toEqual([`due@${t0 + 10_000}`]);
  });

  it('does not probe when the attempt itself comes within a probe interval', () => {
    const { time, log, retry, t0 } = schedule(1_000);
    retry.waitFor({ until: t0 + 800, floor: t0, earlyOnContact: true });
    time.advance(2_000);
    expect(log).toEqual([`due@${t0 + 800}`]);
  });

  it('probes at once when asked (a restart during an outage), and cancel stops everything', () => {
    const { time, log, retry, t0 } = schedule(1_000);
    retry.waitFor({ until: t0 + 60_000, floor: t0, earlyOnContact: true }, true);
    expect(log).toEqual([`probe@${t0}`]);
    retry.cancel();
    time.advance(120_000);
    expect(log).toEqual([`probe@${t0}`]);
    expect(time.pendingAt()).toEqual([]);
  });
});
