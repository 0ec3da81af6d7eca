import type { CardRecord } from '../domain/card';
import { StaleCardError } from '../domain/errors';
import { buildQueue, type QueueSource, type StudyQueue } from '../domain/queue';
import { type StudyDay, studyDay } from '../domain/study-day';
import type { StudySettings } from '../domain/study-settings';
import type { AppDB, ReviewLogRow } from './app-db';
import { pendingMistakeCards } from './mistakes';
import { studySettingsFor } from './settings';

/** Today's reviews of a deck, oldest first (a small range read on [deckId+reviewedAt]). */
export function reviewsOfDay(db: AppDB, deckId: string, day: StudyDay): Promise<ReviewLogRow[]> {
  return db.reviewLogs.where('[deckId+reviewedAt]').between([deckId, day.start], [deckId, day.end]).toArray();
}

/** Everything buildQueue needs for one deck, read through indexes only. */
export async function loadQueueSource(
  db: AppDB,
  deckId: string,
  day: StudyDay,
  newLimit: number,
): Promise<QueueSource> {
  return db.transaction('r', db.cards, db.reviewLogs, db.mistakes, async () => {
    const dueBefore = (queue: CardRecord['queue']) =>
      db.cards
        .where('[deckId+queue+due]')
        .between([deckId, queue, -Infinity], [deckId, queue, day.end])
        .toArray();
    const [learning, reviews, today] = await Promise.all([
      dueBefore('learning'),
      dueBefore('review'),
      reviewsOfDay(db, deckId, day),
    ]);
    // Fetch a few more new cards than the limit: siblings among them get buried.
    const fresh = await db.cards
      .where('[deckId+queue+due]')
      .between([deckId, 'new', -Infinity], [deckId, 'new', Infinity])
      .limit(newLimit * 3 + 10)
      .toArray();
    const firstUp = await pendingMistakeCards(db, deckId);
    return { learning, reviews, fresh, firstUp, ...summariseDay(today) };
  });
}

function summariseDay(today: ReviewLogRow[]) {
  const newCards = new Set<string>();
  let reviewsDoneToday = 0;
  for (const log of today) {
    if (log.before.queue === 'new') newCards.add(log.cardKey);
    else if (log.before.queue === 'review') reviewsDoneToday++;
  }
  return {
    factsAnsweredToday: today.map((log) => log.factId),
    newDoneToday: newCards.size,
    reviewsDoneToday,
  };
}

/**
 * Writes one answer: the card's new state and its review log, in one transaction. If the
 * card is no longer what the learner saw (another tab graded it first), nothing is
 * written and StaleCardError says so.
 */
export async function recordReview(
  db: AppDB,
  before: CardRecord,
  after: CardRecord,
  log: Omit<ReviewLogRow, 'id'>,
): Promise<number> {
  return db.transaction('rw', db.cards, db.reviewLogs, async () => {
    const current = await db.cards.get(before.key);
    if (!current || current.fsrs.reps !== before.fsrs.reps || current.due !== before.due) {
      throw new StaleCardError('This card was just answered in another tab or window; showing the next one.');
    }
    await db.cards.put(after);
    return (await db.reviewLogs.add(log)) as number;
  });
}

export interface TodayQueue {
  day: StudyDay;
  settings: StudySettings;
  queue: StudyQueue;
}

/** Today's queue for a deck: the settings that apply, the study day, and the cards in order. */
export async function todayQueue(
  db: AppDB,
  deckId: string,
  now: Date,
  timeZone: string,
): Promise<TodayQueue> {
  const settings = await studySettingsFor(db, deckId);
  const day = studyDay(now, settings.dayStartHour, timeZone);
  const source = await loadQueueSource(db, deckId, day, settings.newPerDay);
  return { day, settings, queue: buildQueue(source, settings) };
}
