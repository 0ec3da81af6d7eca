// `npm run bench`: runs every benchmark module in src/cli/bench/ and checks its budgets.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark } from './measure';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv[2];
let failed = false;
for (const file of readdirSync(folder).sort()) {
  if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
  if (only && !file.startsWith(only)) continue;
  const bench = (await import(pathToFileURL(join(folder, file)).href)) as Benchmark;
  console.log(`\n# ${file}`);
  for (const m of await bench.run()) {
    const over = m.budget !== undefined && m.value > m.budget;
    failed ||= over;
    const budget = m.budget === undefined ? '' : ` (budget ${m.budget} ${m.unit}${over ? ': OVER' : ''})`;
    console.log(`${m.name}: ${Number(m.value.toFixed(1))} ${m.unit}${budget}`);
  }
}
process.exit(failed ? 1 : 0);
