import { useQuery } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import type { AppDB } from '../../db/app-db';
import {
  belowRecallLevels,
  dueForecast,
  masteryByTopic,
  memoryDistributions,
  reviewLoad,
  weakestCards,
} from '../../db/card-stats';
import { listDecks } from '../../db/decks';
import { queryKeys } from '../../db/query-keys';
import { quizAttemptsWithTopics } from '../../db/quiz-history';
import { studySettingsFor } from '../../db/settings';
import {
  cardDetail,
  newCardCount,
  questionsByKey,
  reviewCountsPerDay,
  reviewLogsBetween,
} from '../../db/stats';
import { todayQueue } from '../../db/study';
import { cardHistory, forgettingCurve } from '../../domain/stats/card-history';
import { daysFrom, daysUpTo } from '../../domain/stats/days';
import { joinSpans } from '../../domain/stats/forecast';
import { buildHeatmap } from '../../domain/stats/heatmap';
import { masteryOf } from '../../domain/stats/mastery';
import { quizHistoryByDeck, topicsOf } from '../../domain/stats/quiz-trend';
import { trueRetention } from '../../domain/stats/retention';
import { currentStreak, summariseToday } from '../../domain/stats/today';
import { queueCounts } from '../../domain/study/queue';
import { createScheduler } from '../../domain/study/scheduler';
import { localTimeZone } from '../../domain/study/study-day';

/**
 * Statistics are read fresh on every visit (staleTime 0): study in this tab or another
 * changes them, and the study screen does not know about this page's keys.
 */
const FRESH = { staleTime: 0 } as const;

async function clockFor(db: AppDB, deckId: string | undefined) {
  const settings = await studySettingsFor(db, deckId);
  return { settings, clock: { dayStartHour: settings.dayStartHour, timeZone: localTimeZone() } };
}

/** New / learning / to-review counts as the study screen would show them, summed over decks. */
async function todayCounts(db: AppDB, deckId: string | undefined, now: Date) {
  const deckIds = deckId === undefined ? (await listDecks(db)).map((deck) => deck.id) : [deckId];
  const perDeck = await Promise.all(
    deckIds.map(async (id) => queueCounts((await todayQueue(db, id, now, localTimeZone())).queue)),
  );
  return perDeck.reduce(
    (total, counts) => ({
      fresh: total.fresh + counts.fresh,
      learning: total.learning + counts.learning,
      reviews: total.reviews + counts.reviews,
    }),
    { fresh: 0, learning: 0, reviews: 0 },
  );
}

/** Today's work, the streak and a year of reviews per day. */
export function useActivity(deckId: string | undefined) {
  const db = useDb();
  return useQuery({
    ...FRESH,
    queryKey: queryKeys.stats(deckId, 'activity'),
    queryFn: async () => {
      const now = new Date();
      const { clock } = await clockFor(db, deckId);
      const days = daysUpTo(now, 365, clock);
      const today = days[days.length - 1];
      if (!today) throw new Error('A year of study days cannot be empty.');
      const [counts, todayLogs, queue] = await Promise.all([
        reviewCountsPerDay(db, days, deckId),
        reviewLogsBetween(db, today.start, today.end, deckId),
        todayCounts(db, deckId, now),
      ]);
      return {
        heatmap: buildHeatmap(days, counts),
        streak: currentStreak(counts),
        today: { ...summariseToday(todayLogs), ...queue, label: today.label },
      };
    },
  });
}

export const RETENTION_PERIODS = [7, 30, 365] as const;
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number];

/** True retention over the last `periodDays` study days, against the desired retention. */
export function useRetention(deckId: string | undefined, periodDays: RetentionPeriod) {
  const db = useDb();
  return useQuery({
    ...FRESH,
    queryKey: queryKeys.stats(deckId, `retention-${periodDays}`),
    queryFn: async () => {
      const { settings, clock } = await clockFor(db, deckId);
      const days = daysUpTo(new Date(), periodDays, clock);
      const start = days[0]?.start ?? 0;
      const end = days[days.length - 1]?.end ?? 0;
      const logs = await reviewLogsBetween(db, start, end, deckId);
      return { retention: trueRetention(logs, days), desired: settings.desiredRetention };
    },
  });
}

