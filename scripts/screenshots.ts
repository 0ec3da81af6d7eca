/**
 * Takes the README's screenshots from the real app, in the light and the dark scheme:
 *   npm run build && PORT=4173 npm start &   (or any served build)
 *   npx tsx scripts/screenshots.ts http://127.0.0.1:4173
 * Uses Debian's Chromium through playwright-core, as the e2e tests do. Each shot is a
 * fresh profile on the bundled deck with its first flashcard revealed.
 */
import { chromium, type Page } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Answers cards (Good) until a flashcard comes up, then shows its answer. */
async function revealAFlashcard(page: Page) {
  for (let i = 0; i < 30; i++) {
    const card = page.locator('article.card');
    await card.waitFor();
    if ((await card.getAttribute('data-type')) === 'flashcard') {
      await page.getByRole('button', { name: 'Show answer' }).click();
      return;
    }
    const prompt = await page.locator('.card-prompt').textContent();
    // Any other type: answered wrongly or not at all is fine, only the flashcard is kept.
    const kind = await card.getAttribute('data-type');
    if (kind === 'multiple-choice' || kind === 'true-false') await page.keyboard.press('1');
    else if (kind === 'typed' || kind === 'cloze') await page.getByRole('textbox').fill('?');
    if (kind === 'typed' || kind === 'cloze') await page.keyboard.press('Enter');
    if (kind === 'ordering') await page.getByRole('button', { name: 'Check order' }).click();
    if (kind === 'matching') await page.getByRole('button', { name: 'Check pairs' }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
    await page.waitForFunction((old) => document.querySelector('.card-prompt')?.textContent !== old, prompt);
  }
  throw new Error('No flashcard in the first 30 cards');
}

const shots = [
  { file: 'docs/study.png', scheme: 'light', viewport: { width: 1000, height: 720 } },
  { file: 'docs/study-dark.png', scheme: 'dark', viewport: { width: 1000, height: 720 } },
  { file: 'docs/study-phone.png', scheme: 'light', viewport: { width: 360, height: 740 } },
  { file: 'docs/study-phone-dark.png', scheme: 'dark', viewport: { width: 360, height: 740 } },
] as const;

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, colorScheme: shot.scheme });
    const page = await context.newPage();
    await page.goto(`${base}/decks/siege-of-emesa/study`);
    await revealAFlashcard(page);
    // Focus rings belong to keyboard use; the picture shows the screen at rest.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: shot.file });
    await context.close();
  }
} finally {
  await browser.close();
}
