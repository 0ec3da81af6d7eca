import type { AppDB, DeckRow, QuestionRow } from './app-db';

export function listDecks(db: AppDB): Promise<DeckRow[]> {
  return db.decks.orderBy('id').toArray();
}

export function getDeck(db: AppDB, deckId: string): Promise<DeckRow | undefined> {
  return db.decks.get(deckId);
}

export function deckQuestions(db: AppDB, deckId: string): Promise<QuestionRow[]> {
  return db.questions.where('[deckId+position]').between([deckId, -Infinity], [deckId, Infinity]).toArray();
}
