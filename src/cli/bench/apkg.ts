// Anki package import: a 10,000-card package with 50,000 review-log rows, imported through the
// built app in Chromium (read and preview, then save with the history); plus the size of the
// lazy package code. The package is generated here: Muster's own writer, then its cards given
// a review history in SQL as Anki's would have.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { chromium } from 'playwright-core';
import initSqlJs from 'sql.js';
import { writeApkg } from '../../domain/interchange/apkg-write';
import type { Question } from '../../domain/shared/deck';
import type { Measurement } from '../measure';
import { buildApp, openAppPage, serveBuild } from '../serve-build';

const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4206);
const CARDS = 10_000;
const REVIEWS_PER_CARD = 5;
const DAY_MS = 86_400_000;

/** 10,000 notes in two decks of 5,000 (a deck holds at most 5,000), each card reviewed 5 times. */
async function bigPackage(now: Date): Promise<Uint8Array> {
  const sql = await initSqlJs();
  const questions: Question[] = Array.from({ length: CARDS }, (_, i) => ({
    id: `q${i}`,
    factId: `q${i}`,
    topic: 'dates',
    type: 'flashcard',
    prompt: `In which year did event number ${i} happen?`,
    answer: String(1000 + i),
    source: { section: 'bench', quote: `Event ${i} happened in ${1000 + i}.` },
  }));
  const packed = writeApkg({ id: 'bench', title: 'Bench::A', questions }, sql, now);
  const db = new sql.Database(unzipSync(packed)['collection.anki2']);
  const [crt, decksJson] = (db.exec('SELECT crt, decks FROM col')[0]?.values[0] ?? []) as [number, string];
  const decks = JSON.parse(decksJson) as Record<string, { name: string; id: number }>;
  const [first] = Object.values(decks).filter((deck) => deck.id !== 1);
  if (!first) throw new Error('no deck');
  const second = { ...first, id: first.id + 1_000_000, name: 'Bench::B' };
  db.run('UPDATE col SET decks = ?', [JSON.stringify({ ...decks, [second.id]: second })]);
  db.run('UPDATE cards SET did = ? WHERE rowid % 2 = 0', [second.id]);
  // Review cards: five answers a few days apart, due between today and 30 days on.
  db.run(
    `UPDATE cards SET type = 2, queue = 2, ivl = 10 + id % 20, due = (? - ?) / 86400 + id % 30, reps = 5, factor = 2500`,
    [Math.floor(now.getTime() / 1000), crt],
  );
  const add = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, 2500, 6000, ?)');
  const cardIds = db.exec('SELECT id FROM cards')[0]?.values.map(([id]) => Number(id)) ?? [];
  let revlogId = now.getTime() - 200 * DAY_MS;
  for (const cardId of cardIds) {
    for (let n = 0; n < REVIEWS_PER_CARD; n++) {
      revlogId += 1000;
      add.run([
        revlogId + n * 7 * DAY_MS,
        cardId,
        n === 2 ? 2 : 3,
        2 ** n,
        n === 0 ? 0 : 2 ** (n - 1),
        n === 0 ? 0 : 1,
      ]);
    }
  }
  add.free();
  const bytes = db.export();
  db.close();
  return zipSync({ 'collection.anki2': bytes, media: new TextEncoder().encode('{}') });
}

function gzipKb(file: string): number {
  return Math.round(gzipSync(readFileSync(join('dist/assets', file))).length / 102.4) / 10;
}

export async function run(): Promise<Measurement[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'muster-apkg-')), 'bench.apkg');
  writeFileSync(file, await bigPackage(new Date()));
  buildApp();
  const assets = readdirSync('dist/assets');
  const engine = assets.find((name) => name.startsWith('apkg-engine-') && name.endsWith('.js'));
  const wasm = assets.find((name) => name.endsWith('.wasm'));
  if (!engine || !wasm) throw new Error('No apkg-engine chunk or sql.js wasm in dist/assets.');
  const server = await serveBuild(PORT);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  try {
    const page = await openAppPage(browser, PORT);
    await page.goto('/import');
    const readStart = performance.now();
    await page.getByLabel('Anki package (.apkg)').setInputFiles(file);
    await page.getByTestId('apkg-summary').waitFor({ timeout: 300_000 });
    const read = performance.now() - readStart;
    const button = page.getByRole('button', { name: /with their history/ });
    await button.waitFor({ timeout: 300_000 });
    await page.waitForFunction(
      () => !document.querySelector<HTMLButtonElement>('button.primary[type=submit]')?.disabled,
      undefined,
      { timeout: 300_000 },
    );
    const saveStart = performance.now();
    await button.click();
    await page.waitForURL((url) => url.pathname === '/', { timeout: 600_000 });
    const save = performance.now() - saveStart;
    return [
      {
        name: `read and preview ${CARDS} cards, ${CARDS * REVIEWS_PER_CARD} review rows`,
        value: read,
        unit: 'ms',
      },
      { name: 'save them with FSRS replay and review logs (one transaction)', value: save, unit: 'ms' },
      { name: 'lazy apkg-engine chunk (gzip)', value: gzipKb(engine), unit: 'KB' },
      { name: 'sql.js wasm (gzip)', value: gzipKb(wasm), unit: 'KB' },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}
