import type { Question, Topic } from '../shared/deck';
import { type CardPhase, type FsrsCard, type GradeResult, newFsrsCard, phaseOf } from './scheduler';

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
  /**
   * Set when the card reached the leech threshold; it is then suspended until the learner frees
   * it, and suspended again if it keeps lapsing (see isLeechLapse).
   */
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

/**
 * Whether the lapse that brought a card to `lapses` makes it a leech, as in Anki: at the
 * threshold, then every half threshold after it (8, 12, 16, … for 8). A leech the learner
 * unsuspended keeps its tag, and if it keeps being forgotten it is set aside again.
 */
export function isLeechLapse(lapses: number, leechThreshold: number): boolean {
  const every = Math.max(Math.floor(leechThreshold / 2), 1);
  return lapses >= leechThreshold && (lapses - leechThreshold) % every === 0;
}

/** The list a card waits in when nothing holds it back, from its FSRS phase. */
export function queueOfPhase(phase: CardPhase): Exclude<CardQueue, 'suspended'> {
  return phase === 'review' ? 'review' : phase === 'new' ? 'new' : 'learning';
}

/**
 * The card after a grade: its new FSRS state, the list it now waits in, and whether it is a
 * leech. A lapse at a leech count (see isLeechLapse) tags and suspends the card; so does any
 * lapse past the threshold of a card never tagged (the learner lowered the threshold).
 */
export function gradedCard(card: CardRecord, result: GradeResult, leechThreshold: number): CardRecord {
  const { lapses } = result.card;
  const lapsed = lapses > card.fsrs.lapses;
  const suspend =
    lapsed && (isLeechLapse(lapses, leechThreshold) || (!card.leech && lapses >= leechThreshold));
  const queue = suspend ? 'suspended' : queueOfPhase(phaseOf(result.card));
  return {
    ...card,
    fsrs: result.card,
    due: result.card.due.getTime(),
    queue,
    leech: card.leech || suspend,
  };
}
