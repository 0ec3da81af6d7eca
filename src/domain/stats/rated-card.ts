import type { CardRecord } from '../card';
import type { Scheduler } from '../scheduler';

/** A studied card with its chance of recall now, computed once and shared by every statistic. */
export interface RatedCard {
  card: CardRecord;
  /** FSRS retrievability now, 0–1. */
  recall: number;
}

export function rateCards(cards: readonly CardRecord[], now: Date, scheduler: Scheduler): RatedCard[] {
  return cards.map((card) => ({ card, recall: scheduler.retrievability(card.fsrs, now) }));
}
