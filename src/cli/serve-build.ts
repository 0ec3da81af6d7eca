import { type ChildProcess, spawn, spawnSync } from 'node:child_process';

/** Builds the app into dist/ (vite's warnings only). */
export function buildApp(): void {
  const built = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) throw new Error('vite build failed');
}

/** Serves dist/ with `vite preview` on `port`; resolves once it answers. Kill the process when done. */
export async function serveBuild(port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on port ${port}`);
}
