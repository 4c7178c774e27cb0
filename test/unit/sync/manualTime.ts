import type { Timers } from '../../../electron/core/timers.js';

interface Task {
  id: number;
  at: number;
  callback: () => void;
}

/** A clock and timers that move only when the test says so. */
export interface ManualTime {
  now: () => number;
  timers: Timers;
  /** Moves the clock, running every timer that falls due on the way, in order. */
  advance: (ms: number) => void;
  /** When the timers still set are due, soonest first. */
  pendingAt: () => number[];
}

export function manualTime(startMs = 1_000_000): ManualTime {
  let nowMs = startMs;
  let nextId = 1;
  const tasks = new Map<number, Task>();
  const timers: Timers = {
    set(callback, ms) {
      const id = nextId++;
      tasks.set(id, { id, at: nowMs + Math.max(0, ms), callback });
      return id;
    },
    clear(handle) {
      tasks.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    const target = nowMs + ms;
    for (;;) {
      const due = [...tasks.values()]
        .filter((task) => task.at <= target)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (due === undefined) break;
      tasks.delete(due.id);
      nowMs = due.at;
      due.callback();
    }
    nowMs = target;
  };
  return {
    now: () => nowMs,
    timers,
    advance,
    pendingAt: () => [...tasks.values()].map((task) => task.at).sort((a, b) => a - b),
  };
}

/** mulberry32: a repeatable uniform source in [0, 1) for jitter tests. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
