import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { deckListTiming, watchDeckList } from '../../src/cli/deck-list-timing';
import { chunksOf, readManifest } from '../../src/cli/vite-manifest';
import { baseUrl, launch, newPage } from './browser';
import { waitForServiceWorker } from './flows';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Where the parts of the page a learner sees first are, in CSS pixels. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element | null) => {
      const r = element?.getBoundingClientRect();
      return r && [r.x, r.y, r.width, r.height].map(Math.round);
    };
    return {
      header: box(document.querySelector('header')),
      links: [...document.querySelectorAll('header a')].map(box),
      // The brand is the shell's largest text: drawn bigger by the app (an underline), it would
      // be a second, later largest contentful paint.
      brand: getComputedStyle(document.querySelector('.brand') ?? document.body).textDecorationLine,
      main: box(document.querySelector('main'))?.slice(0, 3),
      heading: box(document.querySelector('main h1, main .skeleton-heading'))?.[1],
      firstDeck: box(document.querySelector('.deck-item'))?.slice(0, 3),
    };
  });
}

for (const viewport of [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width} px the shell paints with no JavaScript and lines up with the app`, async () => {
    const shell = await browser.newContext({ baseURL: baseUrl(), viewport, javaScriptEnabled: false });
    const still = await shell.newPage();
    await still.goto('/');
    const nav = still.getByRole('navigation', { name: 'Main' });
    for (const name of ['Decks', 'Quizzes', 'Settings', 'Backup', 'Stats', 'New deck']) {
      expect(await nav.getByRole('link', { name }).isVisible()).toBe(true);
    }
    expect(await still.locator('.skeleton .deck-item').isVisible()).toBe(true);
    expect(await still.locator('main p', { hasText: 'turn JavaScript on' }).isVisible()).toBe(true);
    const painted = await layout(still);
    await still.screenshot({ path: `test-results/first-paint-shell-${viewport.width}.png` });
    await shell.close();

    const { context, page, errors } = await newPage(browser, viewport);
    await page.goto('/');
    await page.getByRole('link', { name: /Siege of Emesa/ }).waitFor();
    await page.screenshot({ path: `test-results/first-paint-app-${viewport.width}.png` });
    // Same header, links, heading line and deck card edge: nothing moves when the app mounts
    // (the card only grows downwards, with its counts).
    expect(await layout(page)).toEqual(painted);
    expect(errors).toEqual([]);
    await context.close();
  });
}

/** The shell as it paints before the app's scripts arrive (they are held back), with its inline script run. */
async function shellBeforeScripts(path: string, viewport = { width: 412, height: 823 }) {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport });
  await context.route(/\/assets\/.*\.js$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

interface Paints {
  lcp: { text: string; size: number }[];
  violations: string[];
}

/** Records the page's largest-contentful-paint candidates and any CSP violation from the start. */
function watchPaints() {
  const seen: Paints = { lcp: [], violations: [] };
  Object.assign(window, { seen });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null; size: number })[])
      seen.lcp.push({ text: entry.element?.textContent ?? '', size: entry.size });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.violations.push(event.violatedDirective),
  );
}

for (const [path, heading] of [
  ['/', 'Your decks'],
  ['/decks/siege-of-emesa', 'Siege of Emesa (638)'],
] as const) {
  test(`${path}: the shell paints the page's own heading, where the app keeps it, and it is the largest paint`, async () => {
    const shell = await shellBeforeScripts(path);
    expect(await shell.page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
    const painted = await shell.page.getByRole('heading', { level: 1 }).boundingBox();
    await shell.context.close();

    const { context, page, errors } = await newPage(browser, { width: 412, height: 823 });
    await context.addInitScript(watchPaints);
    await page.goto(path);
    // The page with its data: the deck list's first deck, or the deck page's Study button.
    await page
      .getByRole('link', { name: /Siege of Emesa|^Study$/ })
      .first()
      .waitFor();
    expect(await page.getByRole('heading', { level: 1 }).boundingBox()).toEqual(painted);
    const seen = await page.evaluate(() => (window as unknown as { seen: Paints }).seen);
    // Nothing larger paints once the app has its data: the heading stays the largest paint.
    expect(seen.lcp.at(-1)?.text).toBe(heading);
    // The inline style and the inline script run under the policy, by their hashes.
    expect(seen.violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('the shell of any other page keeps the grey bar: no heading it cannot know', async () => {
  for (const path of ['/decks/siege-of-emesa/study', '/decks/someone-elses', '/quizzes']) {
    const { context, page } = await shellBeforeScripts(path);
    expect(await page.locator('.skeleton-heading').isVisible(), path).toBe(true);
    expect(await page.getByRole('heading').count(), path).toBe(0);
    await context.close();
  }
});

test('the scripts wait for the first paint only where the shell paints the heading; elsewhere they load at once', async () => {
  for (const [path, deferred] of [
    ['/', true],
    ['/decks/siege-of-emesa', true],
    ['/decks/siege-of-emesa/study', false],
    ['/quizzes', false],
  ] as const) {
    const { context, page } = await newPage(browser);
    // As the document is parsed (before any frame): has the loader added the entry script yet?
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () =>
        Object.assign(window, { entryAtParse: document.querySelector('script[type="module"]') !== null }),
      ),
    );
    await page.goto(path);
    expect(
      await page.evaluate(() => (window as unknown as { entryAtParse: boolean }).entryAtParse),
      path,
    ).toBe(!deferred);
    await context.close();
  }
});

/** The paths of the workers `page` starts from now on. */
function watchWorkers(page: Page): string[] {
  const started: string[] = [];
  page.on('worker', (worker) => started.push(new URL(worker.url()).pathname));
  return started;
}

const STORE_WORKER = /store-bundled-decks\.worker-[\w-]+\.js$/;

test('the first page fetches only the home page chunks; a worker stores the bundled deck, on a first visit only', async () => {
  const { context, page, errors } = await newPage(browser);
  await context.addInitScript(watchDeckList);
  let workers = watchWorkers(page);
  await page.goto('/');
  // The entry and what it starts at once: the database and the queue code the deck counts
  // need; not the screens (…Page) nor the service worker, which come later.
  const startup = (readManifest()['index.html']?.dynamicImports ?? []).filter(
    (key) => !/Page|pwa-register/.test(key),
  );
  const home = new Set(['index.html', ...startup].flatMap((key) => [...chunksOf(key)]));
  const cold = await deckListTiming(page);
  // The page fetches the worker's script; the deck, its schema and the scheduler are in it.
  expect(cold.scripts.filter((script) => !home.has(script) && !STORE_WORKER.test(script))).toEqual([]);
  expect(cold.scripts.join(' ')).not.toMatch(/\/bundled-decks-/);
  expect(workers.filter((path) => STORE_WORKER.test(path))).toHaveLength(1);
  // No other screen, chart, exchange format or the deriver before the decks show.
  expect(cold.scripts.join(' ')).not.toMatch(
    /StudyPage|DeckPage|NewDeckPage|StatsPage|SharePage|ImportExport/,
  );

  // A warm visit finds the deck stored and starts no worker to store it again.
  await waitForServiceWorker(page);
  workers = watchWorkers(page);
  await page.reload();
  await deckListTiming(page);
  expect(workers.filter((path) => STORE_WORKER.test(path))).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

/** What the database holds for the bundled deck: its row's question count, questions, cards. */
async function storedEmesa(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ questionCount: number; questions: number; cards: number }>((resolve, reject) => {
        const open = indexedDB.open('muster');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['decks', 'questions', 'cards']);
          const deck = tx.objectStore('decks').get('siege-of-emesa');
          const count = (store: string) => tx.objectStore(store).count();
          const questions = count('questions');
          const cards = count('cards');
          tx.oncomplete = () =>
            resolve({
              questionCount: (deck.result as { questionCount: number }).questionCount,
              questions: questions.result,
              cards: cards.result,
            });
        };
      }),
  );
}

