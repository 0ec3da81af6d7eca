import type { Page } from 'playwright-core';

interface LogRow {
  cardKey: string;
  before: { queue: string; due: number };
}

/** The review logs as stored in the page's IndexedDB (read directly, not through the app). */
export function reviewLogs(page: Page): Promise<LogRow[]> {
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

export const logCount = async (page: Page) => (await reviewLogs(page)).length;

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

/**
 * Answers whatever card is shown, by keyboard only, up to the grade buttons (a flashcard is
 * revealed; other types are answered, not always rightly). Returns the card's question type,
 * read from the card's data-type, not from its wording.
 */
export async function revealByKeyboard(page: Page): Promise<string> {
  const kind = (await page.locator('article.card').getAttribute('data-type')) ?? '';
  if (kind === 'flashcard') {
    await page.keyboard.press('Space');
  } else if (kind === 'multiple-choice' || kind === 'true-false') {
    await page.keyboard.press('1');
  } else if (kind === 'typed' || kind === 'cloze') {
    await page.getByRole('textbox', { name: 'Your answer' }).waitFor();
    await page.keyboard.type('Abu Ubaydah');
    await page.keyboard.press('Enter');
  } else if (kind === 'ordering') {
    await tabTo(page, 'Check order');
    await page.keyboard.press('Enter');
  } else if (kind === 'matching') {
    const selects = await page.locator('.matching-list select').count();
    for (let i = 0; i < selects; i++) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, 'Check pairs');
    await page.keyboard.press('Enter');
  } else throw new Error(`Unknown card kind "${kind}"`);
  await page.locator('.grade-buttons').waitFor();
  return kind;
}

/** Answers the card shown by keyboard, then presses `gradeKey`: Enter accepts the suggested grade (Good for a flashcard). */
export async function answerByKeyboard(page: Page, gradeKey = 'Enter'): Promise<string> {
  const kind = await revealByKeyboard(page);
  await page.keyboard.press(gradeKey);
  return kind;
}
