import { describe, expect, it } from 'vitest';
import type { CardQueue, CardRecord } from './card';
import { crammedCard, customQueue } from './custom-study';
import { afterAnswer, buildQueue, LEARN_AHEAD_MS, nextCard, type QueueSource, queueCounts } from './queue';
import { newFsrsCard } from './scheduler';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const DAY_END = Date.parse('2026-03-03T03:00:00Z');

function card(id: string, queue: CardQueue, due: number, factId = id): CardRecord {
  return {
    key: `d/${id}`,
    deckId: 'd',
    questionId: id,
    factId,
    topic: 'dates',
    queue,
    due,
    fsrs: newFsrsCard(new Date(NOW)),
    leech: false,
  };
}

function source(overrides: Partial<QueueSource>): QueueSource {
  return {
    learning: [],
    reviews: [],
    fresh: [],
    factsAnsweredToday: [],
    reviewsDoneToday: 0,
    newDoneToday: 0,
    ...overrides,
  };
}
const limits = { newPerDay: 20, maxReviewsPerDay: 200 };

describe('buildQueue and nextCard', () => {
  it('shows a due learning card before reviews, and reviews before new cards', () => {
    const queue = buildQueue(
      source({
        learning: [card('l', 'learning', NOW - 1000)],
        reviews: [card('r', 'review', NOW - 5000)],
        fresh: [card('n', 'new', 0)],
      }),
      limits,
    );
    expect(nextCard(queue, NOW)).toEqual({ card: expect.objectContaining({ questionId: 'l' }) });
    const withoutLearning = { ...queue, learning: [] };
    expect(nextCard(withoutLearning, NOW)).toEqual({ card: expect.objectContaining({ questionId: 'r' }) });
    expect(nextCard({ ...withoutLearning, reviews: [] }, NOW)).toEqual({
      card: expect.objectContaining({ questionId: 'n' }),
    });
  });

  it('holds a learning card whose step has not ended while reviews remain', () => {
    const queue = buildQueue(
      source({ learning: [card('l', 'learning', NOW + 60_000)], reviews: [card('r', 'review', NOW)] }),
      limits,
    );
    expect(nextCard(queue, NOW)).toEqual({ card: expect.objectContaining({ questionId: 'r' }) });
  });

  it('waits for a learning step rather than showing the card early, unless asked to learn ahead', () => {
    // Regression: every learning card came back "up to 20 minutes early", so a session of
    // 20 new cards ran to about 40 answers with no spacing between the repeats.
    const soon = buildQueue(source({ learning: [card('l', 'learning', NOW + LEARN_AHEAD_MS)] }), limits);
    expect(nextCard(soon, NOW)).toEqual({ waitUntil: NOW + LEARN_AHEAD_MS });
    expect(nextCard({ ...soon, learnAhead: true }, NOW)).toEqual({
      card: expect.objectContaining({ questionId: 'l' }),
    });
    const later = buildQueue(source({ learning: [card('l', 'learning', NOW + LEARN_AHEAD_MS + 1)] }), limits);
    expect(nextCard({ ...later, learnAhead: true }, NOW)).toEqual({ waitUntil: NOW + LEARN_AHEAD_MS + 1 });
    expect(nextCard(buildQueue(source({}), limits), NOW)).toEqual({ done: true });
  });

  it('spreads the types of a fact over days instead of always taking the first sibling', () => {
    // Regression: every multiple-choice card was buried under its fact's flashcard on day one.
    const types = new Map<string, string>();
    const fresh = ['a', 'b', 'c', 'd'].flatMap((fact, i) => {
      const flash = card(`${fact}-flash`, 'new', 2 * i, fact);
      const choice = card(`${fact}-choice`, 'new', 2 * i + 1, fact);
      types.set(flash.key, 'flashcard').set(choice.key, 'multiple-choice');
      return [flash, choice];
    });
    const queue = buildQueue(source({ fresh, questionTypes: types }), limits);
    expect(queue.fresh.map((c) => c.questionId)).toEqual(['a-flash', 'b-choice', 'c-flash', 'd-choice']);
    // The next day the facts show their other type.
    const shown = new Set(queue.fresh.map((c) => c.key));
    const nextDay = buildQueue(
      source({ fresh: fresh.filter((c) => !shown.has(c.key)), questionTypes: types }),
      limits,
    );
    expect(nextDay.fresh.map((c) => c.questionId)).toEqual(['a-choice', 'b-flash', 'c-choice', 'd-flash']);
  });

  it('never shows a sibling straight after its fact was answered while another card is ready', () => {
    const queue = buildQueue(
      source({
        learning: [card('l1', 'learning', NOW - 2, 'f1'), card('l2', 'learning', NOW - 1, 'f1')],
        reviews: [card('r', 'review', NOW, 'f2')],
      }),
      limits,
    );
    const next = afterAnswer(queue, card('l1', 'review', DAY_END + 1, 'f1'), DAY_END);
    expect(nextCard(next, NOW)).toEqual({ card: expect.objectContaining({ questionId: 'r' }) });
  });

  it('orders reviews most overdue first and keeps new cards in deck order', () => {
    const queue = buildQueue(
      source({
        reviews: [card('a', 'review', NOW - 10), card('b', 'review', NOW - 99)],
        fresh: [card('x', 'new', 0), card('y', 'new', 1)],
      }),
      limits,
    );
    expect(queue.reviews.map((c) => c.questionId)).toEqual(['b', 'a']);
    expect(queue.fresh.map((c) => c.questionId)).toEqual(['x', 'y']);
  });

  it('takes what was already done today off the daily limits', () => {
    const fresh = Array.from({ length: 30 }, (_, i) => card(`n${i}`, 'new', i));
    const reviews = Array.from({ length: 30 }, (_, i) => card(`r${i}`, 'review', NOW - i));
    const queue = buildQueue(source({ fresh, reviews, newDoneToday: 15, reviewsDoneToday: 190 }), limits);
    expect(queueCounts(queue)).toEqual({ fresh: 5, learning: 0, reviews: 10 });
    const spent = buildQueue(source({ fresh, newDoneToday: 25 }), limits);
    expect(spent.fresh).toHaveLength(0);
  });

  it('buries siblings: one card per fact, none from a fact answered earlier today', () => {
    const queue = buildQueue(
      source({
        reviews: [card('r1', 'review', NOW, 'f1'), card('r2', 'review', NOW, 'f1')],
        fresh: [card('n1', 'new', 0, 'f1'), card('n2', 'new', 1, 'f2'), card('n3', 'new', 2, 'f3')],
        factsAnsweredToday: ['f3'],
      }),
      limits,
    );
    expect(queue.reviews.map((c) => c.questionId)).toEqual(['r1']);
    expect(queue.fresh.map((c) => c.questionId)).toEqual(['n2']);
  });

  it('keeps a new sibling out while its fact is still in learning', () => {
    const queue = buildQueue(
      source({ learning: [card('l', 'learning', NOW, 'f1')], fresh: [card('n', 'new', 0, 'f1')] }),
      limits,
    );
    expect(queue.fresh).toHaveLength(0);
  });
});

