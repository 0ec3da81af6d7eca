import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage } from './browser';
import { revealByKeyboard } from './study-helpers';

/** Payloads that would run if any deck text reached the page as HTML, and words no screen can hold. */
const LONG = 'Constantinopolitanus'.repeat(60);
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
  `https://example.org/${'x'.repeat(900)}`,
  LONG,
];

function hostileAnkiFile(): string {
  const lines = ['#separator:tab', '#html:false', '#columns:Front Back Tags'];
  for (const [i, payload] of PAYLOADS.entries()) lines.push(`${payload} ${i}?\t${payload}\tdates`);
  const file = join(mkdtempSync(join(tmpdir(), 'muster-hostile-')), 'hostile.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

test('a hostile deck runs nothing and widens no page at 320 px, under a strict Content-Security-Policy', async () => {
  const { page, errors, context } = await newPage(browser, { width: 320, height: 700 });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  await page.goto('/import');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const rule of [
    "script-src 'self' 'wasm-unsafe-eval'",
    "object-src 'none'",
    "connect-src 'self' https://*.wikipedia.org",
    "worker-src 'self'",
  ]) {
    expect(policy).toContain(rule);
  }
  // WebAssembly may compile (sql.js reads Anki packages); no script runs inline or from a string.
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);

  await page.getByLabel('File to import').setInputFiles(hostileAnkiFile());
  await page.getByTestId('import-summary').waitFor();
  await page.getByLabel('Deck title').fill(`Hostile ${PAYLOADS[0]} ${LONG}`);
  await page.getByRole('button', { name: /^Import \d+ cards$/ }).click();
  await page.waitForURL(/\/decks\/[^/]+$/);
  const deckPath = new URL(page.url()).pathname;
  const deckId = deckPath.split('/').pop() ?? '';

  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const visit = async (path: string, ready: string) => {
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 3)
        .map((el) => `${el.tagName}.${el.className}`),
    );
    expect(await overflow(), `${path}: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
  };
  await visit('/', 'main h1');
  await visit(deckPath, 'main h1');
  await visit(`/decks/${deckId}/study`, '.card-prompt');
  await revealByKeyboard(page);
  expect(await overflow(), 'revealed card').toBeLessThanOrEqual(0);
  await page
    .getByRole('button', { name: 'Show in article' })
    .first()
    .click()
    .catch(() => {});
  expect(await overflow(), 'card with its source').toBeLessThanOrEqual(0);
  await page.keyboard.press('3');
  await visit(`/stats/${deckId}`, 'main h1');
  // The card page of the card just studied, reached as a learner would: from the stats list.
  await page.locator('.card-list a').first().click();
  await page.waitForURL(/\/cards\//);
  await page.locator('main h1').first().waitFor();
  expect(await overflow(), 'card page').toBeLessThanOrEqual(0);
  await visit(`/decks/${deckId}/custom`, 'main h1');
  await visit(`/decks/${deckId}/settings`, 'main h1');
  await visit('/quizzes', 'main h1');
  await visit('/quizzes/practice', 'main h1');
  await visit('/quizzes/new', 'main h1');
  // An assignment whose title, class and teacher are hostile (the deck's Anki cards are
  // flashcards, which an assignment cannot mark): its share page on screen and on paper, and
  // its gradebook.
  await page.getByLabel('Deck').selectOption('siege-of-emesa');
  await page.getByLabel('Title').fill(`Quiz ${PAYLOADS[0]} ${LONG}`);
  await page.getByLabel('Class').fill(PAYLOADS[2] ?? '');
  await page.getByLabel('Teacher').fill(LONG);
  await page.getByRole('button', { name: 'Create assignment' }).click();
  await page.getByLabel('Link', { exact: true }).waitFor();
  expect(await overflow(), 'share page').toBeLessThanOrEqual(0);
  await page.emulateMedia({ media: 'print' });
  expect(await overflow(), 'share page on paper').toBeLessThanOrEqual(0);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Gradebook' }).click();
  await page.waitForURL(/\/gradebook$/);
  await page.locator('main h1').first().waitFor();
  expect(await overflow(), 'gradebook').toBeLessThanOrEqual(0);
  await visit('/a', 'main h1');
  await visit('/new', 'main h1');
  await visit('/settings', 'main h1');
  await visit('/import', 'main h1');
  await visit('/backup', 'main h1');
  await page.screenshot({ path: 'test-results/hostile-deck-320.png', fullPage: true });

  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
