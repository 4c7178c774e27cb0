import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';

interface IdleTimerOptions {
  enabled: boolean;
  /** Inactivity, in ms, after which the citizen's traces are wiped. */
  idleMs: number;
  /** How long before that the warning shows, in ms. */
  warnMs: number;
  onIdle: () => void;
}

export interface IdleState {
  /** Whole seconds left while the warning shows; null when it does not. */
  secondsLeft: number | null;
  /** "Tiếp tục": the citizen is here, start counting again. */
  stayActive: () => void;
}

const activityEvents = ['pointerdown', 'keydown', 'wheel'] as const;
const TICK_MS = 250;

/**
 * Counts inactivity from the last touch or key anywhere on the page. Time is read from the
 * clock on each tick rather than trusted to one long timer, so a busy page or a suspended
 * machine can only make the wipe come sooner, never skip it.
 */
export function useIdleTimer({ enabled, idleMs, warnMs, onIdle }: IdleTimerOptions): IdleState {
  const lastActivity = useRef(0);
  const warning = useRef(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const fireIdle = useEffectEvent(onIdle);

  const stayActive = useCallback(() => {
    lastActivity.current = Date.now();
    warning.current = false;
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    if (!enabled) return;
    lastActivity.current = Date.now();
    warning.current = false;
    // While the warning shows, only its own buttons count: a stray touch must not hide it.
    const onActivity = () => {
      if (!warning.current) lastActivity.current = Date.now();
    };
    for (const name of activityEvents)
      window.addEventListener(name, onActivity, { capture: true, passive: true });
    const tick = window.setInterval(() => {
      const elapsed = Date.now() - lastActivity.current;
      if (elapsed >= idleMs) {
        warning.current = false;
        setSecondsLeft(null);
        fireIdle();
        return;
      }
      if (elapsed >= idleMs - warnMs) {
        warning.current = true;
        const left = Math.ceil((idleMs - elapsed) / 1000);
        setSecondsLeft((current) => (current === left ? current : left));
      }
    }, TICK_MS);
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
      window.clearInterval(tick);
      warning.current = false;
      setSecondsLeft(null);
    };
  }, [enabled, idleMs, warnMs]);

  return { secondsLeft: enabled ? secondsLeft : null, stayActive };
}

/**
 * The warning's length: 30 s for a citizen, 60 s for staff (at the counter they may be turned
 * to the citizen or the card, and a sign-out costs them their PIN again); or a third of a short
 * timeout, so it always has time to show.
 */
export function warningMsFor(idleMs: number, staff: boolean): number {
  return Math.min(staff ? 60_000 : 30_000, Math.floor(idleMs / 3));
}
