/** Each bundled deck's id and fingerprint (deckContentHash), written by vite.config.ts at build. */
declare const BUNDLED_DECK_HASHES: Record<string, string>;
