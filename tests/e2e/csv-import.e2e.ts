import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage } from './browser';
import { countRows } from './flows';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const tableRows = (page: import('playwright-core').Page) =>
  page.getByRole('region', { name: 'Cards to import' }).getByRole('row').allTextContents();

test('an Excel CSV with semicolons (Windows-1252) imports with the columns the learner picks by keyboard', async () => {
  const { context, page, errors } = await newPage(browser, { width: 320, height: 700 });
  await page.goto('/import');
  await page.getByLabel('File to import').setInputFiles('tests/fixtures/interchange/excel-semicolon.csv');
  await page.getByText('Read as Windows-1252 text.').waitFor();
  const columns = page.getByRole('group', { name: 'Columns' });
  await expect
    .poll(() => columns.getByText(/^Found/).textContent())
    .toBe('Found 3 columns separated by semicolon, with a header row.');
  expect(await columns.getByLabel('Delimiter').inputValue()).toBe(';');
  await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('3 cards will be imported.');
  expect((await tableRows(page))[1]).toBe('2Wie viele Tage dauerte die Belagerung?etwa 120; im Winterdates');

  // Swap front and back with the keyboard only: the selects are reachable and change with arrows.
  await columns.getByLabel('Front column').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe(
    await columns.getByLabel('Back column').getAttribute('id'),
  );
  await page.keyboard.press('ArrowUp');
  expect(await columns.getByLabel('Front column').inputValue()).toBe('1');
  expect(await columns.getByLabel('Back column').inputValue()).toBe('0');
  await expect.poll(async () => (await tableRows(page))[2]).toBe('31,5Preis in Dinar?numbers');
  await page.screenshot({ path: 'test-results/import-csv-columns-320.png', fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await page.getByLabel('Deck title').fill('Belagerung');
  await page.getByRole('button', { name: 'Import 3 cards' }).click();
  await page.getByRole('heading', { level: 1, name: 'Belagerung' }).waitFor();
  expect(await countRows(page, 'questions')).toBeGreaterThan(3);
  expect(errors).toEqual([]);
  await context.close();
});

test('a UTF-16 file as Excel saves "Unicode Text" imports, and a zip renamed .csv is refused', async () => {
  const { context, page, errors } = await newPage(browser, { width: 360, height: 760 });
  await page.goto('/import');
  const dir = mkdtempSync(join(tmpdir(), 'muster-csv-'));
  const unicode = join(dir, 'vokabeln.csv');
  copyFileSync('tests/fixtures/interchange/excel-unicode-text.txt', unicode);
  await page.getByLabel('File to import').setInputFiles(unicode);
  await page.getByText('Read as UTF-16LE text.').waitFor();
  await expect
    .poll(() =>
      page
        .getByRole('group', { name: 'Columns' })
        .getByText(/^Found/)
        .textContent(),
    )
    .toBe('Found 2 columns separated by tab, with a header row.');
  await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('2 cards will be imported.');
  expect((await tableRows(page))[1]).toBe('2EmesaHoms, Syrien');

  const zip = join(dir, 'deck.csv');
  writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0xff, 0xfe]));
  await page.getByLabel('File to import').setInputFiles(zip);
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toMatch(/This is not a CSV file: it is a zip archive/);
  expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
