import { TOPICS } from '../domain/shared/deck';
import {
  DIFFICULTY_BANDS,
  type Distributions,
  distributionsFrom,
  STABILITY_BANDS,
} from '../domain/stats/distributions';
import { dailyLoad, type Forecast, forecastFrom, type Span } from '../domain/stats/forecast';
import { masteryRanges, type TopicMastery } from '../domain/stats/mastery';
import { RECALL_LEVELS, type RecallLevel } from '../domain/stats/recall-thresholds';
import type { CardRecord } from '../domain/study/card';
import type { Scheduler } from '../domain/study/scheduler';
import type { AppDB } from './app-db';

/**
 * The statistics page's card numbers, counted with index ranges (see the version 3 indexes in
 * app-db.ts) so that no read grows with the size of the collection, except the handful of
 * cards the "weakest" list shows. `deckIds` are the decks to sum over.
 */

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const sumOverDecks = async (deckIds: readonly string[], count: (deckId: string) => Promise<number>) =>
  sum(await Promise.all(deckIds.map(count)));

/** Cards waiting to be answered (learning and review; not new, not suspended) due in [from, to). */
function dueBetween(db: AppDB, deckId: string | undefined, from: number, to: number): Promise<number> {
  const count = (queue: CardRecord['queue']) =>
    deckId === undefined
      ? db.cards.where('[queue+due]').between([queue, from], [queue, to], true, false).count()
      : db.cards
          .where('[deckId+queue+due]')
          .between([deckId, queue, from], [deckId, queue, to], true, false)
          .count();
  return Promise.all([count('learning'), count('review')]).then(sum);
}

/** Cards coming due in each span; overdue ones count on the first. `deckId` undefined: every deck. */
export async function dueForecast(
  db: AppDB,
  deckId: string | undefined,
  spans: readonly Span[],
): Promise<Forecast> {
  const first = spans[0]?.start ?? Infinity;
  const last = spans[spans.length - 1]?.end ?? Infinity;
  const [perSpan, before, after] = await Promise.all([
    Promise.all(spans.map((span) => dueBetween(db, deckId, span.start, span.end))),
    dueBetween(db, deckId, -Infinity, first),
    dueBetween(db, deckId, last, Infinity),
  ]);
  return forecastFrom({ perSpan, before, after });
}

/** The long-run reviews a day: one count per distinct interval among the cards in review. */
export async function reviewLoad(db: AppDB, deckIds: readonly string[]): Promise<number> {
  const perDeck = await Promise.all(
    deckIds.map(async (deckId) => {
      const byInterval = () => db.cards.where('[deckId+queue+fsrs.scheduled_days]');
      const keys = await byInterval()
        .between([deckId, 'review', -Infinity], [deckId, 'review', Infinity])
        .uniqueKeys();
      return Promise.all(
        keys.map(async (key) => ({
          days: Number((key as unknown[])[2]),
          cards: await byInterval().equals(key).count(),
        })),
      );
    }),
  );
  return dailyLoad(perDeck.flat());
}

/** Known, learning and weak cards per topic (topics without studied cards left out). */
export async function masteryByTopic(
  db: AppDB,
  deckIds: readonly string[],
  now: number,
): Promise<TopicMastery[]> {
  const ranges = masteryRanges(now);
  const rows = await Promise.all(
    TOPICS.map(async (topic) => {
      const row: TopicMastery = { topic, learning: 0, weak: 0, known: 0, total: 0 };
      const counts = await Promise.all(
        ranges.map(({ queue, from, to }) =>
          sumOverDecks(deckIds, (deckId) =>
            db.cards
              .where('[deckId+topic+queue+due]')
              .between([deckId, topic, queue, from], [deckId, topic, queue, to], true, false)
              .count(),
          ),
        ),
      );
      ranges.forEach(({ level }, i) => {
        row[level] += counts[i] ?? 0;
        row.total += counts[i] ?? 0;
      });
      return row;
    }),
  );
  return rows.filter((row) => row.total > 0);
}

/** Studied cards whose recall is below `level`% at `at` (all studied cards with `at` = Infinity). */
function belowRecall(db: AppDB, deckIds: readonly string[], level: RecallLevel, at: number): Promise<number> {
  return sumOverDecks(deckIds, (deckId) =>
    db.cards
      .where('recallThresholds')
      .between([deckId, level, -Infinity], [deckId, level, at], true, true)
      .count(),
  );
}

/** How many studied cards are below each recall level (RECALL_LEVELS order) at `at`. */
export function belowRecallLevels(db: AppDB, deckIds: readonly string[], at: number): Promise<number[]> {
  return Promise.all(RECALL_LEVELS.map((level) => belowRecall(db, deckIds, level, at)));
}

/** Stability, difficulty and today's chance of recall (from belowRecallLevels) across the studied cards. */
export async function memoryDistributions(
  db: AppDB,
  deckIds: readonly string[],
  belowRecallLevel: readonly number[],
): Promise<Distributions> {
  const inBands = (field: 'fsrs.stability' | 'fsrs.difficulty', bands: typeof STABILITY_BANDS) =>
    Promise.all(
      bands.map(({ from, to }) =>
        sumOverDecks(deckIds, (deckId) =>
          db.cards.where(`[deckId+${field}]`).between([deckId, from], [deckId, to], true, false).count(),
        ),
      ),
    );
  const [studied, stability, difficulty] = await Promise.all([
    belowRecall(db, deckIds, 90, Infinity),
    inBands('fsrs.stability', STABILITY_BANDS),
    inBands('fsrs.difficulty', DIFFICULTY_BANDS),
  ]);
  return distributionsFrom({ studied, stability, difficulty, belowRecallLevel });
}

/** Beyond the cards asked for, how many more candidates the weakest list may read per deck. */
const SPARE_CANDIDATES = 500;

export interface RecalledCard {
  card: CardRecord;
  /** FSRS retrievability now, 0–1. */
  recall: number;
}

/**
 * The `count` studied cards with the lowest chance of recall now, lowest first. Candidates come
 * from the lowest recall level below which at least `count` cards lie (`belowRecallLevel`, at
 * `now`), or, with fewer, from the cards nearest to dropping below 90%: in each deck the
 * earliest to drop, at most `count` + 500. Their exact recall then orders them. The list is
 * exact whenever no deck holds more candidates than that, and otherwise made of cards all
 * below that level.
 */
export async function weakestCards(
  db: AppDB,
  deckIds: readonly string[],
  now: Date,
  count: number,
  belowRecallLevel: readonly number[],
  scheduler: Pick<Scheduler, 'retrievability'>,
): Promise<RecalledCard[]> {
  const index = belowRecallLevel.findIndex((cards) => cards >= count);
  const level = index < 0 ? 90 : (RECALL_LEVELS[index] ?? 90);
  const upTo = index < 0 ? Infinity : now.getTime();
  const keys = await Promise.all(
    deckIds.map((deckId) =>
      db.cards
        .where('recallThresholds')
        .between([deckId, level, -Infinity], [deckId, level, upTo], true, true)
        .limit(count + SPARE_CANDIDATES)
        .primaryKeys(),
    ),
  );
  const cards = (await db.cards.bulkGet(keys.flat())).filter((card) => card !== undefined);
  return cards
    .map((card) => ({ card, recall: scheduler.retrievability(card.fsrs, now) }))
    .sort((a, b) => a.recall - b.recall)
    .slice(0, count);
}
