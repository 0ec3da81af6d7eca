import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Question } from '../../src/domain/shared/deck';
import { launch, newPage } from './browser';
import { emesaQuestions, takeTopicQuiz } from './flows';

let browser: Browser;
let questions: Question[];
beforeAll(async () => {
  browser = await launch();
  questions = await emesaQuestions();
});
afterAll(async () => {
  await browser.close();
});

test('practice quiz on places: score, review, history, and mistakes lead the next study session', async () => {
  const { page, errors, context } = await newPage(browser, { width: 320, height: 700 });
  // The first right, the second wrong, with the study answer buttons.
  const asked = await takeTopicQuiz(page, questions, 'places', 2, 1);
  const missed = asked[1] as Question;
  expect(await page.getByTestId('score').textContent()).toBe('Score: 1 / 2');
  const item = page.locator('.review-item', { hasText: missed.prompt });
  await item.getByText(`Right answer: ${missed.answer}`).waitFor();
  await item.getByRole('button', { name: 'Show in article' }).click();
  expect((await item.locator('mark').textContent())?.replace(/\s+/g, ' ')).toBe(
    missed.source.quote.replace(/\s+/g, ' '),
  );
  await page.screenshot({ path: 'test-results/practice-results-320.png', fullPage: true });

  await page.getByRole('button', { name: 'Add my mistakes to study' }).click();
  await page.getByText('1 question will come first in your next study session').waitFor();
  await page.getByRole('link', { name: 'Study now' }).click();
  await expect.poll(() => page.locator('.card-prompt').textContent()).toBe(missed.prompt);

  await page.goto('/quizzes/practice');
  expect(await page.getByRole('list', { name: 'Past quizzes' }).textContent()).toContain('1 / 2');
  expect(errors).toEqual([]);
  await context.close();
});
