import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage } from './browser';
import { answerByKeyboard } from './study-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Today's cell is the heatmap's one tab stop until another day is focused. */
const todayCell = (page: Page) => page.locator('.heatmap-cell[tabindex="0"]');

test('after a study session, the heatmap and today’s counts change', async () => {
  const { page, errors } = await newPage(browser);
  await page.goto('/');
  await page.getByRole('link', { name: 'Stats' }).click();
  await page.getByRole('heading', { name: 'Statistics' }).waitFor();
  await expect.poll(() => page.getByTestId('today-reviewed').textContent()).toBe('0');
  expect(await todayCell(page).getAttribute('data-count')).toBe('0');
  const newBefore = Number(await page.getByTestId('today-new').textContent());
  expect(newBefore).toBe(20); // the daily limit of new cards

  await page.goto('/decks/siege-of-emesa');
  await page.getByRole('link', { name: 'Study' }).click();
  for (let i = 0; i < 3; i++) {
    const prompt = page.locator('.card-prompt');
    await prompt.waitFor();
    const shown = await prompt.textContent();
    await answerByKeyboard(page, '4');
    await expect.poll(() => page.locator('.card-prompt').textContent()).not.toBe(shown);
  }

  await page.getByRole('link', { name: 'Stats' }).click();
  await expect.poll(() => page.getByTestId('today-reviewed').textContent()).toBe('3');
  expect(await todayCell(page).getAttribute('data-count')).toBe('3');
  expect(await todayCell(page).getAttribute('aria-label')).toMatch(/: 3 reviews$/);
  expect(Number(await page.getByTestId('today-new').textContent())).toBeLessThanOrEqual(newBefore - 3);
  expect(await page.getByTestId('today-streak').textContent()).toBe('1 day');
  await page.getByRole('heading', { name: 'Cards, weakest first' }).waitFor();

  // The heatmap works from the keyboard: a week back is one arrow press away.
  await todayCell(page).focus();
  await page.keyboard.press('ArrowLeft');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(focused).toMatch(/: 0 reviews$/);
  await page.screenshot({ path: 'test-results/stats.png', fullPage: true });

  // A card's history and forgetting curve are one click from the list.
  await page.locator('.card-list a').first().click();
  await page.getByRole('heading', { name: 'Forgetting curve' }).waitFor();
  expect(await page.locator('.history-table tbody tr').count()).toBe(1);
  await page.screenshot({ path: 'test-results/stats-card.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('the stats page fits a 320 px wide screen', async () => {
  const { page, errors } = await newPage(browser, { width: 320, height: 640 });
  await page.goto('/stats/siege-of-emesa');
  await page.getByRole('heading', { name: 'Cards, weakest first' }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/stats-320.png', fullPage: true });
  expect(errors).toEqual([]);
});
