import { useCallback, useEffect, useEffectEvent, useReducer } from 'react';
import type { Dispatch } from 'react';
import type { StaffCurrent, StaffIdentity } from '../../../shared/ipc/staffContract.js';
import { useKiosk } from '../bridge/KioskProvider';
import { useLanguage } from '../i18n/LanguageProvider';
import { initialKioskState, kioskReducer, planWipe } from './kioskState';
import type { KioskAction, KioskState, WipeReason } from './kioskState';
import { useInvoke } from './useInvoke';

export interface KioskSession {
  state: KioskState;
  dispatch: Dispatch<KioskAction>;
  /** The one wipe, for every screen-side cause: Kết thúc, staff sign-out, the idle countdown. */
  wipe: (reason: WipeReason) => void;
}

function staffFrom(now: StaffCurrent): StaffIdentity | null {
  return now.signedIn && now.staffId !== undefined
    ? { staffId: now.staffId, displayName: now.displayName ?? '', role: now.role ?? 'staff' }
    : null;
}

/**
 * The kiosk's state (`kioskReducer`) wired to the core: who is signed in as staff, the core's
 * own session ends, and the side of a wipe that is not state (language, the core's session).
 */
export function useKioskSession(): KioskSession {
  const kiosk = useKiosk();
  const { setLanguage } = useLanguage();
  const [state, dispatch] = useReducer(kioskReducer, initialKioskState);

  // A fresh page knows no citizen: if it was reloaded (a crash, a restart) in the middle of a
  // session, that session ends now rather than waiting for the core's idle timer.
  useEffect(() => {
    // invoke never rejects, and a failed end changes nothing on screen: the core's idle timer ends it anyway.
    void kiosk.invoke('session.end', {});
  }, [kiosk]);

  // Who is signed in as staff survives a reload of the page (the core keeps it). Only a staff
  // member is taken from this first answer: a sign-out is told by the event below.
  useInvoke('staff.current', {}, (response) => {
    const staff = response.ok ? staffFrom(response.value) : null;
    if (staff !== null) dispatch({ type: 'staff-known', staff });
  });
  // Signed in or out elsewhere, or signed out by the core after staff inactivity.
  useEffect(
    () => kiosk.on('staff.changed', (now) => dispatch({ type: 'staff-known', staff: staffFrom(now) })),
    [kiosk],
  );

  const wipe = useCallback(
    (reason: WipeReason) => {
      const plan = planWipe(state, { reason, origin: 'screen' });
      dispatch({ type: 'wipe', reason, origin: 'screen' });
      if (plan.resetLanguage) setLanguage('vi');
      // Screen state first, then the core's session. invoke never rejects, and the core's idle
      // timers are the safety net if these calls fail.
      if (plan.endCoreSession) void kiosk.invoke('session.end', {});
      if (plan.signOutStaff) void kiosk.invoke('staff.signOut', {});
    },
    [kiosk, setLanguage, state],
  );

  // The core ends the session too (its own idle timer, a staff sign-out elsewhere).
  const onSessionEnded = useEffectEvent((reason: WipeReason) => {
    if (planWipe(state, { reason, origin: 'core' }).resetLanguage) setLanguage('vi');
    dispatch({ type: 'wipe', reason, origin: 'core' });
  });
  useEffect(() => kiosk.on('session.ended', (event) => onSessionEnded(event.reason)), [kiosk]);

  return { state, dispatch, wipe };
}