/** How many of the weakest cards the card list shows at first. */
export const CARD_LIST_PAGE = 20;

/** Everything about the cards themselves: forecast, mastery, FSRS distributions, weakest cards. */
export function useCardStats(deckId: string | undefined, listLength: number) {
  const db = useDb();
  return useQuery({
    ...FRESH,
    queryKey: [...queryKeys.stats(deckId, 'cards'), listLength],
    placeholderData: (previous) => previous,
    queryFn: async () => {
      const now = new Date();
      const { settings, clock } = await clockFor(db, deckId);
      const deckIds = deckId === undefined ? (await listDecks(db)).map((deck) => deck.id) : [deckId];
      const monthDays = daysFrom(now, 30, clock);
      // The recall counts feed both the memory chart and the choice of weakest-card candidates.
      const below = belowRecallLevels(db, deckIds, now.getTime());
      const [notStarted, month, year, dailyLoad, mastery, distributions, weakest] = await Promise.all([
        newCardCount(db, deckId),
        dueForecast(db, deckId, monthDays),
        dueForecast(db, deckId, joinSpans(daysFrom(now, 364, clock), 7)),
        reviewLoad(db, deckIds),
        masteryByTopic(db, deckIds, now.getTime()),
        below.then((counts) => memoryDistributions(db, deckIds, counts)),
        below.then((counts) => weakestCards(db, deckIds, now, listLength, counts, createScheduler(settings))),
      ]);
      const questions = await questionsByKey(
        db,
        weakest.map(({ card }) => card.key),
      );
      return {
        notStarted,
        forecast: {
          month,
          monthLabels: monthDays.map((day) => day.label),
          yearByWeek: year.perSpan,
          yearLater: year.later,
          dailyLoad,
        },
        mastery,
        desiredRetention: settings.desiredRetention,
        distributions,
        studiedCount: distributions.cards,
        weakest: weakest.map(({ card, recall }) => ({
          key: card.key,
          deckId: card.deckId,
          questionId: card.questionId,
          topic: card.topic,
          recall,
          lapses: card.fsrs.lapses,
          prompt: questions.get(card.key)?.prompt ?? card.questionId,
        })),
      };
    },
  });
}

export type CardStats = NonNullable<ReturnType<typeof useCardStats>['data']>;

/** One card: its question, each answer and its forgetting curve. */
export function useCardDetail(cardKey: string) {
  const db = useDb();
  return useQuery({
    ...FRESH,
    queryKey: queryKeys.statsCard(cardKey),
    queryFn: async () => {
      const detail = await cardDetail(db, cardKey);
      if (!detail) return null;
      const now = new Date();
      const { settings } = await clockFor(db, detail.card.deckId);
      const scheduler = createScheduler(settings);
      return {
        card: detail.card,
        prompt: detail.question?.prompt ?? detail.card.questionId,
        answer: detail.question?.answer,
        history: cardHistory(detail.logs, detail.card),
        standing: masteryOf(detail.card, now.getTime()),
        curve: forgettingCurve(detail.card.fsrs, now, scheduler),
        desiredRetention: settings.desiredRetention,
      };
    },
  });
}

/** Practice quiz scores over time, per deck (the deck quizzed last first), with deck titles. */
export function useQuizScores(deckId: string | undefined) {
  const db = useDb();
  return useQuery({
    ...FRESH,
    queryKey: queryKeys.stats(deckId, 'quizzes'),
    queryFn: async () => {
      const [attempts, decks] = await Promise.all([quizAttemptsWithTopics(db, deckId), listDecks(db)]);
      const titles = new Map(decks.map((deck) => [deck.id, deck.title]));
      const histories = quizHistoryByDeck(
        attempts.map(({ attempt, questionTopics }) => ({
          deckId: attempt.deckId,
          startedAt: attempt.startedAt,
          finishedAt: attempt.finishedAt,
          score: attempt.score,
          outOf: attempt.outOf,
          topics: topicsOf(questionTopics),
        })),
      );
      // A deck removed since keeps its quizzes; its id is the only name left.
      return histories.map((history) => ({
        ...history,
        title: titles.get(history.deckId) ?? history.deckId,
      }));
    },
  });
}

export type DeckQuizScores = NonNullable<ReturnType<typeof useQuizScores>['data']>[number];
