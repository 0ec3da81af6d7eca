import { StaleCardError } from '../domain/shared/errors';
import { DAY } from '../domain/shared/time';
import type { CardRecord } from '../domain/study/card';
import { buildQueue, type QueueSource, type StudyQueue } from '../domain/study/queue';
import type { FsrsCard, FsrsReviewLog, Grade } from '../domain/study/scheduler';
import { type StudyDay, studyDay } from '../domain/study/study-day';
import type { StudySettings } from '../domain/study/study-settings';
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
  return db.transaction('r', db.cards, db.reviewLogs, db.mistakes, db.questions, async () => {
    const dueBefore = (queue: CardRecord['queue']) =>
      db.cards
        .where('[deckId+queue+due]')
        .between([deckId, queue, -Infinity], [deckId, queue, day.end])
        .toArray();
    // Fetch a few more new cards than the limit: siblings among them get buried.
    const [learning, reviews, today, fresh, firstUp] = await Promise.all([
      dueBefore('learning'),
      dueBefore('review'),
      reviewsOfDay(db, deckId, day),
      db.cards
        .where('[deckId+queue+due]')
        .between([deckId, 'new', -Infinity], [deckId, 'new', Infinity])
        .limit(newLimit * 3 + 10)
        .toArray(),
      pendingMistakeCards(db, deckId),
    ]);
    // Their question types, so that siblings take turns by type (see buildQueue).
    const rows = await db.questions.bulkGet(fresh.map((card) => card.key));
    const questionTypes = new Map(rows.flatMap((row) => (row ? [[row.key, row.type] as const] : [])));
    return { learning, reviews, fresh, firstUp, questionTypes, ...summariseDay(today) };
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

/** The review log of one answer: what was given, when, and the card as it was before (for undo). */
export function reviewLogOf(
  card: CardRecord,
  grade: Grade,
  at: Date,
  durationMs: number,
  fsrs: FsrsReviewLog,
): Omit<ReviewLogRow, 'id'> {
  return {
    cardKey: card.key,
    deckId: card.deckId,
    factId: card.factId,
    grade,
    reviewedAt: at.getTime(),
    durationMs,
    before: { queue: card.queue, due: card.due, leech: card.leech },
    fsrs,
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
    // All three requests go out at once (the study screen waits for this commit before it
    // shows the next card). IndexedDB runs them in order, so the read sees the card as it
    // was before the put; if it is stale, throwing aborts the transaction and both writes
    // are rolled back (their own failure, if any, is then the abort, not news).
    const read = db.cards.get(before.key);
    const writes = Promise.all([db.cards.put(after), db.reviewLogs.add(log)]);
    const current = await read.catch((failure: unknown) => {
      writes.catch(() => {});
      throw failure;
    });
    if (!current || current.fsrs.reps !== before.fsrs.reps || current.due !== before.due) {
      writes.catch(() => {});
      throw new StaleCardError('This card was just answered in another tab or window; showing the next one.');
    }
    const [, logId] = await writes;
    return logId as number;
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

/**
 * Takes back one answer: deletes its review log and puts the card back as it was (FSRS
 * state rolled back by ts-fsrs from the log; queue, due and leech from the log's
 * `before`), in one transaction. Only a card's latest answer can be undone; anything else
 * (already undone, answered again in another tab) is a StaleCardError and changes nothing.
 */
export async function undoReview(
  db: AppDB,
  logId: number,
  rollback: (card: FsrsCard, log: FsrsReviewLog) => FsrsCard,
): Promise<CardRecord> {
  return db.transaction('rw', db.cards, db.reviewLogs, async () => {
    const log = await db.reviewLogs.get(logId);
    const latest = log && (await db.reviewLogs.where('cardKey').equals(log.cardKey).last());
    const card = log && (await db.cards.get(log.cardKey));
    if (!log || !card || latest?.id !== logId) {
      throw new StaleCardError(
        'That answer cannot be undone any more: it was already undone or the card was answered again (perhaps in another tab).',
      );
    }
    const restored: CardRecord = { ...card, ...log.before, fsrs: rollback(card.fsrs, log.fsrs) };
    await db.cards.put(restored);
    await db.reviewLogs.delete(logId);
    return restored;
  });
}

export interface NextDue {
  /** When the next learning or review card of the deck comes due (epoch ms), or null if none is scheduled. */
  at: number | null;
  /** How many cards are due by the end of the next study day. */
  dueByTomorrowEnd: number;
}

/** What is due next in a deck, for the end of a session. */
export async function nextDue(db: AppDB, deckId: string, now: number, day: StudyDay): Promise<NextDue> {
  const tomorrowEnd = day.end + DAY;
  const range = (queue: 'learning' | 'review', from: number, to: number) =>
    db.cards.where('[deckId+queue+due]').between([deckId, queue, from], [deckId, queue, to], true, false);
  const [learning, review, learningCount, reviewCount] = await Promise.all([
    range('learning', now, Infinity).first(),
    range('review', now, Infinity).first(),
    range('learning', -Infinity, tomorrowEnd).count(),
    range('review', -Infinity, tomorrowEnd).count(),
  ]);
  const dues = [learning?.due, review?.due].filter((due): due is number => due !== undefined);
  return { at: dues.length > 0 ? Math.min(...dues) : null, dueByTomorrowEnd: learningCount + reviewCount };
}
