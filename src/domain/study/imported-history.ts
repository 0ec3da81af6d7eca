import type { Grade } from '../shared/grades';
import { type CardRecord, queueOfPhase } from './card';
import {
  type CardPhase,
  type FsrsCard,
  type FsrsReviewLog,
  newFsrsCard,
  phaseOf,
  type Scheduler,
} from './scheduler';

/** One answer another app (Anki) recorded. */
export interface PastAnswer {
  grade: Grade;
  /** Epoch ms. */
  at: number;
  durationMs: number;
}

/** How another app had a card scheduled when it was exported. */
export interface PastSchedule {
  phase: CardPhase;
  suspended: boolean;
  /** When that app would show the card next (epoch ms); absent for a new card. */
  dueAt?: number;
  /** Its current interval in days. */
  intervalDays: number;
  reps: number;
  lapses: number;
  answers: PastAnswer[];
}

/** A past answer as a review log: what it did to the card, and what the card was before. */
export interface PastReview {
  answer: PastAnswer;
  before: Pick<CardRecord, 'queue' | 'due' | 'leech'>;
  fsrs: FsrsReviewLog;
}

const STATE: Record<CardPhase, FsrsCard['state']> = { new: 0, learning: 1, review: 2, relearning: 3 };
const DAY_MS = 86_400_000;

/**
 * A new card given another app's past: its FSRS memory (stability, difficulty) rebuilt by
 * replaying every answer, and its due date the one that app gave it, so the learner's
 * workload is what it was (Anki does the same when FSRS is switched on: memory states are
 * computed from the history, due dates stay). A card whose history was left out of the
 * export gets a memory estimated from its interval: stability = interval, middling difficulty.
 */
export function cardWithHistory(
  card: CardRecord,
  past: PastSchedule,
  scheduler: Scheduler,
  leech: boolean,
): { card: CardRecord; reviews: PastReview[] } {
  const answers = [...past.answers].sort((a, b) => a.at - b.at);
  const results = scheduler.replay(answers.map(({ grade, at }) => ({ grade, at: new Date(at) })));
  const reviews: PastReview[] = [];
  let before: PastReview['before'] = { queue: 'new', due: card.due, leech: false };
  results.forEach((result, index) => {
    const answer = answers[index];
    if (!answer) return;
    reviews.push({ answer, before, fsrs: result.log });
    before = { queue: queueOfPhase(phaseOf(result.card)), due: result.card.due.getTime(), leech: false };
  });
  // A new card with answers behind it was reset ("Forget"): it starts again, its past kept as history.
  if (past.phase === 'new')
    return { card: { ...card, queue: past.suspended ? 'suspended' : 'new' }, reviews };
  if (past.dueAt === undefined) {
    const last = results.at(-1)?.card;
    if (!last) return { card: { ...card, queue: past.suspended ? 'suspended' : 'new' }, reviews };
    return { card: placed(card, last, past, leech), reviews };
  }
  const memory =
    results.at(-1)?.card ??
    ({
      ...newFsrsCard(new Date(past.dueAt - past.intervalDays * DAY_MS)),
      stability: Math.max(past.intervalDays, 0.1),
      difficulty: 5,
      last_review: new Date(past.dueAt - past.intervalDays * DAY_MS),
    } satisfies FsrsCard);
  const fsrs: FsrsCard = {
    ...memory,
    state: STATE[past.phase],
    due: new Date(past.dueAt),
    scheduled_days: past.phase === 'review' ? past.intervalDays : memory.scheduled_days,
    reps: Math.max(past.reps, memory.reps),
    lapses: past.lapses,
  };
  return { card: placed(card, fsrs, past, leech), reviews };
}

function placed(card: CardRecord, fsrs: FsrsCard, past: PastSchedule, leech: boolean): CardRecord {
  return {
    ...card,
    fsrs,
    due: fsrs.due.getTime(),
    queue: past.suspended ? 'suspended' : queueOfPhase(phaseOf(fsrs)),
    leech,
  };
}
