import { type CardRecord, cardKey } from '../domain/card';
import type { AppDB } from './app-db';

/** "Add my mistakes to study": these questions lead the deck's next study session. */
export async function addMistakes(
  db: AppDB,
  deckId: string,
  questionIds: readonly string[],
  now: Date,
): Promise<void> {
  const addedAt = now.getTime();
  await db.mistakes.bulkPut(questionIds.map((id) => ({ cardKey: cardKey(deckId, id), deckId, addedAt })));
}

/**
 * The cards of a deck's mistakes not yet reviewed since they were added. A review after
 * `addedAt` settles a mistake, so grading needs no extra write to clear it.
 */
export async function pendingMistakeCards(db: AppDB, deckId: string): Promise<CardRecord[]> {
  const mistakes = await db.mistakes.where('deckId').equals(deckId).sortBy('addedAt');
  const cards = await db.cards.bulkGet(mistakes.map((m) => m.cardKey));
  return cards.filter((card, i): card is CardRecord => {
    const addedAt = mistakes[i]?.addedAt ?? 0;
    return card !== undefined && (card.fsrs.last_review?.getTime() ?? 0) < addedAt;
  });
}
