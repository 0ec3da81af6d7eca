import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface LogRow {
  cardKey: string;
  before: { queue: string; due: number };
}

/** The review logs as stored in the page's IndexedDB (read directly, not through the app). */
function reviewLogs(page: Page): Promise<LogRow[]> {
  return page.evaluate(
    () =>
      new Promise<LogRow[]>((resolve, reject) => {
        const open = indexedDB.open('muster');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('reviewLogs').objectStore('reviewLogs').getAll();
          all.onsuccess = () => {
            resolve(all.result as LogRow[]);
            open.result.close();
          };
        };
      }),
  );
}

const logCount = async (page: Page) => (await reviewLogs(page)).length;

/** Presses Tab until the focused element has this accessible name. */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 40; i++) {
    const focused = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ??
        document.activeElement?.textContent?.trim() ??
        '',
    );
    if (focused === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Answers whatever card is shown, by keyboard only, and accepts the suggested grade (Good for a flashcard). */
async function answerByKeyboard(page: Page): Promise<string> {
  const kind = (await page.locator('.card-topic').textContent()) ?? '';
  if (kind.endsWith('flashcard')) {
    await page.keyboard.press('Space');
  } else if (kind.endsWith('multiple choice') || kind.endsWith('true-false') || kind.endsWith('true false')) {
    await page.keyboard.press('1');
  } else if (kind.endsWith('typed') || kind.endsWith('cloze')) {
    await page.getByRole('textbox', { name: 'Your answer' }).waitFor();
    await page.keyboard.type('Abu Ubaydah');
    await page.keyboard.press('Enter');
  } else if (kind.endsWith('ordering')) {
    await tabTo(page, 'Check order');
    await page.keyboard.press('Enter');
  } else if (kind.endsWith('matching')) {
    const selects = await page.locator('.matching-list select').count();
    for (let i = 0; i < selects; i++) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, 'Check pairs');
    await page.keyboard.press('Enter');
  } else throw new Error(`Unknown card kind "${kind}"`);
  await page.locator('.grade-buttons').waitFor();
  await page.keyboard.press('Enter');
  return kind;
}

test('a 20-card session by keyboard across types, two undos, reload, resume', async () => {
  const { page, errors } = await newPage(browser);
  await page.goto('/decks/siege-of-emesa/study');
  const kinds = new Set<string>();
  const prompts: (string | null)[] = [];
  for (let i = 1; i <= 20; i++) {
    await page.locator('.card-prompt').waitFor();
    prompts.push(await page.locator('.card-prompt').textContent());
    kinds.add((await answerByKeyboard(page)).split(' · ')[1] ?? '');
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
