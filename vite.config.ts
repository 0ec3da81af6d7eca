/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, runnerImport } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };

const THEME = '#1f3a5f';
// Shown on the Backup page so a learner can tell which version runs; the e2e update test
// builds twice with different values to get two versions.
const appVersion = process.env.VITE_MUSTER_VERSION ?? pkg.version;

// Through Vite's module runner, so the config itself imports no source files of ours.
const load = async <T>(id: string) =>
  (await runnerImport<T>(id, { configFile: false, logLevel: 'warn' })).module;

/**
 * What the app needs to know of the bundled decks before it opens the database: each deck's
 * fingerprint, as loadDeck stores it (at start-up the app compares them with the database and
 * loads the deck chunks only when one differs, open-database.ts), and the headings known
 * without data (headings-before-data.ts).
 */
async function bundledDecks(): Promise<{ hashes: Record<string, string>; headings: Record<string, string> }> {
  const { parseDeck } = await load<typeof import('./src/domain/shared/deck')>('/src/domain/shared/deck.ts');
  const { deckContentHash } = await load<typeof import('./src/domain/shared/content-hash')>(
    '/src/domain/shared/content-hash.ts',
  );
  const { headingsBeforeData } = await load<typeof import('./src/app/headings-before-data')>(
    '/src/app/headings-before-data.ts',
  );
  const hashes: Record<string, string> = {};
  const titles: Record<string, string> = {};
  for (const dir of readdirSync('decks')) {
    const file = `decks/${dir}/deck.json`;
    if (!existsSync(file)) continue;
    const deck = parseDeck(JSON.parse(readFileSync(file, 'utf8')));
    hashes[deck.id] = deckContentHash(deck);
    titles[deck.id] = deck.title;
  }
  return { hashes, headings: headingsBeforeData(titles) };
}

/**
 * The Content-Security-Policy of the built app, as a meta tag in index.html so that it holds
 * wherever the files are served from, the service worker's offline copy included. No eval,
 * nothing from another origin except reads from Wikipedia (the one remote the app may fetch);
 * the deriving worker is our own file. The one inline style and the two inline scripts (the
 * shell's heading and the scripts' loader) are the shell's (firstPaint below), each allowed by
 * its hash alone. Only in the build: the dev
 * server injects inline scripts for hot reload.
 */
const contentSecurityPolicy = (inline: { scripts: string[]; styles: string[] }) =>
  [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inline.scripts.map(cspHash)].join(' '),
    ["style-src 'self'", ...inline.styles.map(cspHash)].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self' https://*.wikipedia.org",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
  ].join('; ');

/** A CSP hash source: what lets exactly this inline text, and no other, run or apply. */
const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Where index.html's shell has its heading: a grey bar, or the page's heading (below). */
const SHELL_HEADING = '<div class="skeleton-heading"></div>';

/**
 * Puts the page's real heading in the shell's grey bar's place where it is known without
 * data (headings-before-data.ts): on the deck list and a bundled deck's page, the largest text
 * then paints with the first paint. A classic inline script, so it runs as the parser reaches
 * it, before that paint; the table is JSON with `<` escaped, so no title can end the script.
 */
const shellHeadingScript = (headings: Record<string, string>) =>
  `{const heading=${JSON.stringify(headings).replaceAll('<', '\\u003c')}[location.pathname];` +
  'if(heading){const h1=document.createElement("h1");h1.textContent=heading;' +
  'document.currentScript.previousElementSibling.replaceWith(h1)}}';

/** The module scripts as Vite links them into index.html: the entry, and the chunks it preloads. */
const MODULE_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * Takes the module scripts out of the page's head and puts in their place a few lines of
 * inline script that add them: at once, or, on a page whose shell paints the page's own
 * heading (shellHeadingScript), once the shell has painted (the frame after the first one
 * that the page asks for). There the heading is the largest paint and needs none of the
 * scripts; Lighthouse's simulation counts every request that ended before the largest paint
 * as needed by it, so with the scripts in the head its largest paint on the deck list waited
 * for the 95 KB entry chunk on slow 4G (LCP 2.4 s against 1.3 s first paint). On any other
 * page the largest paint is the app's own, which needs the scripts: a frame's wait would
 * only delay it. A hidden tab paints nothing: it loads at once.
 */
function scriptsAfterFirstPaint(
  html: string,
  headings: Record<string, string>,
): { html: string; loader: string } {
  const entry = MODULE_SCRIPT.exec(html)?.[1];
  if (!entry) throw new Error('index.html has no module script to load after the first paint');
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1] ?? '');
  const loader =
    `{const load=()=>{for(const href of ${JSON.stringify(preloads)}){const link=document.createElement("link");` +
    'link.rel="modulepreload";link.href=href;document.head.append(link)}' +
    `const script=document.createElement("script");script.type="module";script.src=${JSON.stringify(entry)};` +
    'document.head.append(script)};' +
    `if(!${JSON.stringify(Object.keys(headings)).replaceAll('<', '\\u003c')}.includes(location.pathname)` +
    '||document.visibilityState==="hidden")load();else requestAnimationFrame(()=>setTimeout(load))}';
  const withoutScripts = html.replace(MODULE_SCRIPT, '').replaceAll(MODULE_PRELOAD, '');
  // If Vite changed how it links the scripts, one left in the page would load before the paint.
  if (withoutScripts.includes('modulepreload') || withoutScripts.includes('type="module"'))
    throw new Error('index.html still links a module script after taking them out');
  return { html: withoutScripts.replace('</body>', () => `<script>${loader}</script></body>`), loader };
}

