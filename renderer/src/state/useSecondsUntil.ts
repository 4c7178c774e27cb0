import { useEffect, useState } from 'react';

const TICK_MS = 250;

/** A wait that began at `fromMs` (read when it was learnt) and ends at `untilMs`, page clock. */
export interface Wait {
  fromMs: number;
  untilMs: number;
}

/**
 * Whole seconds left of `wait`, rounded up; 0 once it has passed or when there is none.
 * Re-renders while it counts, and stops ticking at 0.
 */
export function useSecondsUntil(wait: Wait | null): number {
  const [tickMs, setTickMs] = useState(0);
  const untilMs = wait?.untilMs;
  useEffect(() => {
    if (untilMs === undefined) return;
    const timer = window.setInterval(() => {
      const now = Date.now();
      setTickMs(now);
      if (now >= untilMs) window.clearInterval(timer);
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [untilMs]);
  if (wait === null) return 0;
  // Before the first tick of this wait, the instant it was learnt stands for "now".
  const nowMs = Math.max(tickMs, wait.fromMs);
  return Math.max(0, Math.ceil((wait.untilMs - nowMs) / 1000));
}
