import type { CardRecord } from '../domain/study/card';
import type { StudyDay } from '../domain/study/study-day';
import type { AppDB, QuestionRow, ReviewLogRow } from './app-db';

/**
 * Reads for the statistics page. Each goes through an index range: review logs by
 * `reviewedAt` or `[deckId+reviewedAt]`, cards by queue, a card's logs by `cardKey`. The card
 * counts behind forecast, mastery and the memory charts are in card-stats.ts.
 * `deckId` undefined means every deck.
 */

function logsBetween(db: AppDB, start: number, end: number, deckId: string | undefined) {
  return deckId === undefined
    ? db.reviewLogs.where('reviewedAt').between(start, end, true, false)
    : db.reviewLogs.where('[deckId+reviewedAt]').between([deckId, start], [deckId, end], true, false);
}

/**
 * Reviews per study day, one index count per day: counting never loads the logs, so a year
 * of a heavy learner's reviews costs 365 small counts rather than reading every row.
 */
export function reviewCountsPerDay(db: AppDB, days: readonly StudyDay[], deckId?: string): Promise<number[]> {
  return db.transaction('r', db.reviewLogs, () =>
    Promise.all(days.map((day) => logsBetween(db, day.start, day.end, deckId).count())),
  );
}

/** The review logs in [start, end), oldest first. */
export function reviewLogsBetween(
  db: AppDB,
  start: number,
  end: number,
  deckId?: string,
): Promise<ReviewLogRow[]> {
  return logsBetween(db, start, end, deckId).toArray();
}

/** How many cards were never studied (an index count, no rows read). */
export function newCardCount(db: AppDB, deckId?: string): Promise<number> {
  return deckId === undefined
    ? db.cards.where('[queue+due]').between(['new', -Infinity], ['new', Infinity]).count()
    : db.cards
        .where('[deckId+queue+due]')
        .between([deckId, 'new', -Infinity], [deckId, 'new', Infinity])
        .count();
}

export interface CardDetail {
  card: CardRecord;
  question: QuestionRow | undefined;
  logs: ReviewLogRow[];
}

/** One card with its question and every answer given to it. */
export async function cardDetail(db: AppDB, cardKey: string): Promise<CardDetail | null> {
  return db.transaction('r', db.cards, db.questions, db.reviewLogs, async () => {
    const card = await db.cards.get(cardKey);
    if (!card) return null;
    const [question, logs] = await Promise.all([
      db.questions.get(cardKey),
      db.reviewLogs.where('cardKey').equals(cardKey).toArray(),
    ]);
    return { card, question, logs };
  });
}

/** Questions by card key (the same key), for naming cards in a list. */
export async function questionsByKey(db: AppDB, keys: readonly string[]): Promise<Map<string, QuestionRow>> {
  const rows = await db.questions.bulkGet([...keys]);
  return new Map(rows.flatMap((row) => (row ? [[row.key, row]] : [])));
}
