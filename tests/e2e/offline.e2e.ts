import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage } from './browser';
import { countRows, deckCounts, gradeCards, waitForServiceWorker } from './flows';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

test('after one visit, the app, a deep link and a study session work offline; the reviews are kept', async () => {
  const { context, page, errors } = await newPage(browser);
  await page.goto('/');
  await page.getByRole('link', { name: /Siege of Emesa/ }).waitFor();
  await waitForServiceWorker(page);
  // Chromium's own verdict on installability (manifest, icons, service worker). Test contexts
  // are incognito profiles, which never install; any other objection would be ours.
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito']);

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('link', { name: /Siege of Emesa/ }).waitFor();
  // A deep link, typed into the address bar while offline, opens from the service worker.
  await page.goto('/decks/siege-of-emesa/study');
  await gradeCards(page, 5, '4');
  await page.screenshot({ path: 'test-results/offline-study.png' });
  expect(await countRows(page, 'reviewLogs')).toBe(5);

  await context.setOffline(false);
  await page.reload();
  await page.locator('.card-prompt').waitFor();
  expect(await countRows(page, 'reviewLogs')).toBe(5);
  expect(await deckCounts(page, 'siege-of-emesa')).toEqual(['15', '0', '0']);
  expect(errors).toEqual([]);
  await context.close();
});

test('on the very first visit, a screen not opened yet still opens after the network goes', async () => {
  const { context, page, errors } = await newPage(browser);
  await page.goto('/');
  await page.getByRole('link', { name: /Siege of Emesa/ }).waitFor();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  // Same page, no reload: the Stats chunk was never loaded, and must come from the precache.
  await page.getByRole('link', { name: 'Stats', exact: true }).click();
  await page.locator('[data-ready="today"]').waitFor();
  expect(await page.getByRole('heading', { name: 'Statistics' }).count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('a backup restored in another browser gives the same due counts', async () => {
  const first = await newPage(browser);
  await first.page.goto('/decks/siege-of-emesa/study');
  await gradeCards(first.page, 3, '3');
  await gradeCards(first.page, 1, '1');
  const counts = await deckCounts(first.page, 'siege-of-emesa');
  expect(counts).not.toEqual(['20', '0', '0']);

  await first.page.goto('/backup');
  const [download] = await Promise.all([
    first.page.waitForEvent('download'),
    first.page.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'muster-backup-')), download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^muster-backup-\d{4}-\d{2}-\d{2}\.json$/);

  const second = await newPage(browser);
  await second.page.goto('/backup');
  await second.page.getByLabel('Backup file').setInputFiles(file);
  await second.page.getByTestId('restore-summary').waitFor();
  await second.page.getByRole('radio', { name: /Replace everything/ }).check();
  await second.page.getByRole('button', { name: 'Restore' }).click();
  await second.page.getByText(/^Restored\./).waitFor();
  await second.page.screenshot({ path: 'test-results/restore.png', fullPage: true });

  expect(await deckCounts(second.page, 'siege-of-emesa')).toEqual(counts);
  for (const table of ['decks', 'questions', 'cards', 'reviewLogs', 'settings', 'meta']) {
    expect(await countRows(second.page, table), table).toBe(await countRows(first.page, table));
  }
  expect([...first.errors, ...second.errors]).toEqual([]);
  await first.context.close();
  await second.context.close();
});
