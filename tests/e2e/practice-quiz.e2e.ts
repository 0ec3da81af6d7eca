import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Question } from '../../src/domain/deck';
import { launch, newPage } from './browser';

let browser: Browser;
let questions: Question[];
beforeAll(async () => {
  browser = await launch();
  questions = JSON.parse(await readFile('decks/siege-of-emesa/deck.json', 'utf8')).questions;
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
  for (const type of ['True or false', 'Typed answer', 'Fill in the blank', 'Put in order', 'Matching']) {
    await page.getByRole('checkbox', { name: type }).uncheck();
  }
  await page.getByLabel('Number of questions').fill('2');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  expect(await page.getByTestId('progress').textContent()).toBe('Question 1 of 2');

  // The first right, the second wrong, with the study answer buttons.
  const asked: Question[] = [];
  for (let i = 0; i < 2; i++) {
    const prompt = await page.locator('.card-prompt').textContent();
    const question = questions.find((q) => q.prompt === prompt);
    if (!question || typeof question.answer !== 'string') throw new Error(`unexpected question: ${prompt}`);
    asked.push(question);
    const wrong = question.options?.find((option) => option !== question.answer) ?? '';
    await page.getByRole('button', { name: i === 0 ? question.answer : wrong, exact: true }).click();
    await page.getByRole('button', { name: i === 0 ? 'Next' : 'Finish' }).click();
  }
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
