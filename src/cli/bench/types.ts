/** One measured number; a budget makes `npm run bench` fail when it is exceeded. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  budget?: number;
}
