import { DAY } from '../shared/time';
import type { CardRecord } from '../study/card';
import { type CardPhase, type FsrsCard, type Grade, phaseOf, type Scheduler } from '../study/scheduler';
import type { StatsLog } from './stats-log';

export interface HistoryRow {
  reviewedAt: number;
  grade: Grade;
  /** What the card was when it was answered. */
  phase: CardPhase;
  /** Time until the card was due again after this answer. */
  intervalMs: number;
  durationMs: number;
}

/** Each answer of one card, oldest first, with the interval it gave. */
export function cardHistory(logs: readonly StatsLog[], card: Pick<CardRecord, 'due'>): HistoryRow[] {
  const inOrder = [...logs].sort((a, b) => a.reviewedAt - b.reviewedAt);
  return inOrder.map((log, index) => {
    // The next answer's "before" holds the due time this answer set; the last one set the card's.
    const nextDue = inOrder[index + 1]?.before.due ?? card.due;
    return {
      reviewedAt: log.reviewedAt,
      grade: log.grade,
      phase: phaseOf(log.fsrs),
      intervalMs: nextDue - log.reviewedAt,
      durationMs: log.durationMs,
    };
  });
}

export interface ForgettingCurve {
  /** Chance of recall by days since the last review, from 0 to `horizonDays`. */
  points: { day: number; recall: number }[];
  horizonDays: number;
  /** Days since the last review, now. */
  elapsedDays: number;
  recallNow: number;
  /** Days from the last review to the due date. */
  dueDay: number;
}

/** The card's FSRS forgetting curve since its last review, long enough to show today and the due date. */
export function forgettingCurve(
  card: FsrsCard,
  now: Date,
  scheduler: Scheduler,
  steps = 60,
): ForgettingCurve | null {
  if (!card.last_review || card.stability <= 0) return null;
  const last = card.last_review.getTime();
  const elapsedDays = Math.max(0, (now.getTime() - last) / DAY);
  const dueDay = Math.max(0, (card.due.getTime() - last) / DAY);
  const horizonDays = Math.max(1, elapsedDays, dueDay) * 1.5;
  const points = Array.from({ length: steps + 1 }, (_, i) => {
    const day = (horizonDays * i) / steps;
    return { day, recall: scheduler.recallAfter(card.stability, day) };
  });
  return { points, horizonDays, elapsedDays, recallNow: scheduler.retrievability(card, now), dueDay };
}
