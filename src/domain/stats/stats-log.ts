import type { CardQueue } from '../study/card';
import type { FsrsReviewLog, Grade } from '../study/scheduler';

/** The part of a stored review log that statistics read (a database row has more). */
export interface StatsLog {
  cardKey: string;
  grade: Grade;
  /** Epoch ms. */
  reviewedAt: number;
  durationMs: number;
  /** The card's list and due time before this review. */
  before: { queue: CardQueue; due: number };
  /** ts-fsrs's log: `state` and `scheduled_days` are the card's before this review. */
  fsrs: FsrsReviewLog;
}