test('a tab closed while the worker stores the bundled deck leaves nothing half-stored: the next visit stores it whole', async () => {
  for (const delay of [0, 100, 300]) {
    const { context, page } = await newPage(browser);
    const started = new Promise<void>((resolve) =>
      page.on('worker', (worker) => STORE_WORKER.test(worker.url()) && resolve()),
    );
    await page.goto('/');
    await started;
    await new Promise((resolve) => setTimeout(resolve, delay));
    await page.close(); // ends the worker, whatever it was doing

    const again = await context.newPage();
    const errors: string[] = [];
    again.on('pageerror', (error) => errors.push(error.message));
    await again.goto('/');
    await again.getByRole('link', { name: /Siege of Emesa/ }).waitFor();
    const stored = await storedEmesa(again);
    expect(stored.questions, `closed ${delay} ms after the worker started`).toBe(stored.questionCount);
    expect(stored.cards).toBe(stored.questionCount);
    expect(errors).toEqual([]);
    await context.close();
  }
});

test('every screen still opens from the menu and the deck list; hovering a link fetches its screen', async () => {
  const { context, page, errors } = await newPage(browser);
  await page.goto('/');
  const deck = page.getByRole('link', { name: /Siege of Emesa/ });
  await deck.waitFor();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  // Every script and stylesheet a screen loads is there (a lazy chunk also links the stylesheet
  // index.html inlines); the test server answers a missing file with index.html.
  const missing: string[] = [];
  page.on('response', (response) => {
    const asset = /\.(js|css)$/.test(new URL(response.url()).pathname);
    const html = response.headers()['content-type']?.startsWith('text/html');
    if (asset && (html || response.status() >= 400)) missing.push(response.url());
  });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Stats' }).hover();
  await expect.poll(() => fetched.some((url) => /StatsPage-[\w-]+\.js$/.test(url))).toBe(true);
  await deck.click();
  await page.getByRole('heading', { level: 1, name: 'Siege of Emesa (638)' }).waitFor();
  // The deck page's lazy parts (leeches, archive) load once it has its data.
  await expect.poll(() => fetched.some((url) => /ArchivedList-[\w-]+\.js$/.test(url))).toBe(true);
  await page.getByRole('link', { name: 'Study' }).click();
  await page.locator('.card-prompt').waitFor();
  for (const [name, heading] of [
    ['Quizzes', 'Quizzes'],
    ['Stats', 'Statistics'],
    ['New deck', 'New deck from article'],
    ['Decks', 'Your decks'],
  ]) {
    await nav.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
  // A deep link opens its screen directly (the shell, then the screen, not the deck list).
  await page.goto('/settings');
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  expect(missing).toEqual([]);
  // The one stylesheet is inline in index.html: no screen links it again (a second fetch and
  // a style recalculation of the whole page).
  expect(fetched.filter((url) => url.endsWith('.css'))).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