/**
 * index.html as it paints first:
 * - the app's stylesheet (about 5 KB gzip) goes in as a <style> element instead of a linked
 *   file, which would block the first paint for one more round trip (on a phone's slow 4G,
 *   most of the time before the shell shows);
 * - the shell's heading is the page's own where the build knows it (shellHeadingScript);
 * - the module scripts are added by an inline loader, after the first paint where the shell
 *   paints the page's heading, at once elsewhere (scriptsAfterFirstPaint);
 * - the CSP meta, which needs the hashes of the stylesheet and of the two inline scripts.
 */
const firstPaint = (headings: Record<string, string>): Plugin => ({
  name: 'muster-first-paint',
  apply: 'build',
  transformIndexHtml: {
    // After Vite has linked the entry's stylesheet into the page.
    order: 'post',
    handler(html, { bundle }) {
      const styles: string[] = [];
      const inlined = html.replace(
        /<link rel="stylesheet"[^>]* href="\/([^"]+\.css)">/g,
        (_link, file: string) => {
          const asset = bundle?.[file];
          if (asset?.type !== 'asset')
            throw new Error(`index.html links ${file}, which the build did not emit`);
          const css = String(asset.source);
          if (/<\/style/i.test(css))
            throw new Error(`${file} contains "</style", which would end the inline style`);
          styles.push(css);
          delete bundle?.[file];
          return `<style>${css}</style>`;
        },
      );
      // One stylesheet for the whole app (build.cssCodeSplit), so no chunk names one to load.
      const css = Object.keys(bundle ?? {}).filter((file) => file.endsWith('.css'));
      if (css.length > 0) throw new Error(`${css.join(', ')} is not inline in index.html`);
      if (!inlined.includes(SHELL_HEADING)) throw new Error(`index.html's shell has no ${SHELL_HEADING}`);
      const script = shellHeadingScript(headings);
      // A function, so a "$&" in a deck title is not read as a replacement pattern (the hash is of `script` as it is).
      const withHeading = inlined.replace(SHELL_HEADING, () => `${SHELL_HEADING}<script>${script}</script>`);
      const { html: painted, loader } = scriptsAfterFirstPaint(withHeading, headings);
      const policy = contentSecurityPolicy({ scripts: [script, loader], styles });
      return {
        html: painted,
        tags: [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
            injectTo: 'head-prepend',
          },
        ],
      };
    },
  },
});

const { hashes: bundledDeckHashes, headings } = await bundledDecks();

export default defineConfig(async () => ({
  plugins: [
    firstPaint(headings),
    react(),
    VitePWA({
      // The user chooses when to reload: an update must never cut a study session or quiz short.
      registerType: 'prompt',
      // main.tsx registers the worker itself (lazily), so no script is injected into index.html.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Muster — history flashcards and quizzes',
        short_name: 'Muster',
        description: 'Offline flashcards and quizzes derived from history articles, scheduled by FSRS.',
        id: '/',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME,
        background_color: THEME,
        icons: [
          { src: '/pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The shell, every lazy route chunk and every bundled deck chunk (decks are JS chunks);
        // icons, favicon and manifest are added by includeAssets and the manifest itself.
        globPatterns: ['**/*.{js,css,html,wasm}'],
        // Deep links (/decks/…, /a#…) are client routes: answer them with the shell, offline too.
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first install takes charge of the open page at once, so screens not yet opened
        // (lazy chunks) load from the precache if the network goes before the next reload.
        // Updates still wait for the learner's go-ahead (registerType 'prompt').
        clientsClaim: true,
      },
    }),
  ],
  define: {
    'import.meta.env.VITE_MUSTER_VERSION': JSON.stringify(appVersion),
    BUNDLED_DECK_HASHES: JSON.stringify(bundledDeckHashes),
    HEADINGS_BEFORE_DATA: JSON.stringify(headings),
  },
  // ES module workers can load chunks lazily: the derive worker loads the wikitext parser only for wikitext.
  worker: { format: 'es' as const },
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each module needs (tests/e2e/first-paint.e2e.ts
    // checks the first page fetches only those of the home page).
    manifest: true,
    // One stylesheet, inline in index.html (firstPaint). Split per chunk, a lazy chunk would
    // link the entry's stylesheet file into the page again: a second fetch, and a style
    // recalculation of the whole page in one long task.
    cssCodeSplit: false,
  },
  // `npm start -- --port 5000` or `PORT=5000 npm start` serves elsewhere; strict, so a port
  // in use is an error rather than a silent move to another one.
  preview: { port: Number(process.env.PORT) || 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['**/*.browser.test.tsx', 'tests/e2e/**', 'node_modules/**'],
  },
}));
