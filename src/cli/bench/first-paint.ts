// First paint and the deck list, cold and warm, in real Chromium against the built app:
// first contentful paint, and the moment the deck list shows (its first deck link is in the
// DOM), from navigation start. Cold = a fresh profile (no database, no service worker: the
// bundled deck is stored first); warm = a reload once the service worker controls the page.
// Each at full speed and with the CPU slowed 4x (Lighthouse's mobile setting), median of 5.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium } from 'playwright-core';
import { deckListTiming, watchDeckList } from '../deck-list-timing';
import { type Measurement, summarize } from '../measure';
import { buildApp, serveBuild } from '../serve-build';

const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4207);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = 5;

/** Gzip size in KB (1,000 bytes) of the built files at these paths. */
const gzipKb = (paths: string[]) =>
  paths.reduce((sum, path) => sum + gzipSync(readFileSync(`dist${path}`)).length, 0) / 1000;

type Visit = Awaited<ReturnType<typeof deckListTiming>>;

async function visit(context: BrowserContext, cpuSlowdown: number, reload: boolean): Promise<Visit> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (reload) await page.reload();
  else await page.goto('/');
  const result = await deckListTiming(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return result;
}

export async function run(): Promise<Measurement[]> {
  buildApp();
  const server = await serveBuild(PORT);
  const browser = await chromium.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  const results: Measurement[] = [];
  try {
    for (const slowdown of [1, 4]) {
      const cold: Visit[] = [];
      const warm: Visit[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
        await context.addInitScript(watchDeckList);
        cold.push(await visit(context, slowdown, false));
        const page = context.pages()[0];
        await page?.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
          timeout: 60_000,
        });
        warm.push(await visit(context, slowdown, true));
        await context.close();
      }
      if (slowdown === 1) {
        for (const [kind, visits] of [
          ['cold first visit', cold],
          ['warm visit', warm],
        ] as const) {
          const scripts = visits[0]?.scripts ?? [];
          results.push({
            name: `JavaScript loaded before the deck list shows, ${kind}, ${scripts.length} files (gzip)`,
            value: gzipKb(scripts),
            unit: 'KB',
          });
        }
      }
      const cpu = slowdown === 1 ? 'full-speed CPU' : `CPU slowed ${slowdown}x`;
      for (const [kind, visits] of [
        ['cold first visit', cold],
        ['warm visit', warm],
      ] as const) {
        const median = (pick: (v: Visit) => number) => summarize(visits.map(pick)).median;
        results.push(
          {
            name: `first contentful paint, ${kind}, ${cpu}, median of ${RUNS}`,
            value: median((v) => v.fcp),
            unit: 'ms',
          },
          {
            name: `deck list shown, ${kind}, ${cpu}, median of ${RUNS}`,
            value: median((v) => v.deckList),
            unit: 'ms',
          },
        );
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return results;
}
