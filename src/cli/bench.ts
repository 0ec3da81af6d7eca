// `npm run bench`: runs every benchmark module in src/cli/bench/ and checks its budgets.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark } from './measure';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'bench');
// `npm run bench [name] [-- --quick]`: flags are read by the modules that take them.
const only = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
let failed = false;
for (const file of readdirSync(folder).sort()) {
  if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
  if (only && !file.startsWith(only)) continue;
  const bench = (await import(pathToFileURL(join(folder, file)).href)) as Benchmark;
  console.log(`\n# ${file}`);
  for (const m of await bench.run()) {
    const over = m.budget !== undefined && m.value > m.budget;
    const under = m.floor !== undefined && m.value < m.floor;
    failed ||= over || under;
    const unit = m.unit ? ` ${m.unit}` : '';
    const budget =
      m.budget !== undefined
        ? ` (budget ${m.budget}${unit}${over ? ': OVER' : ''})`
        : m.floor !== undefined
          ? ` (at least ${m.floor}${unit}${under ? ': UNDER' : ''})`
          : '';
    const digits = Math.abs(m.value) < 1 ? 3 : 1; // a layout shift of 0.004 is not 0
    console.log(`${m.name}: ${Number(m.value.toFixed(digits))}${unit}${budget}`);
  }
}
process.exit(failed ? 1 : 0);
