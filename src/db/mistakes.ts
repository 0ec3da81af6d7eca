import type { CardRecord } from '../domain/study/card';
import type { AppDB } from './app-db';

// Study reads this module on the first screen: it imports only types from src/domain,
// so ts-fsrs stays out of the first page's JavaScript (adding mistakes is in quiz-history.ts).

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
