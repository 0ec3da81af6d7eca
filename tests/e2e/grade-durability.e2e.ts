import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { baseUrl, FLAGS as CHROMIUM_FLAGS, chromePath } from './browser';
import { revealByKeyboard, reviewLogs } from './study-helpers';

/**
 * A card on screen means the answer before it is stored. The test kills the whole
 * Chromium (SIGKILL to its process group: no shutdown, no flush) in the frame right after
 * the next card is painted, reopens the same profile and reads IndexedDB directly.
 */
const KILLS = 30;
const profile = mkdtempSync(join(tmpdir(), 'muster-kill-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

const FLAGS = [
  ...CHROMIUM_FLAGS,
  '--headless',
  '--remote-debugging-port=0',
  `--user-data-dir=${profile}`,
  'about:blank',
];

async function startChromium(): Promise<{ chrome: ChildProcess; browser: Browser; page: Page }> {
  const portFile = join(profile, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  // Its own process group, so that one kill takes the browser and all its children at once.
  const chrome = spawn(chromePath, FLAGS, { detached: true, stdio: 'ignore' });
  const deadline = Date.now() + 30_000;
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8').split('\n').length < 2) {
    if (Date.now() > deadline) throw new Error('Chromium did not open its debugging port in 30 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  return { chrome, browser, page };
}

function killed(chrome: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (chrome.exitCode !== null || chrome.signalCode !== null) resolve();
    else chrome.once('exit', () => resolve());
  });
}

/** Arms the page: once a new card element (or the end of the session) has been painted, it logs a marker. */
function signalNextPaint(page: Page): Promise<void> {
  return page.evaluate(() => {
    const graded = document.querySelector('article.card');
    const watch = new MutationObserver(() => {
      const shown = document.querySelector('article.card') ?? document.querySelector('.session-end');
      if (!shown || shown === graded) return;
      watch.disconnect();
      // The first animation frame paints the new card; the task after it runs once it is painted.
      requestAnimationFrame(() => setTimeout(() => console.log('muster:next-card-painted')));
    });
    watch.observe(document.body, { childList: true, subtree: true });
  });
}

test(`every grade whose next card was shown survives ${KILLS} browser kills`, async () => {
  const stored: string[] = [];
  let shownAsDone = 0;
  for (let kill = 0; kill <= KILLS; kill++) {
    const { chrome, browser, page } = await startChromium();
    try {
      await page.goto(`${baseUrl()}/decks/siege-of-emesa/study`);
      const card = page.locator('article.card');
      // Past the day's new cards, learning cards come back before they are due only on request.
      const early = page.getByRole('button', { name: /now, early$/ });
      await card.or(early).first().waitFor();
      if (!(await card.isVisible())) await early.click();
      await card.waitFor();
      // Every answer the screen showed as done before a kill is in the database.
      const logs = (await reviewLogs(page)).map((log) => log.cardKey);
      expect(logs).toEqual(stored);
      if (kill === KILLS) break;

      await revealByKeyboard(page);
      const gradedKey = (await page.locator('article.card').getAttribute('data-key')) ?? '';
      await signalNextPaint(page);
      const painted = new Promise<void>((resolve) =>
        page.on('console', (message) => {
          if (message.text() !== 'muster:next-card-painted') return;
          process.kill(-(chrome.pid ?? 0), 'SIGKILL');
          resolve();
        }),
      );
      // Again keeps every card in learning, so there is always a card to study (early if need be).
      await page.keyboard.press('1').catch(() => {});
      await painted;
      await killed(chrome);
      stored.push(gradedKey);
      shownAsDone += 1;
    } finally {
      if (chrome.exitCode === null && chrome.signalCode === null) {
        await browser.close().catch(() => {});
        process.kill(-(chrome.pid ?? 0), 'SIGKILL');
        await killed(chrome);
      }
    }
  }
  expect(shownAsDone).toBe(KILLS);
}, 240_000);
