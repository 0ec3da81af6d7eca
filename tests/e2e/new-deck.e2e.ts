import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage } from './browser';
import { revealByKeyboard } from './study-helpers';

const article = readFileSync('tests/fixtures/maren-halvik.txt', 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

test('paste an article, preview its questions, save the deck and study one of its cards', async () => {
  const { page, errors } = await newPage(browser);
  await page.goto('/');
  await page.getByRole('link', { name: 'New deck' }).click();
  await page.getByRole('heading', { name: 'New deck from article' }).waitFor();

  // A broken paste first: the error sits next to the input, and no preview appears.
  await page.getByRole('textbox', { name: 'Article text' }).fill('no title here');
  await page.getByRole('button', { name: 'Make questions' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Line 1: the article must start/);

  await page.getByRole('textbox', { name: 'Article text' }).fill(article);
  await page.getByRole('button', { name: 'Make questions' }).click();
  const heading = page.getByRole('heading', {
    level: 2,
    name: /^Maren Halvik \(1743–1801\): \d+ of \d+ questions kept$/,
  });
  await heading.waitFor();
  const [kept, total] = ((await heading.textContent()) ?? '').match(/\d+/g)?.map(Number).slice(-2) ?? [];
  expect(kept).toBe(total);
  await page
    .getByRole('button', { name: /^Drop: / })
    .first()
    .click();
  await expect.poll(() => heading.textContent()).toContain(`${(total ?? 0) - 1} of ${total} questions kept`);
  await page.screenshot({ path: 'test-results/new-deck-preview.png' });
  await page.setViewportSize({ width: 320, height: 700 });
  await heading.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/new-deck-preview-320.png' });
  // Nothing overflows sideways at 320 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await page.getByRole('button', { name: 'Save deck' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maren Halvik (1743–1801)' }).waitFor();
  await expect
    .poll(() => page.getByText(/^\d+ questions$/).textContent())
    .toBe(`${(total ?? 0) - 1} questions`);

  await page.getByRole('link', { name: 'Study' }).click();
  const prompt = page.locator('.card-prompt');
  await prompt.waitFor();
  const shown = await prompt.textContent();
  await revealByKeyboard(page);
  await page.getByRole('button', { name: 'Good' }).click();
  await expect.poll(() => page.locator('.card-prompt').textContent()).not.toBe(shown);
  expect(errors).toEqual([]);
});
