import type { Topic } from '../shared/deck';
import type { CardQueue, CardRecord } from '../study/card';

export type MasteryLevel = 'learning' | 'weak' | 'known';

/** Cards of `queue` due in [from, to) stand at `level`. */
export interface MasteryRange {
  level: MasteryLevel;
  queue: CardQueue;
  from: number;
  to: number;
}

/**
 * Where a studied card stands at `now`, in plain terms, as ranges of its queue and due time
 * (so the database can count each with one index range):
 * - learning: in its learning or relearning steps;
 * - weak: due or overdue for review — FSRS set the due date where your chance of recall falls
 *   to your desired retention — or set aside as a leech;
 * - known: in review and not yet due.
 */
export function masteryRanges(now: number): MasteryRange[] {
  return [
    { level: 'learning', queue: 'learning', from: -Infinity, to: Infinity },
    { level: 'weak', queue: 'suspended', from: -Infinity, to: Infinity },
    { level: 'weak', queue: 'review', from: -Infinity, to: now + 1 },
    { level: 'known', queue: 'review', from: now + 1, to: Infinity },
  ];
}

/** One card's standing at `now`; null for a card never studied. */
export function masteryOf(card: Pick<CardRecord, 'queue' | 'due'>, now: number): MasteryLevel | null {
  const range = masteryRanges(now).find(
    ({ queue, from, to }) => card.queue === queue && card.due >= from && card.due < to,
  );
  return range?.level ?? null;
}

export type TopicMastery = Record<MasteryLevel, number> & { topic: Topic; total: number };
