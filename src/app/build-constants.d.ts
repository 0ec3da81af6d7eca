/** Each bundled deck's id and fingerprint (deckContentHash), written by vite.config.ts at build. */
declare const BUNDLED_DECK_HASHES: Record<string, string>;

/** headingsBeforeData() of the bundled decks, written by vite.config.ts at build. */
declare const HEADINGS_BEFORE_DATA: Record<string, string>;
