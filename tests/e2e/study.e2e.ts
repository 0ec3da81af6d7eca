import type { Browser } from 'playwright-core';
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

test('study 5 cards by keyboard, reload, and the reviews are still there', async () => {
  const { page, errors } = await newPage(browser);
  await page.goto('/');
  await page.getByRole('link', { name: /Siege of Emesa/ }).click();
  // 33 questions, but at most 20 new cards a day (and siblings one a day).
  await expect.poll(() => page.getByTestId('count-new').textContent()).toBe('20');
  await page.getByRole('link', { name: 'Study' }).click();

  const prompts: string[] = [];
  for (let i = 0; i < 5; i++) {
    const prompt = page.locator('.card-prompt');
    await prompt.waitFor();
    prompts.push((await prompt.textContent()) ?? '');
    // Any question type, answered by keyboard; then Easy (4) instead of the suggested grade.
    await answerByKeyboard(page, '4');
    await expect.poll(() => page.locator('.card-prompt').textContent()).not.toBe(prompts[i]);
  }
  expect(new Set(prompts).size).toBe(5);
  await page.screenshot({ path: 'test-results/study.png' });

  // Easy graduates a new card straight to review, days away: after a reload none of the
  // five is offered again today, and the five count against today's 20 new: 15 left.
  await page.reload();
  const shown = await page.locator('.card-prompt').textContent();
  expect(prompts).not.toContain(shown);
  await page.goto('/decks/siege-of-emesa');
  await expect.poll(() => page.getByTestId('count-new').textContent()).toBe('15');
  const reviewCount = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('muster');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('reviewLogs').objectStore('reviewLogs').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(reviewCount).toBe(5);
  expect(errors).toEqual([]);
});
