import type { CardRecord } from './card';

/** What the database hands over to build a session's queue: the candidates and today's work so far. */
export interface QueueSource {
  /** Cards in (re)learning due before the study day ends. */
  learning: CardRecord[];
  /** Review cards due before the study day ends. */
  reviews: CardRecord[];
  /** New cards in deck order (may hold more than the day's limit). */
  fresh: CardRecord[];
  /** Facts with a card answered earlier this study day: their siblings stay buried. */
  factsAnsweredToday: Iterable<string>;
  reviewsDoneToday: number;
  newDoneToday: number;
  /**
   * Cards the learner asked to study first (mistakes from a quiz): they lead the reviews,
   * whatever their due date, outside the day's limits.
   */
  firstUp?: CardRecord[];
  /**
   * The question type of each new card (by card key), so that siblings spread their types
   * over the days: without it, the first sibling in deck order (often the flashcard) always
   * wins and the others (the multiple choice) never show on a first day.
   */
  questionTypes?: ReadonlyMap<string, string>;
}

export interface QueueLimits {
  newPerDay: number;
  maxReviewsPerDay: number;
}

export interface StudyQueue {
  learning: CardRecord[];
  reviews: CardRecord[];
  fresh: CardRecord[];
  buriedFacts: ReadonlySet<string>;
  /**
   * Whether answering a card buries its siblings for the rest of the day: true for the
   * day's queue, false for custom study, where the learner chose every card on purpose.
   */
  burySiblings: boolean;
  /** The fact of the card answered last: its siblings do not come straight after it. */
  lastFact?: string;
  /**
   * Whether learning cards not yet due may be shown early (up to LEARN_AHEAD_MS, Anki's
   * "learn ahead limit") once nothing else is left. Off until the learner asks for it: a
   * 10-minute step studied at once is no step, and a "20 new cards" session would be 40.
   */
  learnAhead: boolean;
}

export interface QueueCounts {
  fresh: number;
  learning: number;
  reviews: number;
}

/** Anki shows a learning card up to 20 minutes early when asked to learn ahead. */
export const LEARN_AHEAD_MS = 20 * 60_000;

const byDue = (a: CardRecord, b: CardRecord) => a.due - b.due;

function firstPerFact(cards: CardRecord[], buried: ReadonlySet<string>, limit: number): CardRecord[] {
  const seen = new Set(buried);
  const kept: CardRecord[] = [];
  for (const card of cards) {
    if (kept.length >= limit) break;
    if (seen.has(card.factId)) continue;
    seen.add(card.factId);
    kept.push(card);
  }
  return kept;
}

/**
 * One new card per fact, up to `limit`, facts in deck order. Of a fact's siblings, the one
 * whose question type is the rarest among the cards picked so far is taken (ties: deck
 * order), so a day mixes flashcards, multiple choice, typed… and the other types of each
 * fact come on later days.
 */
function newCardPerFact(
  cards: CardRecord[],
  blocked: ReadonlySet<string>,
  limit: number,
  typeOf: (card: CardRecord) => string,
): CardRecord[] {
  const siblings = new Map<string, CardRecord[]>();
  for (const card of cards) {
    if (blocked.has(card.factId)) continue;
    const group = siblings.get(card.factId);
    if (group) group.push(card);
    else siblings.set(card.factId, [card]);
  }
  const picked: CardRecord[] = [];
  const typeCounts = new Map<string, number>();
  const count = (card: CardRecord) => typeCounts.get(typeOf(card)) ?? 0;
  for (const group of siblings.values()) {
    if (picked.length >= limit) break;
    const rarest = group.reduce((best, card) => (count(card) < count(best) ? card : best));
    typeCounts.set(typeOf(rarest), count(rarest) + 1);
    picked.push(rarest);
  }
  return picked;
}

/**
 * Today's queue: learning cards first, then reviews, then new cards, within the day's
 * limits, with at most one card per fact and none from a fact already answered today.
 */
export function buildQueue(source: QueueSource, limits: QueueLimits): StudyQueue {
  const buriedFacts = new Set(source.factsAnsweredToday);
  const learning = [...source.learning].sort(byDue);
  const inLearning = new Set(learning.map((card) => card.factId));
  const blocked = new Set([...buriedFacts, ...inLearning]);
  const firstUp = firstPerFact(
    (source.firstUp ?? []).filter((card) => card.queue !== 'suspended'),
    blocked,
    Number.POSITIVE_INFINITY,
  );
  for (const card of firstUp) blocked.add(card.factId);
  const reviews = firstUp.concat(
    firstPerFact(
      [...source.reviews].sort(byDue),
      blocked,
      Math.max(0, limits.maxReviewsPerDay - source.reviewsDoneToday),
    ),
  );
  for (const card of reviews) blocked.add(card.factId);
  const typeOf = (card: CardRecord) => source.questionTypes?.get(card.key) ?? '';
  const fresh = newCardPerFact(
    source.fresh,
    blocked,
    Math.max(0, limits.newPerDay - source.newDoneToday),
    typeOf,
  );
  return { learning, reviews, fresh, buriedFacts, burySiblings: true, learnAhead: false };
}

export type NextStep = { card: CardRecord } | { waitUntil: number } | { done: true };

/**
 * The card to show now; or when the next learning card comes back; or done for today.
 * A sibling of the card just answered is passed over while any other card is ready.
 */
export function nextCard(queue: StudyQueue, now: number): NextStep {
  const ready = (card: CardRecord) => card.factId !== queue.lastFact;
  const [firstLearning] = queue.learning;
  const dueLearning = queue.learning.filter((card) => card.due <= now);
  const card =
    dueLearning.find(ready) ??
    queue.reviews.find(ready) ??
    queue.fresh.find(ready) ??
    dueLearning[0] ??
    queue.reviews[0] ??
    queue.fresh[0];
  if (card) return { card };
  if (queue.learnAhead && firstLearning && firstLearning.due <= now + LEARN_AHEAD_MS) {
    return {
      card:
        queue.learning.find((early) => early.due <= now + LEARN_AHEAD_MS && ready(early)) ?? firstLearning,
    };
  }
  if (firstLearning) return { waitUntil: firstLearning.due };
  return { done: true };
}

/**
 * The queue after `graded` was answered: the card leaves its list, comes back among the
 * learning cards if it is due again before the day ends, and its siblings are buried.
 */
export function afterAnswer(queue: StudyQueue, graded: CardRecord, dayEnd: number): StudyQueue {
  const others = (cards: CardRecord[]) =>
    cards.filter((card) => card.key !== graded.key && !(queue.burySiblings && card.factId === graded.factId));
  const learning = queue.learning.filter((card) => card.key !== graded.key);
  if (graded.queue === 'learning' && graded.due < dayEnd) {
    learning.push(graded);
    learning.sort(byDue);
  }
  return {
    learning,
    reviews: others(queue.reviews),
    fresh: others(queue.fresh),
    buriedFacts: queue.burySiblings ? new Set([...queue.buriedFacts, graded.factId]) : queue.buriedFacts,
    burySiblings: queue.burySiblings,
    lastFact: graded.factId,
    learnAhead: queue.learnAhead,
  };
}

export function queueCounts(queue: StudyQueue): QueueCounts {
  return { fresh: queue.fresh.length, learning: queue.learning.length, reviews: queue.reviews.length };
}
