import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

test('practice quiz on numbers: score, review, history, and mistakes lead the next study session', async () => {
  const { page, errors, context } = await newPage(browser, { width: 320, height: 700 });
  await page.goto('/quizzes');
  await page.getByRole('link', { name: 'Practice quiz' }).click();
  for (const topic of ['commanders', 'dates', 'places', 'strategy']) {
    await page.getByRole('checkbox', { name: topic }).uncheck();
  }
  await page.getByRole('button', { name: 'Start quiz' }).click();
  expect(await page.getByTestId('progress').textContent()).toBe('Question 1 of 2');

  for (let i = 0; i < 2; i++) {
    const prompt = (await page.locator('.card-prompt').textContent()) ?? '';
    if (prompt.includes('Caliph Umar')) {
      await page.getByRole('button', { name: '500', exact: true }).click();
    } else {
      // The study widget: typed, checked, judged with the same matching as study.
      await page.getByRole('textbox', { name: 'Your answer' }).fill('4000');
      await page.getByRole('button', { name: 'Check' }).click();
      await page.getByText('Right.').waitFor();
    }
    await page.getByRole('button', { name: i === 0 ? 'Next' : 'Finish' }).click();
  }
  expect(await page.getByTestId('score').textContent()).toBe('Score: 1 / 2');
  await page.getByText('Right answer: 1,000').waitFor();
  const umar = page.locator('.review-item', { hasText: 'Caliph Umar' });
  await umar.getByRole('button', { name: 'Show in article' }).click();
  expect(await umar.locator('mark').textContent()).toBe('Umar himself marched from Medina with 1,000 men.');
  await page.screenshot({ path: 'test-results/practice-results-320.png', fullPage: true });

  await page.getByRole('button', { name: 'Add my mistakes to study' }).click();
  await page.getByText('1 question will come first in your next study session').waitFor();
  await page.getByRole('link', { name: 'Study now' }).click();
  await expect.poll(() => page.locator('.card-prompt').textContent()).toContain('Caliph Umar');

  await page.goto('/quizzes/practice');
  expect(await page.getByRole('list', { name: 'Past quizzes' }).textContent()).toContain('1 / 2');
  expect(errors).toEqual([]);
  await context.close();
});
