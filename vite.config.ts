/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };

const THEME = '#1f3a5f';
// Shown on the Backup page so a learner can tell which version runs; the e2e update test
// builds twice with different values to get two versions.
const appVersion = process.env.VITE_MUSTER_VERSION ?? pkg.version;

export default defineConfig({
  plugins: [
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
        globPatterns: ['**/*.{js,css,html}'],
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
  define: { 'import.meta.env.VITE_MUSTER_VERSION': JSON.stringify(appVersion) },
  // ES module workers can load chunks lazily: the derive worker loads the wikitext parser only for wikitext.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
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
});
