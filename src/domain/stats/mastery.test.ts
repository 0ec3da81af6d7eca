import { describe, expect, it } from 'vitest';
import { masteryByTopic, masteryOf } from './mastery';
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
const leech = { ...known, key: 'deck/leech', queue: 'suspended' as const, leech: true };
const fresh = newCard('fresh', 'dates');

describe('masteryOf', () => {
  it('names each card’s standing from its FSRS state and chance of recall', () => {
    const at = (card: typeof known) => masteryOf(card, NOW, testScheduler, 0.9);
    expect(at(fresh)).toBe('new');
    expect(at(learning)).toBe('learning');
    expect(at(lapsed)).toBe('weak');
    expect(at(leech)).toBe('weak');
    // 5 days into an 8-day interval: recall above 90%. 51 days into 8: far below.
    expect(testScheduler.retrievability(known.fsrs, NOW)).toBeGreaterThan(0.9);
    expect(at(known)).toBe('known');
    expect(testScheduler.retrievability(overdue.fsrs, NOW)).toBeLessThan(0.9);
    expect(at(overdue)).toBe('weak');
  });

  it('moves the line with the desired retention', () => {
    const recall = testScheduler.retrievability(overdue.fsrs, NOW);
    expect(masteryOf(overdue, NOW, testScheduler, recall - 0.01)).toBe('known');
  });
});

describe('masteryByTopic', () => {
  it('counts per topic, in the deck’s topic order, leaving out topics without cards', () => {
    const rows = masteryByTopic([known, overdue, learning, lapsed, leech, fresh], NOW, testScheduler, 0.9);
    expect(rows).toEqual([
      { topic: 'commanders', new: 0, learning: 0, weak: 1, known: 0, total: 1 },
      { topic: 'dates', new: 1, learning: 0, weak: 2, known: 1, total: 4 },
      { topic: 'places', new: 0, learning: 1, weak: 0, known: 0, total: 1 },
    ]);
  });
});
