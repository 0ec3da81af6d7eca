import type { Question, Topic } from './deck';
import { type FsrsCard, type GradeResult, newFsrsCard, phaseOf } from './scheduler';

/** Which list a card waits in; "learning" covers relearning too. */
export type CardQueue = 'new' | 'learning' | 'review' | 'suspended';

/** The stored scheduling state of one question. */
export interface CardRecord {
  /** `${deckId}/${questionId}`: question ids are unique only within a deck. */
  key: string;
  deckId: string;
  questionId: string;
  factId: string;
  topic: Topic;
  queue: CardQueue;
  /**
   * Epoch ms when the card is next due. For a new card, as in Anki, it is the card's
   * position in the deck instead, so new cards come in deck order from the same index.
   */
  due: number;
  /** ts-fsrs's card, untouched. */
  fsrs: FsrsCard;
  /** Set when the card reached the leech threshold; it is then suspended until the learner frees it. */
  leech: boolean;
}

export function cardKey(deckId: string, questionId: string): string {
  return `${deckId}/${questionId}`;
}

export function newCardRecord(deckId: string, question: Question, position: number, now: Date): CardRecord {
  return {
    key: cardKey(deckId, question.id),
    deckId,
    questionId: question.id,
    factId: question.factId,
    topic: question.topic,
    queue: 'new',
    due: position,
    fsrs: newFsrsCard(now),
    leech: false,
  };
}

/** The card after a grade: its new FSRS state, the list it now waits in, and whether it became a leech. */
export function gradedCard(card: CardRecord, result: GradeResult, leechThreshold: number): CardRecord {
  const becameLeech =
    !card.leech && result.card.lapses >= leechThreshold && result.card.lapses > card.fsrs.lapses;
  const phase = phaseOf(result.card);
  const queue = becameLeech ? 'suspended' : phase === 'review' ? 'review' : 'learning';
  return {
    ...card,
    fsrs: result.card,
    due: result.card.due.getTime(),
    queue,
    leech: card.leech || becameLeech,
  };
}
