/** One measured number in the `npm run bench` table. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The largest value that passes; no budget means the row is for information. */
  budget?: number;
}

/** A measurement module: src/cli/bench/<name>.ts exports one of these. */
export interface BenchModule {
  title: string;
  run: () => Promise<BenchRow[]>;
}

/** Median and 95th percentile of timings in milliseconds. */
export function summarize(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}
