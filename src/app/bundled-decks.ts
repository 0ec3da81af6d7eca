import type { AppDB } from '../db/app-db';
import { loadDeck } from '../db/load-deck';
import { parseDeck } from '../domain/shared/deck';

/**
 * The decks in decks/ ship with the app, each in its own lazily loaded chunk (the service
 * worker precaches them, so they load offline too).
 */
const bundled = import.meta.glob<unknown>('/decks/*/deck.json', { import: 'default' });

/** Loads every bundled deck that is new or changed. Safe to run at every start, in every tab. */
export async function loadBundledDecks(db: AppDB, now = new Date()): Promise<void> {
  for (const importDeck of Object.values(bundled)) {
    await loadDeck(db, parseDeck(await importDeck()), { builtIn: true, now });
  }
}
