import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { largeArticle } from '../../src/cli/bench/derive';
import { launch, newPage } from './browser';
import { countRows, waitForServiceWorker } from './flows';

const recorded = readFileSync('tests/fixtures/wikipedia/battle-of-tarnow-bridge.json', 'utf8');
const biographyWiki = readFileSync('tests/fixtures/wikitext/maren-halvik.wiki');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The MediaWiki API, answered from a recorded body: no test reaches Wikipedia. */
async function routeWikipedia(page: Page, body: string, requested: string[]) {
  await page.route('https://*.wikipedia.org/**', (route) => {
    requested.push(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body,
    });
  });
}

async function shoot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: `test-results/${name}.png`, fullPage });
}

/** Nothing is wider than the screen. */
async function expectNoOverflow(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

test('From Wikipedia: a title fetched (routed to a recorded answer), its questions saved, the deck names its source and licence', async () => {
  const { page, errors } = await newPage(browser);
  const requested: string[] = [];
  await routeWikipedia(page, recorded, requested);
  await page.goto('/new');
  await page
    .getByRole('textbox', { name: 'Article title or address' })
    .fill('https://en.m.wikipedia.org/wiki/Tarnow_bridge');
  await shoot(page, 'new-deck-wikipedia');
  await page.getByRole('button', { name: 'Fetch from Wikipedia' }).click();
  const heading = page.getByRole('heading', {
    level: 2,
    name: /^Battle of Tarnow Bridge: \d+ of \d+ questions kept$/,
  });
  await heading.waitFor();
  expect(requested).toHaveLength(1);
  const api = new URL(requested[0] ?? '');
  expect(`${api.origin}${api.pathname}`).toBe('https://en.wikipedia.org/w/api.php');
  expect(api.searchParams.get('titles')).toBe('Tarnow bridge');
  await expect.poll(() => page.getByRole('link', { name: 'CC BY-SA 4.0' }).count()).toBe(1);
  await heading.scrollIntoViewIfNeeded();
  await shoot(page, 'new-deck-wikipedia-preview', false);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoOverflow(page);
  await heading.scrollIntoViewIfNeeded();
  await shoot(page, 'new-deck-wikipedia-preview-320', false);

  await page.getByRole('button', { name: 'Save deck' }).click();
  await page.getByRole('heading', { level: 1, name: 'Battle of Tarnow Bridge' }).waitFor();
  const source = page.locator('.article-source');
  expect(await source.textContent()).toBe(
    'Text from Battle of Tarnow Bridge (revision 1187745012) on Wikipedia, by its contributors, under CC BY-SA 4.0.',
  );
  expect(await page.getByRole('link', { name: 'Battle of Tarnow Bridge' }).getAttribute('href')).toBe(
    'https://en.wikipedia.org/wiki/Battle_of_Tarnow_Bridge',
  );
  await expectNoOverflow(page);
  await shoot(page, 'deck-page-source-320');
  expect(errors).toEqual([]);
});

test('offline, From Wikipedia says so and offers paste, and wikitext still derives; a failed fetch says what to do and saves nothing', async () => {
  const { context, page, errors } = await newPage(browser);
  await page.goto('/new');
  await page.getByRole('textbox', { name: 'Article title or address' }).waitFor();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('textbox', { name: 'Article title or address' }).waitFor();
  // Debian's Chromium 150 keeps navigator.onLine true in a document loaded under Playwright's
  // offline emulation (156 does not); the connection dropping again, as on a train, says offline.
  await context.setOffline(false);
  await context.setOffline(true);
  await page.getByText(/^You are offline, so Muster cannot fetch from Wikipedia\./).waitFor();
  // The worker and the wikitext parser it loads come from the service worker's cache.
  await page.getByLabel('Or choose a .txt or .wiki file').setInputFiles({
    name: 'Maren_Halvik.wiki',
    mimeType: 'text/plain',
    buffer: biographyWiki,
  });
  await page.getByRole('heading', { level: 2, name: /^Maren Halvik: \d+ of \d+ questions kept$/ }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await page.getByRole('button', { name: 'Fetch from Wikipedia' }).isDisabled()).toBe(true);
  await shoot(page, 'new-deck-offline');
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoOverflow(page);
  await shoot(page, 'new-deck-offline-320');
  await page.setViewportSize({ width: 1024, height: 768 });

  // Online again, but Wikipedia cannot be reached.
  await context.setOffline(false);
  await page.route('https://*.wikipedia.org/**', (route) => route.abort('internetdisconnected'));
  await page.getByRole('textbox', { name: 'Article title or address' }).fill('Battle of Tarnow Bridge');
  await page.getByRole('button', { name: 'Fetch from Wikipedia' }).click();
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toBe(
      "Muster could not reach en.wikipedia.org: the connection failed. Check that you are online and try again, or paste the article's text below.",
    );
  await shoot(page, 'new-deck-fetch-failed');
  expect(await countRows(page, 'decks')).toBe(1);
  expect(errors).toEqual([]);
});

test('a .wiki file becomes a deck from its wikitext, with no markup in any question', async () => {
  const { page, errors } = await newPage(browser);
  await page.goto('/new');
  await page.getByLabel('Or choose a .txt or .wiki file').setInputFiles({
    name: 'Maren_Halvik.wiki',
    mimeType: 'text/plain',
    buffer: biographyWiki,
  });
  await page.getByRole('heading', { level: 2, name: /^Maren Halvik: \d+ of \d+ questions kept$/ }).waitFor();
  const shown = await page.locator('.deck-preview').textContent();
  expect(shown).not.toMatch(/\[\[|\{\{|<ref|'''/);
  await page.getByRole('button', { name: 'Save deck' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maren Halvik' }).waitFor();
  expect(errors).toEqual([]);
});

test('a 1 MB article derives in a Web Worker: no long task over 200 ms on the page while it works, and Cancel ends the worker', async () => {
  const { page, errors } = await newPage(browser);
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    Object.assign(window, { longTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('/new');
  await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  const article = largeArticle();
  expect(article.length).toBeGreaterThan(950_000);
  // The file is made inside the page first, so handing 1 MB to the browser is not measured.
  await page.evaluate(
    (text) => Object.assign(window, { bigFile: new File([text], 'many-fords.txt') }),
    article,
  );
  const choose = () =>
    page.evaluate(() => {
      const input = document.getElementById('article-file') as HTMLInputElement;
      const files = new DataTransfer();
      files.items.add((window as unknown as { bigFile: File }).bigFile);
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });

  // First run: Cancel while the worker is making questions.
  const worker = page.waitForEvent('worker');
  await choose();
  const running = await worker;
  await page.getByRole('progressbar', { name: /Reading the article…|Making questions…/ }).waitFor();
  await page
    .getByText('many-fords.txt is too long to show in the box above; its questions are made from the file.')
    .waitFor();
  await shoot(page, 'new-deck-deriving', false);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoOverflow(page);
  await page.getByRole('button', { name: 'Cancel' }).scrollIntoViewIfNeeded();
  await shoot(page, 'new-deck-deriving-320', false);
  await page.setViewportSize({ width: 1024, height: 768 });
  const closed = new Promise<void>((resolve) => running.once('close', () => resolve()));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await closed;
  await page.getByText('Cancelled: no deck was made and nothing was saved.').waitFor();
  expect(await page.getByRole('progressbar').count()).toBe(0);
  await page.waitForTimeout(500);
  expect(await page.getByRole('heading', { name: /questions kept$/ }).count()).toBe(0);

  // Second run, to the end, typing into the page while the worker works.
  await page.evaluate(() => {
    (window as unknown as { longTasks: unknown[] }).longTasks.length = 0;
    performance.clearMarks();
  });
  const startedAt = await page.evaluate(() => performance.now());
  await choose();
  await page.getByRole('progressbar').waitFor();
  const box = page.getByRole('textbox', { name: 'Article title or address' });
  const typedAt = Date.now();
  await box.pressSequentially('Responsive', { delay: 20 });
  expect(await box.inputValue()).toBe('Responsive');
  const typing = Date.now() - typedAt;
  await page.getByRole('heading', { level: 2, name: /questions kept$/ }).waitFor({ timeout: 120_000 });
  const { derivedAt, tasks } = await page.evaluate(() => ({
    derivedAt: performance.getEntriesByName('muster:deck-derived')[0]?.startTime ?? Number.NaN,
    tasks: (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
  }));
  const whileDeriving = tasks.filter((task) => task.start >= startedAt && task.start < derivedAt);
  const showing = tasks.filter((task) => task.start >= derivedAt);
  console.info(
    `1 MB article: derived in ${Math.round(derivedAt - startedAt)} ms; long tasks while deriving: ${JSON.stringify(whileDeriving.map((t) => Math.round(t.duration)))}; while showing the preview: ${JSON.stringify(showing.map((t) => Math.round(t.duration)))}; typing 10 keys took ${typing} ms`,
  );
  expect(Number.isFinite(derivedAt)).toBe(true);
  expect(whileDeriving.filter((task) => task.duration > 200)).toEqual([]);
  expect(errors).toEqual([]);
}, 180_000);
