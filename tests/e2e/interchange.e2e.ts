import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import emesa from '../../decks/siege-of-emesa/deck.json';
import { encodeAssignment } from '../../src/domain/quiz/assignment';
import { quizAssignment } from '../fixtures/quiz';
import { launch, newPage } from './browser';
import { countRows } from './flows';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

test('a deck exported as Anki text imports back as a deck of your own, on a phone-sized screen', async () => {
  const { context, page, errors } = await newPage(browser, { width: 320, height: 700 });
  await page.goto('/');
  await page.getByRole('link', { name: 'Backup' }).click();
  await page.getByRole('link', { name: 'Import or export a deck' }).click();

  await page.getByLabel('Export as').selectOption('anki');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export deck' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('siege-of-emesa-anki.txt');
  const file = join(mkdtempSync(join(tmpdir(), 'muster-export-')), 'emesa for anki.txt');
  await download.saveAs(file);
  expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('#separator:tab');

  await page.getByLabel('File to import').setInputFiles(file);
  await expect
    .poll(() => page.getByTestId('import-summary').textContent())
    .toBe(`${emesa.questions.length} cards will be imported.`);
  expect(await countRows(page, 'decks')).toBe(1);
  await page.screenshot({ path: 'test-results/import-preview-320.png', fullPage: true });
  // Nothing wider than the screen: the preview table scrolls inside itself.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await page.getByLabel('Deck title').fill('Emesa, from Anki');
  await page.getByRole('button', { name: `Import ${emesa.questions.length} cards` }).click();
  await page.getByRole('heading', { level: 1, name: 'Emesa, from Anki' }).waitFor();
  expect(page.url()).toMatch(/\/decks\/emesa-from-anki$/);
  await expect.poll(() => page.getByTestId('count-new').textContent()).toBe('20'); // the daily limit of new cards
  await page.getByRole('link', { name: 'Study' }).click();
  await page.locator('.card-prompt').waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('an Anki export with guids, decks and a cloze imports into its own deck, and importing it again updates that deck', async () => {
  const { context, page, errors } = await newPage(browser, { width: 360, height: 760 });
  await page.goto('/import');
  const file = join(mkdtempSync(join(tmpdir(), 'muster-anki-')), 'emesa notes.txt');
  writeFileSync(file, readFileSync('tests/fixtures/interchange/anki-notes-export.txt'));
  await page.getByLabel('File to import').setInputFiles(file);
  await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('7 cards will be imported.');
  const plan = page.getByTestId('import-plan');
  expect(await plan.textContent()).toContain('5 cards go to a new deck “History::Emesa”.');
  expect(await plan.textContent()).toContain('2 cards go to a new deck “History::Yarmouk”.');
  await page.screenshot({ path: 'test-results/import-anki-guids-360.png', fullPage: true });
  await page.getByRole('button', { name: 'Import 7 cards' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your decks' }).waitFor();
  expect(await countRows(page, 'decks')).toBe(3); // the bundled deck and the two Anki decks

  // The same file again, with one note changed and one added: nothing is duplicated.
  const edited = readFileSync(file, 'utf8')
    .replace('Abu Ubaidah\tcommanders', 'Abu Ubaidah ibn al-Jarrah\tcommanders')
    .concat('Nn7&Zz2\tBasic\tHistory::Emesa\tWhat is Emesa called today?\tHoms\tplaces\n');
  writeFileSync(file, edited);
  await page.goto('/import');
  await page.getByLabel('File to import').setInputFiles(file);
  await expect
    .poll(() => page.getByTestId('import-plan').textContent())
    .toContain('6 cards update your deck “History::Emesa”: 5 of them are already there');
  await page.getByRole('button', { name: 'Import 8 cards' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your decks' }).waitFor();
  expect(await countRows(page, 'decks')).toBe(3);
  expect(await countRows(page, 'questions')).toBe(emesa.questions.length + 8);
  expect(errors).toEqual([]);
  await context.close();
});

test('a Moodle GIFT file imports as decks of questions, its essays and descriptions skipped with a reason', async () => {
  const { context, page, errors } = await newPage(browser, { width: 320, height: 700 });
  await page.goto('/import');
  await page.getByLabel('File to import').setInputFiles('tests/fixtures/interchange/emesa-quiz.gift');
  // The format is told from the file's text once it is read: wait for it, not just the input.
  await expect.poll(() => page.getByLabel('Format').inputValue()).toBe('gift');
  await expect
    .poll(() => page.getByTestId('import-summary').textContent())
    .toBe('8 cards will be imported; 2 lines will be skipped.');
  await page.getByText('Line 30: an essay question has no answer to check; Muster skips it').waitFor();
  expect(await page.getByTestId('import-plan').textContent()).toContain(
    '7 cards go to a new deck “History/Emesa”.',
  );
  await page.screenshot({ path: 'test-results/import-gift-320.png', fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByRole('button', { name: 'Import 8 cards' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your decks' }).waitFor();
  await page
    .getByRole('link', { name: /History\/Emesa/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: 'History/Emesa' }).waitFor();
  await page.getByRole('link', { name: 'Study' }).click();
  // The first question is the multiple-choice one, its options buttons named by their text.
  await page.getByRole('button', { name: /Abu Ubaidah/ }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('an assignment link of the first version (questions carried in it) still opens', async () => {
  const { context, page, errors } = await newPage(browser);
  const code = await encodeAssignment(quizAssignment);
  expect(code).toMatch(/^muster\.a1\./);
  await page.goto(`/a#${code}`);
  await page.getByRole('heading', { name: quizAssignment.title }).waitFor();
  await page.getByLabel('Your name').fill('Ana');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('.card-prompt').waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('a short link to questions the app does not have says what to do', async () => {
  const { context, page } = await newPage(browser);
  const code = await encodeAssignment(quizAssignment, { byReference: true });
  await page.goto(`/a#${code}`);
  await page.getByRole('heading', { name: 'This assignment cannot be opened' }).waitFor();
  expect(await page.getByRole('alert').textContent()).toContain('ask your teacher for the assignment file');
  await context.close();
});
