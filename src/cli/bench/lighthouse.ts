// Lighthouse on the built app: its default mobile settings (a mid-range phone on slow 4G,
// simulated; CPU slowed 4x), performance, accessibility and best practices on the home, deck
// and study routes. Each run is a cold first visit (Lighthouse clears storage): the app
// stores the bundled deck itself. Median of 3 runs per route, written to bench/results.json.
// `npm run bench lighthouse -- --quick` (CI) runs each route once, checks only the
// accessibility and best-practices scores (and that Lighthouse ran), and writes nothing.
//
// Lighthouse is pinned in package.json (12.2.3, the version the issue measured with, so the
// numbers compare); it runs on Node 20 with Debian's Chromium. Its throttling is simulated:
// the page loads at full speed and Lighthouse computes the phone's timings from the trace,
// which still lengthens with a busy CPU, so each run records the machine's load average.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Measurement, summarize } from '../measure';
import { buildApp, serveBuild } from '../serve-build';
import { cpuBlockingMs, type TraceEvent } from './cpu-blocking';

const LIGHTHOUSE_CLI = 'node_modules/lighthouse/cli/index.js';
const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4209);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 1 : 3;
const ROUTES = { home: '/', deck: '/decks/siege-of-emesa', study: '/decks/siege-of-emesa/study' };

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Blocking time from the trace's CPU times rather than wall times (cpu-blocking.ts). */
  cpuBlockingMs: number;
}

/** One run as results.json keeps it: the figures, and how busy the machine was. */
interface RecordedRun extends Run {
  /** The 1-minute load average as the run started and ended (2 cores). */
  loadAverage: { start: number; end: number };
  /** Lighthouse's own CPU benchmark: lower means a slower or busier CPU. */
  benchmarkIndex: number;
}

interface Report {
  lighthouseVersion: string;
  environment: { benchmarkIndex: number };
  runtimeError?: { message: string };
  categories: Record<'performance' | 'accessibility' | 'best-practices', { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

let version = '';

function lighthouse(url: string): RecordedRun {
  const output = join(tmpdir(), `muster-lighthouse-${process.pid}.json`);
  const loadBefore = loadavg()[0] ?? 0;
  const ran = spawnSync(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      // The trace too (as <output>-0.trace.json), for the blocking time in CPU time.
      '--save-assets',
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CHROME_PATH: CHROME },
      timeout: 300_000,
    },
  );
  if (ran.status !== 0) throw new Error(`Lighthouse failed on ${url} (exit ${ran.status ?? ran.signal})`);
  const assets = output.replace(/\.json$/, '');
  const files = [output, `${assets}-0.trace.json`, `${assets}-0.devtoolslog.json`];
  let report: Report;
  let trace: { traceEvents: TraceEvent[] };
  try {
    report = JSON.parse(readFileSync(output, 'utf8')) as Report;
    // A run that failed to measure may have saved no trace: its error says why.
    if (report.runtimeError)
      throw new Error(`Lighthouse could not measure ${url}: ${report.runtimeError.message}`);
    trace = JSON.parse(readFileSync(`${assets}-0.trace.json`, 'utf8')) as { traceEvents: TraceEvent[] };
  } finally {
    for (const file of files) rmSync(file, { force: true });
  }
  version = report.lighthouseVersion;
  const score = (id: keyof Report['categories']) => Math.round((report.categories[id].score ?? 0) * 100);
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const round = (load: number) => Math.round(load * 10) / 10;
  return {
    loadAverage: { start: round(loadBefore), end: round(loadavg()[0] ?? 0) },
    benchmarkIndex: Math.round(report.environment.benchmarkIndex),
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    cpuBlockingMs: cpuBlockingMs(trace.traceEvents) ?? Number.NaN,
  };
}

/** Each figure's median over the runs (the runs themselves are kept in results.json). */
function medians(runs: Run[]): Run {
  const median = (key: keyof Run) => summarize(runs.map((run) => run[key])).median;
  return {
    performance: median('performance'),
    accessibility: median('accessibility'),
    bestPractices: median('bestPractices'),
    fcpMs: median('fcpMs'),
    lcpMs: median('lcpMs'),
    tbtMs: median('tbtMs'),
    cls: median('cls'),
    cpuBlockingMs: median('cpuBlockingMs'),
  };
}

/** The issue's targets; timings and the performance score only outside --quick (CI). */
function measurements(route: string, m: Run): Measurement[] {
  const of = `${route}, ${QUICK ? '1 run' : `median of ${RUNS}`}`;
  const timing = (budget: number) => (QUICK ? undefined : budget);
  return [
    { name: `lighthouse ${of}: performance`, value: m.performance, unit: 'points', floor: timing(95) },
    { name: `lighthouse ${of}: accessibility`, value: m.accessibility, unit: 'points', floor: 100 },
    { name: `lighthouse ${of}: best practices`, value: m.bestPractices, unit: 'points', floor: 100 },
    { name: `lighthouse ${of}: first contentful paint`, value: m.fcpMs, unit: 'ms' },
    { name: `lighthouse ${of}: largest contentful paint`, value: m.lcpMs, unit: 'ms', budget: timing(1500) },
    { name: `lighthouse ${of}: total blocking time`, value: m.tbtMs, unit: 'ms', budget: timing(100) },
    { name: `lighthouse ${of}: cumulative layout shift`, value: m.cls, unit: '', budget: timing(0.01) },
    // No budget: an estimate of the blocking time on a quiet machine, to compare builds at any load.
    { name: `lighthouse ${of}: blocking time in CPU time`, value: m.cpuBlockingMs, unit: 'ms' },
  ];
}

type Routes = Record<string, { url: string; median: Run; runs: RecordedRun[] }>;

function saveResults(routes: Routes): void {
  const file = 'bench/results.json';
  let results: Record<string, unknown> = {};
  try {
    results = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // first results
  }
  results.lighthouse = {
    version: `lighthouse@${version}`,
    settings: 'Lighthouse defaults (mobile: simulated slow 4G, CPU slowed 4x), cold first visit',
    machine: "shared 2-core machine: see each run's loadAverage",
    measuredAt: new Date().toISOString(),
    runs: RUNS,
    routes,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

export async function run(): Promise<Measurement[]> {
  buildApp();
  const server = await serveBuild(PORT);
  const routes: Routes = {};
  try {
    for (const [name, url] of Object.entries(ROUTES)) {
      const runs = Array.from({ length: RUNS }, () => lighthouse(`http://127.0.0.1:${PORT}${url}`));
      routes[name] = { url, median: medians(runs), runs };
      const loads = runs.map(({ loadAverage }) => `${loadAverage.start}→${loadAverage.end}`).join(', ');
      console.log(`${name}: ${runs.length} run(s), load average ${loads}`);
    }
  } finally {
    server.kill();
  }
  if (!QUICK) saveResults(routes);
  return Object.entries(routes).flatMap(([name, { median }]) => measurements(name, median));
}
