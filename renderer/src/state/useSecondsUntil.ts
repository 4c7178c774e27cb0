import { useEffect, useState } from 'react';

const TICK_MS = 250;

/**
 * Whole seconds left until `untilMs` (page clock), rounded up; 0 once it has passed or when
 * there is nothing to wait for. Re-renders while it counts, and stops ticking at 0.
 */
export function useSecondsUntil(untilMs: number | null): number {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    if (untilMs === null) return;
    // The first tick corrects a "now" from an earlier render within a quarter second.
    const timer = window.setInterval(() => {
      const now = Date.now();
      setNowMs(now);
      if (now >= untilMs) window.clearInterval(timer);
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [untilMs]);
  return untilMs === null ? 0 : Math.max(0, Math.ceil((untilMs - nowMs) / 1000));
}
