import { TOPICS, type Topic } from '../deck';
import { phaseOf } from '../scheduler';
import type { RatedCard } from './rated-card';

export type MasteryLevel = 'learning' | 'weak' | 'known';

/**
 * Where a studied card stands today, in plain terms:
 * - learning: in its first learning steps;
 * - weak: forgotten lately (relearning, or a leech set aside), or overdue so long that
 *   FSRS now puts the chance of recalling it below your desired retention;
 * - known: in review, with a chance of recall at or above your desired retention.
 */
export function masteryOf({ card, recall }: RatedCard, desiredRetention: number): MasteryLevel {
  const phase = phaseOf(card.fsrs);
  if (card.queue === 'suspended' || phase === 'relearning') return 'weak';
  if (phase === 'learning' || phase === 'new') return 'learning';
  return recall >= desiredRetention ? 'known' : 'weak';
}

export type TopicMastery = Record<MasteryLevel, number> & { topic: Topic; total: number };

/** Mastery counts of studied cards for each topic that has some, in the deck contract's topic order. */
export function masteryByTopic(cards: readonly RatedCard[], desiredRetention: number): TopicMastery[] {
  const byTopic = new Map<Topic, TopicMastery>();
  for (const rated of cards) {
    const { topic } = rated.card;
    let row = byTopic.get(topic);
    if (!row) {
      row = { topic, learning: 0, weak: 0, known: 0, total: 0 };
      byTopic.set(topic, row);
    }
    row[masteryOf(rated, desiredRetention)]++;
    row.total++;
  }
  return TOPICS.flatMap((topic) => byTopic.get(topic) ?? []);
}
