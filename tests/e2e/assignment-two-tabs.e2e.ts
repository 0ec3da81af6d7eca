import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { encodeAssignment } from '../../src/domain/quiz/assignment';
import { quizAssignment } from '../fixtures/quiz';
import { launch, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

test('an attempt open in two tabs: after one submits, an answer in the other is refused out loud', async () => {
  const code = await encodeAssignment({
    ...quizAssignment,
    shuffleQuestions: false,
    shuffleOptions: false,
    dueAt: null,
    timeLimitMinutes: null,
  });
  // Two tabs of one browser profile share one IndexedDB.
  const { context, page: first, errors } = await newPage(browser, { width: 320, height: 640 });
  await first.goto(`/a#${code}`);
  await first.getByLabel('Your name').fill('Ana');
  await first.getByRole('button', { name: 'Start' }).click();
  await first.getByRole('radio', { name: 'Captain Mora' }).check();

  const second = await context.newPage();
  await second.goto(`/a#${code}`);
  await second.getByRole('button', { name: 'Submit' }).click();
  await second.getByRole('button', { name: 'Submit anyway' }).click();
  await second.getByRole('heading', { name: /^Submitted/ }).waitFor();
  const handedIn = await second.getByRole('textbox', { name: 'Result code' }).inputValue();

  await first.getByRole('button', { name: 'Next' }).click();
  // click, not check: the refused answer replaces the question with the result at once.
  await first.getByRole('radio', { name: 'True' }).click();
  const alert = first.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toBe(
    'This assignment was already submitted in another tab or window, so your answer was not saved. Your submitted result is below: that is the one to hand in.',
  );
  expect(await first.getByRole('textbox', { name: 'Result code' }).inputValue()).toBe(handedIn);
  expect(await first.getByTestId('score').textContent()).toBe('Score: 1 / 4');
  expect(errors).toEqual([]);
  await context.close();
});
