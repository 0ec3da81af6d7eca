import { TOPICS, type Topic } from '../shared/deck';

/** One finished practice quiz, as the statistics need it. */
export interface QuizScore {
  deckId: string;
  /** Epoch ms; with `finishedAt`, what tells two quizzes apart. */
  startedAt: number;
  /** Epoch ms. */
  finishedAt: number;
  score: number;
  outOf: number;
  /** The topics its questions came from (empty when the questions are no longer known). */
  topics: readonly Topic[];
}

/** A quiz with its score as a whole percentage, the number the learner sees everywhere. */
export interface QuizPoint extends QuizScore {
  percent: number;
}

/** Change of score, in percentage points, from the first to the last of the recent quizzes. */
export interface QuizTrend {
  points: number;
  /** How many quizzes the change spans (2 to TREND_WINDOW). */
  over: number;
}

export interface DeckQuizHistory {
  deckId: string;
  /** Oldest first. */
  points: QuizPoint[];
  latest: QuizPoint;
  /** The highest score; of equal ones, the first time it was reached. */
  best: QuizPoint;
  /** Null until the deck has two quizzes. */
  trend: QuizTrend | null;
}

/** The trend looks at the last five quizzes: recent enough to show where you are heading. */
export const TREND_WINDOW = 5;

/**
 * The trend is simply the latest score minus the score of the oldest quiz among the last
 * `window` ones (fewer when there are fewer), so "up 12 points" is a sum the learner can
 * check against the table.
 */
export function quizTrend(points: readonly QuizPoint[], window = TREND_WINDOW): QuizTrend | null {
  const recent = points.slice(-window);
  const first = recent[0];
  const last = recent[recent.length - 1];
  if (!first || !last || recent.length < 2) return null;
  return { points: last.percent - first.percent, over: recent.length };
}

/** "up 12 points over your last 5 quizzes", "down 1 point …", "no change over …". */
export function describeTrend(trend: QuizTrend): string {
  const span = `over your last ${trend.over} quizzes`;
  if (trend.points === 0) return `no change ${span}`;
  const size = Math.abs(trend.points);
  return `${trend.points > 0 ? 'up' : 'down'} ${size} ${size === 1 ? 'point' : 'points'} ${span}`;
}

/**
 * Scores over time, one history per deck, the deck quizzed most recently first. A quiz with
 * no questions has no score and is left out.
 */
export function quizHistoryByDeck(quizzes: readonly QuizScore[]): DeckQuizHistory[] {
  const byDeck = new Map<string, QuizPoint[]>();
  const inOrder = [...quizzes].sort((a, b) => a.finishedAt - b.finishedAt);
  for (const quiz of inOrder) {
    if (quiz.outOf <= 0) continue;
    const points = byDeck.get(quiz.deckId) ?? [];
    points.push({ ...quiz, percent: Math.round((quiz.score / quiz.outOf) * 100) });
    byDeck.set(quiz.deckId, points);
  }
  const histories: DeckQuizHistory[] = [];
  for (const [deckId, points] of byDeck) {
    const latest = points[points.length - 1];
    if (!latest) continue;
    const best = points.reduce((top, point) => (point.percent > top.percent ? point : top));
    histories.push({ deckId, points, latest, best, trend: quizTrend(points) });
  }
  return histories.sort((a, b) => b.latest.finishedAt - a.latest.finishedAt);
}

/** The distinct topics of a quiz's questions, in the deck's usual topic order. */
export function topicsOf(questionTopics: readonly (Topic | undefined)[]): Topic[] {
  return TOPICS.filter((topic) => questionTopics.includes(topic));
}
