import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage } from './browser';
import { revealByKeyboard } from './study-helpers';

/**
 * axe-core on every route, in the light and the dark scheme: serious and critical
 * violations fail the test (WCAG 2.1 A/AA rules and axe's best practices), listed by rule,
 * screen and element so the failure says what to fix.
 */

let browser: Browser;
let axeSource: string;
beforeAll(async () => {
  browser = await launch();
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});
afterAll(async () => {
  await browser.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource); // Not a script tag: the app's CSP refuses inline scripts.
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time, untyped in the page.
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      // Still marked experimental in axe, so off unless named: a visible label must be in the name.
      rules: { 'label-content-name-mismatch': { enabled: true } },
      resultTypes: ['violations'],
    });
    return (
      result.violations as {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[]
    )
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  });
}

/** Waits until the screen has its heading and nothing is loading. */
async function settled(page: Page) {
  await page.locator('h1').first().waitFor();
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
}

const deck = JSON.parse(await readFile('decks/siege-of-emesa/deck.json', 'utf8')) as {
  id: string;
  questions: { id: string }[];
};

/** Screens reached by URL alone. */
const ROUTES = [
  '/',
  `/decks/${deck.id}`,
  `/decks/${deck.id}/study`,
  `/decks/${deck.id}/study?mode=cram`,
  `/decks/${deck.id}/custom`,
  `/decks/${deck.id}/settings`,
  '/settings',
  '/quizzes',
  '/quizzes/practice',
  '/quizzes/new',
  '/a',
  '/backup',
  '/import',
  '/new',
  '/stats',
  `/stats/${deck.id}`,
  `/stats/${deck.id}/cards/${deck.questions[0]?.id}`,
  '/no-such-page',
];

/** Screens reached by doing something: a revealed study card, an assignment's pages. */
async function actedScreens(page: Page, check: (name: string) => Promise<void>) {
  await page.goto(`/decks/${deck.id}/study`);
  await page.locator('.card-prompt').waitFor();
  await revealByKeyboard(page);
  await check('study, answer shown');

  await page.goto('/quizzes/new');
  await page.getByLabel('Title').fill('Axe check');
  await page.getByRole('button', { name: 'Create assignment' }).click();
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  await check('assignment share page');
  await page.getByRole('button', { name: /Show QR code large/ }).click();
  await check('assignment QR screen');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Gradebook' }).click();
  await settled(page);
  await check('gradebook');
  // Regression: the gradebook kept the reading column's width and cut its table off at 1280 px.
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await page.locator('main').evaluate((main) => main.clientWidth)).toBeGreaterThan(1200);
  for (const table of await page.locator('.table-scroll').all()) {
    expect(await table.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(link);
  await settled(page);
  await check('assignment intro (student)');
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on any screen, ${scheme} scheme`, {
    timeout: 300_000,
  }, async () => {
    const { context, page, errors } = await newPage(browser);
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    const check = async (name: string) => {
      // Both schemes really are in force: the page's background follows them.
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(dark, name).toBe(scheme === 'dark');
      for (const v of await seriousViolations(page)) {
        found.push(`${name} [${background}]: ${v.id} (${v.impact}) ${v.help} → ${v.targets.join(', ')}`);
      }
    };
    for (const route of ROUTES) {
      await page.goto(route);
      await settled(page);
      await check(route);
    }
    await actedScreens(page, check);
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('the theme switch in Settings pins a scheme over the system one, and survives a reload', async () => {
  const { context, page } = await newPage(browser);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/settings');
  const paper = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const lightPaper = await paper();
  await page.getByRole('radio', { name: 'Dark' }).check();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  const darkPaper = await paper();
  expect(darkPaper).not.toBe(lightPaper);
  await page.reload();
  await settled(page);
  expect(await paper()).toBe(darkPaper);
  expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
  // "System" follows the device again: dark when the system is dark.
  await page.getByRole('radio', { name: /System/ }).check();
  expect(await paper()).toBe(lightPaper);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await paper()).toBe(darkPaper);
  await context.close();
});

test('/a has a level-one heading and does not scroll sideways at 320 px', async () => {
  const { context, page } = await newPage(browser, { width: 320, height: 640 });
  await page.goto('/a');
  // A cold first visit: the bundled deck is stored before the screen shows (seconds under load).
  await expect
    .poll(() => page.getByRole('heading', { level: 1, name: 'Open an assignment' }).count(), {
      timeout: 15_000,
    })
    .toBe(1);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
