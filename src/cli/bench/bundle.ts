// Initial route budget: the JavaScript the first page loads (the entry script and the chunks
// it imports, transitively, by Vite's manifest: index.html's loader adds them, not Vite's
// tags), gzip, in KB of 1,000 bytes, measured on a fresh build.
// Cheap enough for CI, which runs it as its build step.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Measurement } from '../measure';
import { chunksOf } from '../vite-manifest';

const gzipKb = (file: string) => gzipSync(readFileSync(`dist/${file}`)).length / 1000;

export async function run(): Promise<Measurement[]> {
  const built = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) throw new Error('vite build failed');
  // The entry first, then every chunk it imports (the loader in index.html preloads them all).
  const scripts = [...chunksOf('index.html')].map((path) => path.slice(1));
  const sizes = scripts.map(gzipKb);
  return [
    {
      name: `initial route JavaScript, ${scripts.length} files (gzip)`,
      value: sizes.reduce((a, b) => a + b, 0),
      unit: 'KB',
      budget: 100,
    },
    { name: 'entry chunk (gzip)', value: sizes[0] ?? 0, unit: 'KB' },
  ];
}
