export interface Percentiles {
  p50Ms: number;
  p99Ms: number;
  samples: number;
}

export function percentiles(timingsMs: readonly number[]): Percentiles {
  const sorted = [...timingsMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return { p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), samples: sorted.length };
}

/**
 * The timing at or below which `p` percent of them fall (nearest rank: 95 of 20 samples is the
 * 19th), rounded to 0.1 ms; NaN with none. The browser benches report p50, p95 and max with it.
 */
export function percentile(timingsMs: readonly number[], p: number): number {
  const sorted = [...timingsMs].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[index] ?? Number.NaN) * 10) / 10;
}
