import { type AppDB, db } from '../db/app-db';
import { decksStoredWith } from '../db/decks';

type BundledDecks = typeof import('./bundled-decks');

/**
 * Opens the database and stores the bundled decks if they are new or changed. The build
 * writes each bundled deck's fingerprint into the app (BUNDLED_DECK_HASHES, vite.config.ts),
 * so on most starts one read says they are stored, and the decks' chunk (with the schema
 * and the scheduler that storing them needs) is fetched only on a first visit or after an
 * update that changed a deck. This module is its own chunk: Dexie loads after first paint.
 *
 * `bundledDecks`: that chunk already on its way, when the caller expects a first visit.
 */
export async function openDatabase(bundledDecks?: Promise<BundledDecks>): Promise<AppDB> {
  if (!(await decksStoredWith(db, BUNDLED_DECK_HASHES))) {
    await (await (bundledDecks ?? import('./bundled-decks'))).loadBundledDecks(db);
  }
  return db;
}
