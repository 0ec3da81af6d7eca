/**
 * `npm run bench`: runs every measurement module, prints one table, and exits non-zero
 * if any budget is broken. To add a measurement, write src/cli/bench/<name>.ts and list it here.
 */
import { deriveBench } from './bench/derive';
import type { BenchModule, BenchRow } from './bench/types';

const MODULES: BenchModule[] = [deriveBench];

function row(result: BenchRow): { line: string; ok: boolean } {
  const ok = result.budget === undefined || result.value <= result.budget;
  const budget = result.budget === undefined ? '' : `≤ ${result.budget} ${result.unit}`;
  const verdict = result.budget === undefined ? '' : ok ? 'ok' : 'OVER BUDGET';
  const value = `${result.value.toFixed(1)} ${result.unit}`;
  return { line: `  ${result.name.padEnd(44)} ${value.padStart(12)}  ${budget.padEnd(12)} ${verdict}`, ok };
}

async function main(): Promise<void> {
  let broken = 0;
  for (const module of MODULES) {
    console.log(`\n${module.title}`);
    for (const result of await module.run()) {
      const { line, ok } = row(result);
      console.log(line);
      if (!ok) broken++;
    }
  }
  if (broken > 0) {
    console.error(`\n${broken} budget${broken === 1 ? '' : 's'} broken.`);
    process.exitCode = 1;
  }
}

void main();
