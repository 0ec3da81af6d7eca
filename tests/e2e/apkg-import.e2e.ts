import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import emesa from '../../decks/siege-of-emesa/deck.json';
import { launch, newPage } from './browser';
import { countRows, waitForServiceWorker } from './flows';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The fixture's "today": its Romulus card is due this day, Constantinople in 2 days, the Rubicon in 5. */
const TODAY = new Date('2026-03-10T10:00:00Z');
const DAY = 86_400_000;
const PACKAGE = 'tests/fixtures/interchange/anki21b-history.apkg';

test('an Anki package with review history imports with its cards due as Anki had them, and its history shows on the card page', async () => {
  const { context, page, errors } = await newPage(browser, { width: 360, height: 760 });
  await page.clock.setSystemTime(TODAY);
  await page.goto('/import');

  await page.getByLabel('Anki package (.apkg)').setInputFiles(PACKAGE);
  const summary = page.getByTestId('apkg-summary');
  await expect
    .poll(() => summary.textContent(), { timeout: 20_000 })
    .toContain(
      "8 notes in collection.anki21b: 9 cards to import (4 cards with Anki's schedule), 33 past reviews",
    );
  expect(await summary.textContent()).toContain('Left out: 1 image: Muster cards hold text only.');
  expect(await summary.textContent()).toContain('1 note of type “Vocabulary”');
  expect(await page.getByTestId('import-summary').textContent()).toBe(
    '9 cards will be imported; 1 note will be skipped.',
  );
  expect(await page.getByTestId('import-plan').textContent()).toContain('to a new deck “History::Rome”');
  // Nothing is stored before the learner says so.
  expect(await countRows(page, 'reviewLogs')).toBe(0);
  await page.screenshot({ path: 'test-results/apkg-import-360.png', fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.getByRole('button', { name: 'Import 9 cards with their history' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  expect(await countRows(page, 'reviewLogs')).toBe(32);

  // Today: Romulus is due; Constantinople (2 days) and the Rubicon (5 days) are not. Four cards
  // are new, one per note a day (the two cloze cards are siblings, as in Anki): 3 today.
  await page.goto('/decks/history-rome');
  await expect.poll(() => page.getByTestId('count-review').textContent()).toBe('1');
  expect(await page.getByTestId('count-new').textContent()).toBe('3');
  expect(await page.getByTestId('count-learning').textContent()).toBe('0');

  // The card page shows Anki's answers as the card's history.
  await page.goto('/stats/history-rome/cards/anki-muster-capital');
  await page.getByRole('heading', { level: 1, name: 'Capital of the Eastern Roman Empire' }).waitFor();
  const rows = page.locator('.history-table tbody tr');
  await expect.poll(() => rows.count()).toBe(7);
  expect(await rows.nth(3).locator('td').nth(1).textContent()).toBe('again');

  // Five days on, the Rubicon and Constantinople are due too.
  await page.clock.setSystemTime(new Date(TODAY.getTime() + 5 * DAY));
  await page.goto('/decks/history-rome');
  await expect.poll(() => page.getByTestId('count-review').textContent()).toBe('3');
  expect(errors).toEqual([]);
  await context.close();
});

test('a deck exported as an Anki package from the export screen imports back with the same cards', async () => {
  const { context, page, errors } = await newPage(browser);
  await page.goto('/import');
  await page.getByLabel('Export as').selectOption('apkg');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export deck' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('siege-of-emesa.apkg');
  const file = join(mkdtempSync(join(tmpdir(), 'muster-apkg-')), 'emesa.apkg');
  await download.saveAs(file);
  await page.getByLabel('Anki package (.apkg)').setInputFiles(file);
  await expect
    .poll(() => page.getByTestId('import-summary').textContent(), { timeout: 20_000 })
    .toBe(`${emesa.questions.length} cards will be imported.`);
  expect(await page.getByTestId('apkg-summary').textContent()).toContain('0 past reviews');
  expect(errors).toEqual([]);
  await context.close();
});

test('with the network gone, an Anki package is still read: the service worker holds sql.js and its wasm', async () => {
  const { context, page, errors } = await newPage(browser);
  await page.goto('/import');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByLabel('Anki package (.apkg)').setInputFiles(PACKAGE);
  await expect
    .poll(() => page.getByTestId('import-summary').textContent(), { timeout: 20_000 })
    .toBe('9 cards will be imported; 1 note will be skipped.');
  expect(errors).toEqual([]);
  await context.close();
});

test('a file that is not an Anki package is refused with a message, and nothing is written', async () => {
  const { context, page, errors } = await newPage(browser);
  await page.goto('/import');
  await page.getByLabel('Anki package (.apkg)').setInputFiles({
    name: 'renamed.apkg',
    mimeType: 'application/zip',
    buffer: Buffer.from('front\tback\n'),
  });
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('This is not an Anki package');
  expect(await countRows(page, 'decks')).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});
