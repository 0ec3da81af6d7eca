import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Question } from '../../src/domain/shared/deck';
import { answerByKeyboard } from './study-helpers';

/** Waits until the service worker is installed (everything precached) and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker claims the page it was installed from: no reload needed.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Answers `count` cards of the open study screen with the grade key given, returning their prompts. */
export async function gradeCards(
  page: Page,
  count: number,
  gradeKey: '1' | '2' | '3' | '4',
): Promise<string[]> {
  const prompts: string[] = [];
  for (let i = 0; i < count; i++) {
    const prompt = page.locator('.card-prompt');
    await prompt.waitFor();
    const text = (await prompt.textContent()) ?? '';
    prompts.push(text);
    // Any question type: answered by keyboard, then graded with the key given.
    await answerByKeyboard(page, gradeKey);
    await expect.poll(() => page.locator('.card-prompt').textContent()).not.toBe(text);
  }
  return prompts;
}

/** Rows in one IndexedDB table of Muster's database, read straight from the browser. */
export function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('muster');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      }),
    table,
  );
}

/** The deck page's New / Learning / To review counts. */
export async function deckCounts(page: Page, deckId: string): Promise<string[]> {
  await page.goto(`/decks/${deckId}`);
  const ids = ['count-new', 'count-learning', 'count-review'];
  for (const id of ids) await expect.poll(() => page.getByTestId(id).textContent()).not.toBe('…');
  return Promise.all(ids.map(async (id) => (await page.getByTestId(id).textContent()) ?? ''));
}

/** The bundled Emesa deck's questions, to know the right answers in a quiz. */
export async function emesaQuestions(): Promise<Question[]> {
  return JSON.parse(await readFile('decks/siege-of-emesa/deck.json', 'utf8')).questions;
}

/**
 * Takes a practice quiz of `count` multiple-choice questions on one `topic` of the open app's
 * first deck, answering the first `right` of them correctly and the rest wrongly. `questions`
 * is the deck's JSON, to know the answers. Returns the questions asked, in order.
 */
export async function takeTopicQuiz(
  page: Page,
  questions: readonly Question[],
  topic: Question['topic'],
  count: number,
  right: number,
): Promise<Question[]> {
  await page.goto('/quizzes');
  await page.getByRole('link', { name: 'Practice quiz' }).click();
  for (const other of ['commanders', 'dates', 'places', 'numbers', 'strategy']) {
    if (other !== topic) await page.getByRole('checkbox', { name: other }).uncheck();
  }
  for (const type of ['True or false', 'Typed answer', 'Fill in the blank', 'Put in order', 'Matching']) {
    await page.getByRole('checkbox', { name: type }).uncheck();
  }
  await page.getByLabel('Number of questions').fill(String(count));
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const asked: Question[] = [];
  for (let i = 0; i < count; i++) {
    expect(await page.getByTestId('progress').textContent()).toBe(`Question ${i + 1} of ${count}`);
    const prompt = await page.locator('.card-prompt').textContent();
    const question = questions.find((q) => q.prompt === prompt);
    if (!question || typeof question.answer !== 'string') throw new Error(`unexpected question: ${prompt}`);
    asked.push(question);
    const wrong = question.options?.find((option) => option !== question.answer) ?? '';
    await page.getByRole('button', { name: i < right ? question.answer : wrong, exact: true }).click();
    await page.getByRole('button', { name: i < count - 1 ? 'Next' : 'Finish' }).click();
  }
  await page.getByTestId('score').waitFor();
  return asked;
}
