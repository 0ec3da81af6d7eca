import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';

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

/**
 * A page of the app served on `port`, once the bundled deck is stored: where the benchmarks and
 * fixture scripts run their own code. tsx (esbuild, keepNames) wraps functions in __name(); the
 * page needs it to run them.
 */
export async function openAppPage(browser: Browser, port: number): Promise<Page> {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  await context.addInitScript('globalThis.__name = (target) => target;');
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: /Siege of Emesa/ }).waitFor({ timeout: 60_000 });
  return page;
}
