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
