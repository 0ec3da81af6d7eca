/** One measured number and, when it has one, its budget (`npm run bench` fails when over). */
export interface Measurement {
  name: string;
  value: number;
  unit: string;
  budget?: number;
  /** A lower bound, for scores: `npm run bench` fails when under it. */
  floor?: number;
}

/** What each module in src/cli/bench/ exports. */
export interface Benchmark {
  run(): Promise<Measurement[]>;
}

/** Median and 95th percentile of timings in milliseconds. */
export function summarize(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}
