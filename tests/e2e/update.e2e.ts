import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch } from './browser';
import { countRows, gradeCards, waitForServiceWorker } from './flows';
import { serveFolder } from './static-server';
import { revealByKeyboard } from './study-helpers';

// Its own server and port: this test rebuilds the app into the folder being served.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 100;
const site = mkdtempSync(join(tmpdir(), 'muster-update-'));

function build(version: string): void {
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', site, '--emptyOutDir', '--logLevel', 'error'],
    // Vitest sets NODE_ENV=test, which would make a development build (no service worker).
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', VITE_MUSTER_VERSION: version } },
  );
  if (result.status !== 0) throw new Error(`vite build exited with ${result.status}`);
}

let browser: Browser;
let server: Server;
beforeAll(async () => {
  build('e2e-1');
  server = await serveFolder(site, PORT);
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(site, { recursive: true, force: true });
});

test('a new version is offered, not forced: the session and its answers survive the update', async () => {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/backup');
  await expect.poll(() => page.getByTestId('app-version').textContent()).toBe('Muster e2e-1');
  await waitForServiceWorker(page);

  await page.goto('/decks/siege-of-emesa/study');
  const answered = await gradeCards(page, 2, '4');
  await revealByKeyboard(page);
  const onScreen = await page.locator('.card-prompt').textContent();

  build('e2e-2');
  // Browsers look for a new worker on navigation and every so often; ask now instead of waiting.
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await banner.waitFor({ timeout: 30_000 });
  await expect
    .poll(() => banner.textContent())
    .toMatch(/You are in a session: every answer you gave is saved/);
  await page.screenshot({ path: 'test-results/update-banner.png' });
  // Nothing reloaded by itself: the revealed card is still on screen, the answers are stored.
  expect(await page.locator('.card-prompt').textContent()).toBe(onScreen);
  expect(await page.getByRole('button', { name: /^Good/ }).isVisible()).toBe(true);
  expect(await countRows(page, 'reviewLogs')).toBe(2);

  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
  // The session carries on with the cards not yet answered.
  const next = await page.locator('.card-prompt').textContent();
  expect(answered).not.toContain(next);
  expect(await countRows(page, 'reviewLogs')).toBe(2);
  await page.goto('/backup');
  await expect.poll(() => page.getByTestId('app-version').textContent()).toBe('Muster e2e-2');
  expect(errors).toEqual([]);
  await context.close();
  // A second production build runs inside this test: give it room on a busy machine.
}, 120_000);
