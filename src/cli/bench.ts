// `npm run bench`: runs every benchmark module in src/cli/bench/ and checks the budgets.
// (A minimal runner; the deriver's runner may replace it. Each module exports `run()`.)
import * as study from './bench/study';
import type { BenchResult } from './bench/types';

const modules: Record<string, { run: () => Promise<BenchResult[]> }> = { study };
const only = process.argv[2];

let failed = false;
for (const [name, module] of Object.entries(modules)) {
  if (only && only !== name) continue;
  for (const result of await module.run()) {
    const over = result.budget !== undefined && !(result.value <= result.budget);
    failed ||= over;
    const budget = result.budget === undefined ? '' : ` (budget ${result.budget} ${result.unit})`;
    console.log(
      `${over ? 'OVER' : 'ok  '} ${result.name}: ${result.value.toFixed(1)} ${result.unit}${budget}`,
    );
  }
}
process.exit(failed ? 1 : 0);