describe('afterAnswer', () => {
  it('brings a card back among learning cards when its step ends today', () => {
    const queue = buildQueue(source({ fresh: [card('n', 'new', 0), card('m', 'new', 1)] }), limits);
    const graded = card('n', 'learning', NOW + 60_000);
    const next = afterAnswer(queue, graded, DAY_END);
    expect(next.fresh.map((c) => c.questionId)).toEqual(['m']);
    expect(next.learning.map((c) => c.questionId)).toEqual(['n']);
    expect(nextCard(next, NOW)).toEqual({ card: expect.objectContaining({ questionId: 'm' }) });
    // Due again, but not straight after itself while another card is ready.
    expect(nextCard(next, NOW + 60_000)).toEqual({ card: expect.objectContaining({ questionId: 'm' }) });
    const afterM = afterAnswer(next, card('m', 'review', DAY_END + 1), DAY_END);
    expect(nextCard(afterM, NOW + 60_000)).toEqual({ card: expect.objectContaining({ questionId: 'n' }) });
  });

  it('drops a card that graduated past today, and buries its siblings', () => {
    const queue = buildQueue(
      source({
        learning: [card('l', 'learning', NOW, 'f1')],
        reviews: [card('r', 'review', NOW, 'f2')],
        fresh: [card('n', 'new', 0, 'f3')],
      }),
      limits,
    );
    const next = afterAnswer(queue, card('l', 'review', DAY_END + 86_400_000, 'f1'), DAY_END);
    expect(queueCounts(next)).toEqual({ fresh: 1, learning: 0, reviews: 1 });
    expect(next.buriedFacts.has('f1')).toBe(true);
    const sibling = afterAnswer(next, card('r', 'review', DAY_END + 1, 'f2'), DAY_END);
    expect(sibling.reviews).toHaveLength(0);
  });
});

describe('firstUp (mistakes from a quiz)', () => {
  it('puts them in front of the reviews, even when not due and beyond the limits, one per fact', () => {
    const queue = buildQueue(
      source({
        reviews: [card('r', 'review', NOW - 5000)],
        fresh: [card('n1', 'new', 0), card('n2', 'new', 1, 'shared')],
        firstUp: [
          card('later', 'review', NOW + 9e9),
          card('n3', 'new', 2, 'shared'),
          card('s', 'suspended', 0),
        ],
      }),
      { newPerDay: 20, maxReviewsPerDay: 0 },
    );
    expect(queue.reviews.map((c) => c.questionId)).toEqual(['later', 'n3']);
    expect(queue.fresh.map((c) => c.questionId)).toEqual(['n1']);
    expect(nextCard(queue, NOW)).toEqual({ card: expect.objectContaining({ questionId: 'later' }) });
  });

  it('never puts two siblings back to back in cram, even after Again', () => {
    const cards = ['f1', 'f1', 'f1', 'f2', 'f2', 'f3'].map((fact, i) => card(`c${i}`, 'review', NOW, fact));
    let queue = customQueue(cards);
    let now = NOW;
    const shown: string[] = [];
    for (let step = nextCard(queue, now); !('done' in step); step = nextCard(queue, now)) {
      if ('waitUntil' in step) {
        now = step.waitUntil;
        continue;
      }
      shown.push(step.card.factId);
      // The first card of each fact is forgotten once and comes back a minute later.
      const again = step.card.questionId === 'c0' && shown.length === 1;
      queue = afterAnswer(queue, crammedCard(step.card, again, now), DAY_END);
      now += 1000;
    }
    expect(shown).toHaveLength(7);
    expect(shown.filter((fact, i) => fact === shown[i - 1])).toEqual([]);
  });

  it('keeps siblings in a custom-study queue (regression: cram showed 14 of 22 cards)', () => {
    const queue = customQueue([card('a', 'review', NOW, 'f1'), card('b', 'review', NOW, 'f1')]);
    const next = afterAnswer(queue, card('a', 'review', DAY_END + 1, 'f1'), DAY_END);
    expect(next.reviews.map((c) => c.questionId)).toEqual(['b']);
  });
});
