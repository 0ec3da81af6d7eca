import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage } from './browser';
import { answerByKeyboard, logCount, reviewLogs } from './study-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

test('a 20-card session by keyboard across types, two undos, reload, resume', async () => {
  const { page, errors } = await newPage(browser);
  await page.goto('/decks/siege-of-emesa/study');
  const kinds = new Set<string>();
  const prompts: (string | null)[] = [];
  for (let i = 1; i <= 20; i++) {
    await page.locator('.card-prompt').waitFor();
    prompts.push(await page.locator('.card-prompt').textContent());
    kinds.add(await answerByKeyboard(page));
    await expect.poll(() => logCount(page)).toBe(i);
  }
  expect(kinds.size).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: 'test-results/study-session-20.png' });

  // Ctrl+Z works even when the focus is in an empty answer field (plain Z would be typed there).
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => logCount(page)).toBe(18);
  // Back on the 19th card, unanswered.
  await expect.poll(() => page.locator('.card-prompt').textContent()).toBe(prompts[18]);
  expect(await page.locator('.grade-buttons').count()).toBe(0);

  await page.reload();
  await page.locator('.card-prompt').waitFor();
  expect(await logCount(page)).toBe(18);
  // Resume: two more answers are saved on top of the 18.
  for (let i = 19; i <= 20; i++) {
    await page.locator('.card-prompt').waitFor();
    await answerByKeyboard(page);
    await expect.poll(() => logCount(page)).toBe(i);
  }
  expect(errors).toEqual([]);
});

test('two pages on one database grade in turn without grading a card twice', async () => {
  const { context, page: first, errors } = await newPage(browser);
  await first.goto('/decks/siege-of-emesa/study');
  await first.locator('.card-prompt').waitFor();
  const second = await context.newPage();
  second.on('pageerror', (error) => errors.push(error.message));
  await second.goto('/decks/siege-of-emesa/study');
  await second.locator('.card-prompt').waitFor();
  // Both show the same first card.
  expect(await second.locator('.card-prompt').textContent()).toBe(
    await first.locator('.card-prompt').textContent(),
  );

  for (let turn = 1; turn <= 6; turn++) {
    const page = turn % 2 === 1 ? first : second;
    const other = turn % 2 === 1 ? second : first;
    await page.bringToFront();
    const answered = await page.locator('.card-prompt').textContent();
    expect(await other.locator('.card-prompt').textContent()).toBe(answered);
    await answerByKeyboard(page);
    await expect.poll(() => logCount(page)).toBe(turn);
    // The other page moves off the card just answered (it hears of the write and re-reads its queue).
    await expect.poll(() => other.locator('.card-prompt').textContent()).not.toBe(answered);
  }

  const logs = await reviewLogs(first);
  expect(logs).toHaveLength(6);
  const states = logs.map((log) => `${log.cardKey}@${log.before.queue}/${log.before.due}`);
  expect(new Set(states).size).toBe(6);
  expect(errors).toEqual([]);
});
