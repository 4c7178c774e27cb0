import { describe, expect, it } from 'vitest';
import { ClockOffset, offsetBounds } from '../../../electron/core/upstream/clockOffset.js';

const HOUR_MS = 3_600_000;
const serviceAt = (ms: number) => new Date(ms).toUTCString();

describe('offsetBounds: what one Date header says about the service clock', () => {
  it('spans the round trip plus the header’s one-second resolution', () => {
    const service = Date.parse('2026-03-10T02:30:00.000Z');
    expect(offsetBounds(serviceAt(service), 1_000, 1_200)).toEqual({
      minMs: service - 1_200,
      maxMs: service + 999 - 1_000,
    });
  });

  it('learns nothing without a readable header or when the kiosk clock ran backwards', () => {
    expect(offsetBounds(null, 0, 10)).toBeUndefined();
    expect(offsetBounds('not a date', 0, 10)).toBeUndefined();
    expect(offsetBounds(serviceAt(5_000_000), 20, 10)).toBeUndefined();
  });
});

describe('ClockOffset', () => {
  it('corrects a kiosk clock an hour fast to within the header resolution', () => {
    const service = Date.parse('2026-03-10T02:30:00.000Z');
    let kiosk = service + HOUR_MS + 250;
    const clock = new ClockOffset(() => kiosk);
    expect(clock.observe(serviceAt(service), kiosk - 20, kiosk)).toBe(true);
    expect(Math.abs(clock.now() - (service + 250))).toBeLessThanOrEqual(1_000);
    kiosk += 60_000;
    expect(Math.abs(clock.now() - (service + 250 + 60_000))).toBeLessThanOrEqual(1_000);
  });

  it('also corrects a clock that is behind', () => {
    const service = Date.parse('2026-03-10T02:30:00.000Z');
    const kiosk = service - 2 * HOUR_MS;
    const clock = new ClockOffset(() => kiosk);
    clock.observe(serviceAt(service), kiosk, kiosk + 5);
    expect(Math.abs(clock.offsetMs - 2 * HOUR_MS)).toBeLessThanOrEqual(1_000);
  });

  it('keeps its offset while answers agree with it, so it does not wobble by the header’s rounding', () => {
    const service = Date.parse('2026-03-10T02:30:00.000Z');
    const clock = new ClockOffset(() => service);
    expect(clock.observe(serviceAt(service), service - 10, service + 10)).toBe(false);
    expect(clock.observe(serviceAt(service + 1_000), service + 900, service + 1_100)).toBe(false);
    expect(clock.offsetMs).toBe(0);
  });

  it('moves only when an answer proves the offset wrong', () => {
    const service = Date.parse('2026-03-10T02:30:00.000Z');
    const clock = new ClockOffset(() => service);
    expect(clock.observe(serviceAt(service + 10_000), service, service + 100)).toBe(true);
    expect(clock.offsetMs).toBeGreaterThanOrEqual(10_000 - 100);
    expect(clock.offsetMs).toBeLessThanOrEqual(10_999);
  });

  it('signs with whole milliseconds', () => {
    const clock = new ClockOffset(() => 1_000.4);
    expect(Number.isInteger(clock.now())).toBe(true);
  });
});
