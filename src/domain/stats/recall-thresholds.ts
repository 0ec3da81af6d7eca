import { DAY } from '../shared/time';
import type { CardRecord } from '../study/card';
import { daysUntilRecallBelow } from './recall-curve';

/** The recall levels (percent) whose crossing is indexed: the edges of the "chance of recall now" chart. */
export const RECALL_LEVELS = [10, 20, 30, 40, 50, 60, 70, 80, 90] as const;
export type RecallLevel = (typeof RECALL_LEVELS)[number];

/** [deck, level, instant]: from `instant` on, FSRS puts the card's recall below `level`%. */
export type RecallThreshold = [deckId: string, level: RecallLevel, at: number];

/**
 * When a studied card's chance of recall drops below each level. Recall only falls between
 * reviews, so "recall now is below L" is the same as "L's instant is at or before now": stored
 * on the card as index keys, these let the statistics page count cards per recall band with
 * index ranges instead of reading every card. A review writes the card again, and with it
 * new instants. New cards have no recall yet, so no keys.
 */
export function recallThresholds(card: CardRecord): RecallThreshold[] {
  // Stored rows can be older or damaged: every field is checked before it is used.
  const fsrs: Partial<CardRecord['fsrs']> = card.fsrs ?? {};
  const { last_review, stability } = fsrs;
  const reviewed = last_review ? new Date(last_review).getTime() : Number.NaN;
  // A new card, or one whose stored state makes no sense, has no recall to index.
  const usable = Number.isFinite(reviewed) && typeof stability === 'number' && stability > 0;
  if (card.queue === 'new' || !usable) return [];
  return RECALL_LEVELS.map((level) => [
    card.deckId,
    level,
    reviewed + daysUntilRecallBelow(stability, level / 100) * DAY,
  ]);
}
