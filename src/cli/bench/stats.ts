// Stats page budget: ready in <= 1 s with 1,000,000 review logs (and 100,000 cards) in
// Chromium's IndexedDB, against the built app; plus the stats chunks' gzip size.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { withDerivedKeys } from '../../db/card-index';
import { seededRandom } from '../../domain/article/question-kit';
import { DAY } from '../../domain/shared/time';
import type { CardRecord } from '../../domain/study/card';
import { type Measurement, summarize } from '../measure';
import { buildApp, serveBuild } from '../serve-build';

const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4205);
const LOGS = Number(process.env.BENCH_LOGS ?? 1_000_000);
/**
 * A learner with a million answers has some 20,000 cards (about 50 answers each): the
 * budget is checked there. The same page is then measured with 100,000 cards, for the record.
 */
const CARDS = Number(process.env.BENCH_CARDS ?? 20_000);
const MANY_CARDS = Number(process.env.BENCH_MANY_CARDS ?? 100_000);
const RUNS = 3;
/** Every section of the page marks itself with data-ready when its data is shown. */
const SECTIONS = ['today', 'heatmap', 'retention', 'forecast', 'mastery', 'fsrs', 'cards', 'quizzes'];

function chunkGzipKb(prefix: string): number {
  const file = readdirSync('dist/assets').find(
    (name) => name.startsWith(`${prefix}-`) && name.endsWith('.js'),
  );
  if (!file) throw new Error(`No ${prefix} chunk in dist/assets.`);
  return Math.round(gzipSync(readFileSync(`dist/assets/${file}`)).length / 102.4) / 10;
}

/** Opens the app's database inside the page and puts `rows` into `store`, reviving marked Dates. */
function putInPage(page: Page, store: string, rows: unknown[]): Promise<void> {
  return page.evaluate(
    async ({ store, rows }) => {
      const revive = (value: unknown): unknown =>
        Array.isArray(value)
          ? value.map(revive)
          : value && typeof value === 'object'
            ? '$date' in value
              ? new Date((value as { $date: number }).$date)
              : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]))
            : value;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('muster');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const row of rows) tx.objectStore(store).put(revive(row));
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, rows },
  );
}

/** Dates as { $date: ms }: Playwright passes plain JSON into the page. */
function marked(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.getTime() };
  if (Array.isArray(value)) return value.map(marked);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, marked(v)]));
  }
  return value;
}

/**
 * Cards `from`..`to` of one extra deck (70% in review, 10% learning, 20% new), built here
 * and stored with the app's own derived index keys (card-index.ts), as the app would
 * write them.
 */
async function seedCards(page: Page, from: number, to: number, now: number): Promise<void> {
  const random = seededRandom(`bench cards from ${from}`);
  const topics = ['commanders', 'dates', 'places', 'numbers', 'strategy'] as const;
  await putInPage(page, 'decks', [
    {
      id: 'bench',
      title: 'Benchmark deck',
      source: { title: 'Benchmark', sha256: '0'.repeat(64) },
      contentHash: 'bench',
      builtIn: false,
      questionCount: to,
      updatedAt: now,
    },
  ]);
  let batch: unknown[] = [];
  for (let i = from; i < to; i++) {
    const roll = random();
    const queue = roll < 0.2 ? 'new' : roll < 0.3 ? 'learning' : 'review';
    const stability = queue === 'review' ? 1 + random() * 400 : random();
    const due =
      queue === 'new' ? i : queue === 'learning' ? now + random() * DAY : now + (random() * 395 - 30) * DAY;
    const card: CardRecord = {
      key: `bench/q${i}`,
      deckId: 'bench',
      questionId: `q${i}`,
      factId: `f${i}`,
      topic: topics[i % topics.length] ?? 'dates',
      queue,
      due,
      leech: false,
      fsrs: {
        due: new Date(queue === 'new' ? now : due),
        stability: queue === 'new' ? 0 : stability,
        difficulty: queue === 'new' ? 0 : 1 + random() * 9,
        elapsed_days: 0,
        scheduled_days: queue === 'review' ? Math.round(stability) : 0,
        learning_steps: 0,
        reps: queue === 'new' ? 0 : 1 + Math.floor(random() * 20),
        lapses: Math.floor(random() * 3),
        state: queue === 'new' ? 0 : queue === 'learning' ? 1 : 2,
        last_review: queue === 'new' ? undefined : new Date(now - random() * stability * DAY),
      },
    };
    batch.push(marked(withDerivedKeys(card)));
    if (batch.length === 5_000) {
      await putInPage(page, 'cards', batch);
      batch = [];
    }
  }
  await putInPage(page, 'cards', batch);
}

