/**
 * Makes tests/fixtures/databases/*.json: the IndexedDB of real older releases, as they wrote it.
 *
 *   npx tsx scripts/make-db-fixtures.ts [commit…]   (default: the releases listed below)
 *
 * For each commit: a temporary git worktree, a production build (with this checkout's
 * node_modules), a static server, Debian's Chromium driving the built app like a learner
 * (study a few cards, answer a practice quiz and add its mistakes to study where the release
 * has quizzes), then a dump of every object store: its key path, indexes and every row
 * (Dates written as {"$date": ISO}). src/db/old-databases.test.ts rebuilds each database in
 * fake-indexeddb from its dump and opens it with the current AppDB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { openAppPage } from '../src/cli/serve-build';
import { serveFolder } from '../tests/e2e/static-server';

/** First-parent commits of main, one per shipped schema version. */
const RELEASES: Record<string, string> = {
  '6e32d6b': 'schema 1: study, backup, interchange and the deriver merged',
  e511a50: 'schema 2: quizzes, assignments and the full study screen merged',
  '637ad07': 'schema 3: statistics indexes, the last release before this work',
};

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'tests/fixtures/databases');
const PORT = Number(process.env.FIXTURE_PORT ?? 5690);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

function buildRelease(commit: string): string {
  const tree = join(tmpdir(), `muster-release-${commit}`);
  rmSync(tree, { recursive: true, force: true });
  run('git', ['worktree', 'add', '--detach', '--force', tree, commit], ROOT);
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  const out = join(tree, 'dist');
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], tree, {
    ...process.env,
    NODE_ENV: 'production',
  });
  return out;
}

/** Answers whatever card or quiz question is on screen, with whatever control it offers. */
async function answerShown(page: Page): Promise<void> {
  const card = page.locator('article.card, .card').first();
  const show = page.getByRole('button', { name: 'Show answer' });
  const typed = page.getByRole('textbox', { name: 'Your answer' });
  if (await show.isVisible()) return show.click();
  if (await typed.isVisible()) {
    await typed.fill('Abu Ubaydah');
    return page.getByRole('button', { name: 'Check' }).click();
  }
  for (const name of ['Check order', 'Check pairs']) {
    const check = page.getByRole('button', { name });
    if (await check.isVisible()) return check.click();
  }
  // Multiple choice or true/false: the first option.
  await card.locator('button.choice, .choice-options button, .options button').first().click();
}

async function studySome(page: Page, count: number): Promise<void> {
  await page.goto('/decks/siege-of-emesa/study');
  for (let i = 0; i < count; i++) {
    await page.locator('.card-prompt').waitFor();
    const prompt = await page.locator('.card-prompt').textContent();
    await answerShown(page);
    const grade = page.getByRole('button', { name: /^(Again|Good)/ }).nth(i % 2);
    await grade.click();
    await page.waitForFunction(
      (before) => document.querySelector('.card-prompt')?.textContent !== before,
      prompt,
    );
  }
}

async function practiceQuiz(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Practice quiz' }).click();
  await page.getByLabel('Number of questions').fill('3');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 0; i < 3; i++) {
    await page.locator('.card-prompt').waitFor();
    await answerShown(page);
    const next = page.getByRole('button', { name: /^(Next|Finish)$/ });
    const show = page.getByRole('button', { name: 'Show answer' });
    if (await show.isVisible()) await show.click();
    const good = page.getByRole('button', { name: /^Good|I knew it/ });
    if (await good.isVisible()) await good.click();
    await next.click();
  }
  await page.getByTestId('score').waitFor();
  const mistakes = page.getByRole('button', { name: 'Add my mistakes to study' });
  if (await mistakes.isVisible()) await mistakes.click();
}

/** Runs in the page: every object store of the app's database, its shape and its rows. */
function dumpInPage() {
  const plain = (value: unknown): unknown => {
    if (value instanceof Date) return { $date: value.toISOString() };
    if (Array.isArray(value)) return value.map(plain);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    }
    return value;
  };
  return new Promise((resolveDump, reject) => {
    const open = indexedDB.open('muster');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names);
      const stores: unknown[] = [];
      const rows: Record<string, unknown[]> = {};
      for (const name of names) {
        const store = tx.objectStore(name);
        stores.push({
          name,
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
          indexes: [...store.indexNames].map((index) => {
            const i = store.index(index);
            return { name: index, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry };
          }),
        });
        const all = store.getAll();
        all.onsuccess = () => {
          rows[name] = all.result.map(plain);
        };
      }
      tx.oncomplete = () => {
        resolveDump({ idbVersion: db.version, stores, rows });
        db.close();
      };
    };
  });
}

async function fixtureOf(commit: string, what: string): Promise<void> {
  const site = buildRelease(commit);
  const server = await serveFolder(site, PORT);
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await openAppPage(browser, PORT);
    await studySome(page, 6);
    await page.goto('/quizzes');
    const hasQuizzes = await page
      .getByRole('link', { name: 'Practice quiz' })
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (hasQuizzes) await practiceQuiz(page);
    // Older releases wrote a grade after showing the next card, and save a quiz after its
    // score shows: let the last writes land before reading.
    await page.waitForTimeout(2000);
    const dump = (await page.evaluate(dumpInPage)) as { idbVersion: number };
    const file = join(OUT, `release-${commit}.json`);
    const made = { commit, release: what, madeBy: 'scripts/make-db-fixtures.ts' };
    writeFileSync(file, `${JSON.stringify({ ...made, ...dump }, null, 1)}\n`);
    console.log(`${file}: IndexedDB version ${dump.idbVersion}`);
  } finally {
    await browser.close();
    server.close();
    run('git', ['worktree', 'remove', '--force', join(tmpdir(), `muster-release-${commit}`)], ROOT);
  }
}

mkdirSync(OUT, { recursive: true });
const commits = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(RELEASES);
for (const commit of commits) {
  if (!existsSync(CHROME)) throw new Error(`No Chromium at ${CHROME}`);
  await fixtureOf(commit, RELEASES[commit] ?? 'a release');
}
