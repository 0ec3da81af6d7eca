// Initial route budget: the JavaScript the first page loads (the entry script and the chunks
// index.html preloads with it, by Vite's manifest: index.html adds them itself once it has
// painted), gzip, in KB of 1,000 bytes, measured on a fresh build.
// Cheap enough for CI, which runs it as its build step.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Measurement } from '../measure';

const gzipKb = (file: string) => gzipSync(readFileSync(`dist/${file}`)).length / 1000;

type Manifest = Record<string, { file: string; imports?: string[] }>;

export async function run(): Promise<Measurement[]> {
  const built = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) throw new Error('vite build failed');
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Manifest;
  const entry = manifest['index.html'];
  if (!entry) throw new Error('the build has no index.html entry');
  const scripts = [entry.file, ...(entry.imports ?? []).map((chunk) => manifest[chunk]?.file ?? chunk)];
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
