import { describe, expect, it } from 'vitest';
import { StaffSession } from '../../../electron/core/staff/StaffSession.js';
import type { StaffSignOutReason } from '../../../electron/core/staff/StaffSession.js';
import { manualTime } from '../sync/manualTime.js';

function desk(idleMs = 10_000) {
  const time = manualTime();
  const signedOut: [string, StaffSignOutReason][] = [];
  const staff = new StaffSession({
    idleMs,
    now: time.now,
    timers: time.timers,
    onSignedOut: (who, reason) => signedOut.push([who.staffId, reason]),
  });
  return { time, staff, signedOut };
}

const hoa = { staffId: 'CB01', displayName: 'Cán bộ Nguyễn Thị Hoa', role: 'supervisor' as const };

describe('the staff session', () => {
  it('signs an idle staff member out when the timer fires', () => {
    const { time, staff, signedOut } = desk();
    staff.signIn(hoa);
    time.advance(9_999);
    expect(staff.current()?.staffId).toBe('CB01');
    time.advance(1);
    expect(staff.current()).toBeUndefined();
    expect(signedOut).toEqual([['CB01', 'idle']]);
  });

  it('restarts the countdown on every touch', () => {
    const { time, staff, signedOut } = desk();
    staff.signIn(hoa);
    for (let i = 0; i < 5; i++) {
      time.advance(8_000);
      staff.touch();
    }
    expect(staff.current()?.staffId).toBe('CB01');
    expect(signedOut).toEqual([]);
  });

  it('refuses STAFF_REQUIRED when nobody is signed in', () => {
    const { staff } = desk();
    expect(() => staff.require()).toThrow(expect.objectContaining({ code: 'STAFF_REQUIRED' }));
  });

  it('signs the previous staff member out when another signs in, and keeps the same one signed in', () => {
    const { staff, signedOut } = desk();
    const first = staff.signIn(hoa);
    first.changeIds.add('a');
    expect(staff.signIn(hoa).changeIds.has('a')).toBe(true);
    staff.signIn({ staffId: 'CB02', displayName: 'Cán bộ khác', role: 'staff' });
    expect(signedOut).toEqual([['CB01', 'replaced']]);
    expect(staff.current()?.changeIds.size).toBe(0);
  });

  it('tells once per sign-out', () => {
    const { staff, signedOut } = desk();
    staff.signIn(hoa);
    staff.signOut('signed-out');
    staff.signOut('signed-out');
    expect(signedOut).toEqual([['CB01', 'signed-out']]);
    expect(staff.signedIn).toBe(false);
  });
});
