import { describe, expect, it } from 'vitest';
import { LaunchGate } from '../../../electron/web/launch/launchGate.js';

/** A clock the test moves by hand: expiry is decided by it, never by waiting. */
function handClock(start = Date.parse('2026-12-01T03:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('LaunchGate: single-use launch codes and the one kiosk session', () => {
  it('exchanges a code once for a session; the second and third use are refused as used', () => {
    const gate = new LaunchGate();
    const { code } = gate.mint({ label: 'start' });
    const first = gate.exchange(code);
    expect(first).toMatchObject({ ok: true, label: 'start' });
    if (!first.ok) throw new Error('refused');
    expect(gate.admits(first.session)).toBe(true);
    expect(gate.exchange(code)).toEqual({ ok: false, code: 'LAUNCH_CODE_USED' });
    expect(gate.exchange(code)).toEqual({ ok: false, code: 'LAUNCH_CODE_USED' });
    // The refusals changed nothing: the session opened by the code still stands.
    expect(gate.admits(first.session)).toBe(true);
  });

  it('makes codes and sessions of at least 192 random bits, different every time', () => {
    const gate = new LaunchGate();
    const codes = new Set(Array.from({ length: 50 }, () => gate.mint({ label: 'x' }).code));
    expect(codes.size).toBe(50);
    for (const code of codes) expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes
    const sessions = [...codes].map((code) => {
      const exchange = gate.exchange(code);
      return exchange.ok ? exchange.session : '';
    });
    expect(new Set(sessions).size).toBe(50);
    for (const session of sessions)
      expect(Buffer.from(session, 'base64url').length * 8).toBeGreaterThanOrEqual(192);
  });

  it('refuses an unknown, a missing or a malformed code as BAD_LAUNCH_CODE', () => {
    const gate = new LaunchGate();
    gate.mint({ label: 'start', code: 'fixed-code-0123456789' });
    expect(gate.exchange('fixed-code-0123456788')).toEqual({ ok: false, code: 'BAD_LAUNCH_CODE' });
    expect(gate.exchange(null)).toEqual({ ok: false, code: 'BAD_LAUNCH_CODE' });
    expect(gate.exchange('short')).toEqual({ ok: false, code: 'BAD_LAUNCH_CODE' });
    expect(gate.exchange('fixed code 0123456789')).toEqual({ ok: false, code: 'BAD_LAUNCH_CODE' });
    // None of that used the real code up.
    expect(gate.exchange('fixed-code-0123456789')).toMatchObject({ ok: true });
  });

  it('lets a code with a TTL die unused: LAUNCH_CODE_EXPIRED, then again on the next try', () => {
    const clock = handClock();
    const gate = new LaunchGate({ now: clock.now });
    const { code, expiresAt } = gate.mint({ label: 'window', ttlMs: 60_000 });
    expect(expiresAt).toBe(clock.now() + 60_000);
    clock.advance(60_000);
    expect(gate.exchange(code)).toEqual({ ok: false, code: 'LAUNCH_CODE_EXPIRED' });
    expect(gate.exchange(code)).toEqual({ ok: false, code: 'LAUNCH_CODE_EXPIRED' });
  });

  it('accepts a code with a TTL used in time, and keeps a code without one until its first use', () => {
    const clock = handClock();
    const gate = new LaunchGate({ now: clock.now });
    const window = gate.mint({ label: 'window', ttlMs: 60_000 });
    const printed = gate.mint({ label: 'printed' });
    clock.advance(59_999);
    expect(gate.exchange(window.code)).toMatchObject({ ok: true, label: 'window' });
    clock.advance(30 * 24 * 3_600_000);
    expect(gate.exchange(printed.code)).toMatchObject({ ok: true, label: 'printed' });
  });

  it('names a code that expired while others were made as expired, not unknown', () => {
    const clock = handClock();
    const gate = new LaunchGate({ now: clock.now });
    const { code } = gate.mint({ label: 'window', ttlMs: 1_000 });
    clock.advance(2_000);
    gate.mint({ label: 'later' }); // sweeps the dead code out of the live ones
    expect(gate.exchange(code)).toEqual({ ok: false, code: 'LAUNCH_CODE_EXPIRED' });
  });

  it('replaces the session at each new exchange: the kiosk has one window', () => {
    const gate = new LaunchGate();
    const first = gate.exchange(gate.mint({ label: 'start' }).code);
    const second = gate.exchange(gate.mint({ label: 'open' }).code);
    if (!first.ok || !second.ok) throw new Error('refused');
    expect(gate.admits(second.session)).toBe(true);
    expect(gate.admits(first.session)).toBe(false);
  });

  it('admits nobody before the first exchange, and never an empty or missing session', () => {
    const gate = new LaunchGate();
    expect(gate.admits(undefined)).toBe(false);
    expect(gate.admits('')).toBe(false);
    gate.mint({ label: 'start' });
    expect(gate.admits('anything')).toBe(false);
  });

  it('refuses to fix a code of the wrong shape', () => {
    expect(() => new LaunchGate().mint({ label: 'start', code: 'too-short' })).toThrow(RangeError);
  });
});
