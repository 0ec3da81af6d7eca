import { type AppDB, db } from '../db/app-db';
import { decksStoredWith } from '../db/decks';
import { type StoreInWorker, storeBundledDecks } from './store-bundled-decks';

/**
 * Opens the database and stores the bundled decks if they are new or changed. The build
 * writes each bundled deck's fingerprint into the app (BUNDLED_DECK_HASHES, vite.config.ts),
 * so on most starts one read says they are stored, and the decks (with the schema and the
 * scheduler that storing them needs) are fetched only on a first visit or after an update
 * that changed a deck, by the worker that stores them. This module is its own chunk: Dexie
 * loads after first paint.
 *
 * `storing`: the worker already started, when the caller expected a first visit. Storing is
 * idempotent, so it is awaited even if the decks turn out to be stored already.
 */
export async function openDatabase(storing?: StoreInWorker): Promise<AppDB> {
  if (storing) await storeBundledDecks(db, storing);
  else if (!(await decksStoredWith(db, BUNDLED_DECK_HASHES))) await storeBundledDecks(db);
  return db;
}
