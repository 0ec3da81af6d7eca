import type { CardRecord } from '../card';
import { TOPICS, type Topic } from '../deck';
import { phaseOf, type Scheduler } from '../scheduler';

export type MasteryLevel = 'new' | 'learning' | 'weak' | 'known';

/**
 * Where a card stands today, in plain terms:
 * - new: never studied;
 * - learning: in its first learning steps;
 * - weak: forgotten lately (relearning, or a leech set aside), or overdue so long that
 *   FSRS now puts the chance of recalling it below your desired retention;
 * - known: in review, with a chance of recall at or above your desired retention.
 */
export function masteryOf(
  card: CardRecord,
  now: Date,
  scheduler: Scheduler,
  desiredRetention: number,
): MasteryLevel {
  if (card.queue === 'new') return 'new';
  const phase = phaseOf(card.fsrs);
  if (card.queue === 'suspended' || phase === 'relearning') return 'weak';
  if (phase === 'learning') return 'learning';
  return scheduler.retrievability(card.fsrs, now) >= desiredRetention ? 'known' : 'weak';
}

export type TopicMastery = Record<MasteryLevel, number> & { topic: Topic; total: number };

/** Mastery counts for each topic that has cards, in the deck contract's topic order. */
export function masteryByTopic(
  cards: readonly CardRecord[],
  now: Date,
  scheduler: Scheduler,
  desiredRetention: number,
): TopicMastery[] {
  const byTopic = new Map<Topic, TopicMastery>();
  for (const card of cards) {
    let row = byTopic.get(card.topic);
    if (!row) {
      row = { topic: card.topic, new: 0, learning: 0, weak: 0, known: 0, total: 0 };
      byTopic.set(card.topic, row);
    }
    row[masteryOf(card, now, scheduler, desiredRetention)]++;
    row.total++;
  }
  return TOPICS.flatMap((topic) => byTopic.get(topic) ?? []);
}
