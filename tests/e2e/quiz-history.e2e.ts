import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage } from './browser';
import { emesaQuestions, takeTopicQuiz } from './flows';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

test('practice quiz scores show in the quiz history on the Stats page', async () => {
  const questions = await emesaQuestions();
  const { page, errors, context } = await newPage(browser);
  await page.goto('/stats');
  const history = page.getByRole('region', { name: 'Quiz history' });
  await history.getByText('No practice quizzes yet.').waitFor();
  await history.screenshot({ path: 'test-results/quiz-history-empty.png' });

  await takeTopicQuiz(page, questions, 'places', 2, 1);
  expect(await page.getByTestId('score').textContent()).toBe('Score: 1 / 2');
  await page.getByRole('link', { name: 'Stats' }).click();
  const deck = history.getByRole('article', { name: 'Siege of Emesa (638)' });
  await expect.poll(() => deck.getByTestId('quiz-latest').textContent()).toBe('50%');
  expect(await deck.getByTestId('quiz-trend').textContent()).toBe('Trend: take another quiz to see one.');

  // A second, better quiz: the trend says so, and the table lists both, oldest first.
  await takeTopicQuiz(page, questions, 'places', 2, 2);
  await page.goto('/stats/siege-of-emesa');
  await expect.poll(() => deck.getByTestId('quiz-latest').textContent()).toBe('100%');
  expect(await deck.getByTestId('quiz-best').textContent()).toBe('100%');
  expect(await deck.getByTestId('quiz-trend').textContent()).toBe(
    'Trend: up 50 points over your last 2 quizzes.',
  );
  await deck.getByText('Show every quiz').click();
  const scores = await deck.locator('tbody tr td:first-of-type').allTextContents();
  expect(scores).toEqual(['50% (1 of 2 right)', '100% (2 of 2 right)']);
  expect(await deck.locator('tbody tr td:last-of-type').allTextContents()).toEqual(['places', 'places']);
  await history.screenshot({ path: 'test-results/quiz-history.png' });

  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await history.screenshot({ path: 'test-results/quiz-history-320.png' });
  expect(errors).toEqual([]);
  await context.close();
});
