// `npm run e2e`: build the app, then run the browser tests against it.
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
const built = run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
if (built !== 0) process.exit(built);
process.exit(
  run([
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    'vitest.e2e.config.ts',
    ...process.argv.slice(2),
  ]),
);
