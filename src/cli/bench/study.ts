import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { type Measurement, summarize } from '../measure';
import { buildApp, openAppPage, serveBuild } from '../serve-build';
import { countInPage, seedInPage } from '../study-seed';

const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4299);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PLAN = { decks: 50, cardsPerDeck: 2_000, logs: 1_000_000, dueReviews: 200 };

/**
 * Presses the grade key in the page and times until the next card's prompt is in the DOM
 * (a MutationObserver fires in the same task that React commits the new card).
 */
function gradeToNextCard(page: Page): Promise<{ dom: number; frame: number }> {
  return page.evaluate(
    () =>
      new Promise<{ dom: number; frame: number }>((resolve) => {
        const prompt = document.querySelector('.card-prompt');
        const before = prompt?.textContent;
        const observer = new MutationObserver(() => {
          const now = document.querySelector('.card-prompt');
          if (now && now.textContent !== before) {
            observer.disconnect();
            const dom = performance.now() - start;
            // The frame that paints it starts at the next animation frame.
            requestAnimationFrame(() => resolve({ dom, frame: performance.now() - start }));
          }
        });
        observer.observe(document.querySelector('main') as Node, {
          childList: true,
          subtree: true,
          characterData: true,
        });
        const start = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }));
      }),
  );
}

async function queueBuildMs(page: Page, deckId: string): Promise<number> {
  await page.goto(`/decks/${deckId}/study`);
  await page.locator('.card-prompt').waitFor({ timeout: 60_000 });
  return page.evaluate(() => {
    const entries = performance.getEntriesByName('muster:study-queue');
    return entries.at(-1)?.duration ?? Number.NaN;
  });
}

/** Study budgets: grade key -> next card (p95 <= 16 ms) and due-queue build (<= 50 ms), at 100k cards / 1M logs. */
export async function run(): Promise<Measurement[]> {
  if (!existsSync('dist/index.html')) buildApp();
  const server = await serveBuild(PORT);
  const browser = await chromium.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await openAppPage(browser, PORT);
    const seedStart = Date.now();
    await page.evaluate(seedInPage, { ...PLAN, now: Date.now() });
    const cards = await page.evaluate(countInPage, 'cards');
    const logs = await page.evaluate(countInPage, 'reviewLogs');
    console.log(
      `seeded ${cards} cards and ${logs} review logs in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    const builds: number[] = [];
    for (let i = 0; i < 10; i++) builds.push(await queueBuildMs(page, `bench-${i}`));
    console.log(`queue builds (ms), one per deck: ${builds.map((ms) => ms.toFixed(1)).join(', ')}`);

    // The same build once the page is idle: another tab announces a change, this one re-reads its queue.
    await queueBuildMs(page, 'bench-10');
    // The announcing tab sits on a page that reads little (the deck list would count 51 decks
    // at once and compete with the measured page).
    const other = await page.context().newPage();
    await other.goto('/settings');
    await other.getByRole('button', { name: 'Save settings' }).waitFor();
    await page.waitForTimeout(1000);
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) {
      const seen = await page.evaluate(() => performance.getEntriesByName('muster:study-queue').length);
      await other.evaluate(() => {
        const channel = new BroadcastChannel('muster-study');
        channel.postMessage({ deckId: 'bench-10' });
        channel.close();
      });
      await page.waitForFunction((n) => performance.getEntriesByName('muster:study-queue').length > n, seen);
      warm.push(
        await page.evaluate(
          () => performance.getEntriesByName('muster:study-queue').at(-1)?.duration ?? Number.NaN,
        ),
      );
    }
    await other.close();
    console.log(`queue builds in an idle page (ms): ${warm.map((ms) => ms.toFixed(1)).join(', ')}`);
    const times: number[] = [];
    const frames: number[] = [];
    for (let i = 0; i < 50; i++) {
      await page.keyboard.press('Space');
      await page.locator('.grade-buttons').waitFor();
      const { dom, frame } = await gradeToNextCard(page);
      times.push(dom);
      frames.push(frame);
    }
    const size = `${cards} cards, ${logs} logs`;
    const ms = (name: string, value: number, budget?: number): Measurement => ({
      name,
      value,
      unit: 'ms',
      budget,
    });
    const [loading, idle, dom, frame] = [builds, warm, times, frames].map(summarize) as ReturnType<
      typeof summarize
    >[];
    return [
      ms(`study: due queue build while the page loads (${size}), p50 of 10`, loading?.median ?? Number.NaN),
      ms('study: due queue build while the page loads, worst of 10', Math.max(...builds)),
      ms('study: due queue build in an idle page, p50 of 20', idle?.median ?? Number.NaN, 50),
      ms('study: due queue build in an idle page, p95 of 20', idle?.p95 ?? Number.NaN, 50),
      ms('study: grade key -> next card in the DOM, p50 of 50', dom?.median ?? Number.NaN),
      ms('study: grade key -> next card in the DOM, p95 of 50', dom?.p95 ?? Number.NaN, 16),
      ms('study: grade key -> start of the painting frame, p95 of 50', frame?.p95 ?? Number.NaN),
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}
