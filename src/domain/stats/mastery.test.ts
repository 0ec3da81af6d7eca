import { describe, expect, it } from 'vitest';
import type { CardRecord } from '../card';
import { masteryByTopic, masteryOf } from './mastery';
import { rateCards } from './rated-card';
import { newCard, review, testScheduler } from './review-fixtures';

const NOW = new Date('2026-03-02T09:00:00Z');

// Easy on a new card gives an 8-day interval (no fuzz).
const known = review(newCard('known', 'dates'), [['2026-02-25T09:00:00Z', 'easy']]).card;
const overdue = review(newCard('overdue', 'dates'), [['2026-01-10T09:00:00Z', 'easy']]).card;
const learning = review(newCard('learning', 'places'), [['2026-03-02T08:55:00Z', 'good']]).card;
const lapsed = review(newCard('lapsed', 'commanders'), [
  ['2026-02-20T09:00:00Z', 'easy'],
  ['2026-02-28T09:00:00Z', 'again'],
]).card;
const leech: CardRecord = { ...known, key: 'deck/leech', queue: 'suspended', leech: true };

const rated = (card: CardRecord) => rateCards([card], NOW, testScheduler)[0] ?? { card, recall: 0 };

describe('masteryOf', () => {
  it('names each card’s standing from its FSRS state and chance of recall', () => {
    expect(masteryOf(rated(learning), 0.9)).toBe('learning');
    expect(masteryOf(rated(lapsed), 0.9)).toBe('weak');
    expect(masteryOf(rated(leech), 0.9)).toBe('weak');
    // 5 days into an 8-day interval: recall above 90%. 51 days into 8: far below.
    expect(rated(known).recall).toBeGreaterThan(0.9);
    expect(masteryOf(rated(known), 0.9)).toBe('known');
    expect(rated(overdue).recall).toBeLessThan(0.9);
    expect(masteryOf(rated(overdue), 0.9)).toBe('weak');
  });

  it('moves the line with the desired retention', () => {
    expect(masteryOf(rated(overdue), rated(overdue).recall - 0.01)).toBe('known');
  });
});

describe('masteryByTopic', () => {
  it('counts per topic, in the deck’s topic order, leaving out topics without studied cards', () => {
    const rows = masteryByTopic(
      rateCards([known, overdue, learning, lapsed, leech], NOW, testScheduler),
      0.9,
    );
    expect(rows).toEqual([
      { topic: 'commanders', learning: 0, weak: 1, known: 0, total: 1 },
      { topic: 'dates', learning: 0, weak: 2, known: 1, total: 3 },
      { topic: 'places', learning: 1, weak: 0, known: 0, total: 1 },
    ]);
  });
});