/**
 * `logs` review logs spread over five years on cards 0..`logCards` of the bench deck, made
 * and written in the page (shipping a million rows from here would take minutes). Spread by
 * multiplicative hashing rather than a random generator, so the page needs no copy of one.
 */
async function seedLogs(page: Page, logs: number, logCards: number, now: number): Promise<void> {
  await page.evaluate(
    async ({ logs, logCards, now }) => {
      const DAY = 86_400_000;
      const FIVE_YEARS_IN_MINUTES = 5 * 365 * 24 * 60;
      const grades = ['again', 'hard', 'good', 'easy'];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('muster');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const write = (rows: unknown[]) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction('reviewLogs', 'readwrite');
          for (const row of rows) tx.objectStore('reviewLogs').put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      const batch: unknown[] = [];
      for (let i = 0; i < logs; i++) {
        const card = (i * 7919) % logCards;
        const reviewedAt = now - ((i * 104_729) % FIVE_YEARS_IN_MINUTES) * 60_000;
        const rating = i % 10 === 0 ? 1 : 2 + (i % 3);
        const interval = (i * 31) % 120;
        batch.push({
          cardKey: `bench/q${card}`,
          deckId: 'bench',
          factId: `f${card}`,
          grade: grades[rating - 1],
          reviewedAt,
          durationMs: 2000 + ((i * 13) % 10_000),
          before: { queue: 'review', due: reviewedAt, leech: false },
          fsrs: {
            rating,
            state: 2,
            due: new Date(reviewedAt - interval * DAY),
            stability: interval + 1,
            difficulty: 5,
            elapsed_days: interval,
            last_elapsed_days: interval,
            scheduled_days: interval,
            learning_steps: 0,
            review: new Date(reviewedAt),
          },
        });
        if (batch.length === 20_000) await write(batch.splice(0));
      }
      await write(batch.splice(0));
      db.close();
    },
    { logs, logCards, now },
  );
}

/** Milliseconds from the start of navigation until every section shows its data. */
async function readyTime(page: Page, path: string): Promise<number> {
  await page.goto(path);
  const handle = await page.waitForFunction(
    (sections) => {
      const page = globalThis as { readyAt?: Record<string, number> };
      if (!page.readyAt) page.readyAt = {};
      const seen = page.readyAt;
      for (const name of sections) {
        if (seen[name] === undefined && document.querySelector(`[data-ready="${name}"]`)) {
          seen[name] = Math.round(performance.now());
        }
      }
      return sections.every((name) => seen[name] !== undefined) ? seen : false;
    },
    SECTIONS,
    { polling: 'raf', timeout: 60_000 },
  );
  const readyAt = (await handle.jsonValue()) as Record<string, number>;
  console.log(`  ${path}: ${SECTIONS.map((name) => `${name} ${readyAt[name]}`).join(', ')} ms`);
  return Math.max(...Object.values(readyAt));
}

const median = (values: number[]) => summarize(values).median;

export async function run(): Promise<Measurement[]> {
  buildApp();
  const server = await serveBuild(PORT);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    const page = await browser.newPage({ baseURL: `http://127.0.0.1:${PORT}` });
    // tsx names functions with an __name helper that does not exist inside the page.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto('/');
    await page.getByRole('link', { name: /Siege of Emesa/ }).waitFor();
    const seedStart = Date.now();
    const now = Date.now();
    await seedCards(page, 0, CARDS, now);
    await seedLogs(page, LOGS, CARDS, now);
    console.log(
      `seeded ${CARDS} cards and ${LOGS} review logs in ${Math.round((Date.now() - seedStart) / 1000)} s`,
    );
    const measure = async (label: string): Promise<Measurement[]> => {
      const all: number[] = [];
      const deck: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        all.push(await readyTime(page, '/stats'));
        deck.push(await readyTime(page, '/stats/bench'));
      }
      console.log(`${label}: all decks ${all.join(', ')} ms; one deck ${deck.join(', ')} ms`);
      return [
        { name: `stats page ready, all decks, ${label} (median of ${RUNS})`, value: median(all), unit: 'ms' },
        { name: `stats page ready, one deck, ${label} (median of ${RUNS})`, value: median(deck), unit: 'ms' },
      ];
    };
    const budgeted = (await measure(`${LOGS} logs, ${CARDS} cards`)).map((m) => ({ ...m, budget: 1000 }));
    await seedCards(page, CARDS, MANY_CARDS, now);
    const many = await measure(`${LOGS} logs, ${MANY_CARDS} cards`);
    return [
      ...budgeted,
      ...many,
      { name: 'StatsPage chunk (gzip)', value: chunkGzipKb('StatsPage'), unit: 'KB' },
      { name: 'CardPage chunk (gzip)', value: chunkGzipKb('CardPage'), unit: 'KB' },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}
