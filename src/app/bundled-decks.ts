import type { AppDB } from '../db/app-db';
import { loadDeck } from '../db/load-deck';
import { parseDeck } from '../domain/shared/deck';

/**
 * The decks in decks/ ship with the app inside this module, which the worker that stores them
 * loads (store-bundled-decks.worker.ts) when one of them is not stored yet (open-database.ts);
 * the service worker precaches it, so it loads offline too.
 */
const bundled = import.meta.glob<unknown>('/decks/*/deck.json', { import: 'default', eager: true });

/** Loads every bundled deck that is new or changed. Safe to run at every start, in every tab. */
export async function loadBundledDecks(db: AppDB, now = new Date()): Promise<void> {
  for (const deck of Object.values(bundled)) {
    await loadDeck(db, parseDeck(deck), { builtIn: true, now });
  }
}
