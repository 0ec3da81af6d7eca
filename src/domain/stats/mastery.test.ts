import { describe, expect, it } from 'vitest';
import type { CardRecord } from '../study/card';
import { masteryOf } from './mastery';
import { newCard, review } from './review-fixtures';

const NOW = Date.parse('2026-03-02T09:00:00Z');

// Easy on a new card gives an 8-day interval (no fuzz).
const known = review(newCard('known'), [['2026-02-25T09:00:00Z', 'easy']]).card;
const overdue = review(newCard('overdue'), [['2026-01-10T09:00:00Z', 'easy']]).card;
const dueNow = review(newCard('due-now'), [['2026-02-22T09:00:00Z', 'easy']]).card;
const learning = review(newCard('learning'), [['2026-03-02T08:55:00Z', 'good']]).card;
const lapsed = review(newCard('lapsed'), [
  ['2026-02-20T09:00:00Z', 'easy'],
  ['2026-03-02T08:50:00Z', 'again'],
]).card;
const leech: CardRecord = { ...known, queue: 'suspended', leech: true };

describe('masteryOf', () => {
  it('calls a review card known until it falls due, weak from then on', () => {
    expect(known.due).toBeGreaterThan(NOW);
    expect(masteryOf(known, NOW)).toBe('known');
    expect(masteryOf(overdue, NOW)).toBe('weak');
    // Due at this very instant: its recall has reached the desired retention.
    expect(dueNow.due).toBe(NOW);
    expect(masteryOf(dueNow, NOW)).toBe('weak');
    expect(masteryOf(dueNow, NOW - 1)).toBe('known');
  });

  it('calls cards in learning or relearning steps learning, and a leech weak', () => {
    expect(masteryOf(learning, NOW)).toBe('learning');
    expect(lapsed.queue).toBe('learning');
    expect(masteryOf(lapsed, NOW)).toBe('learning');
    expect(masteryOf(leech, NOW)).toBe('weak');
  });

  it('gives a card never studied no standing', () => {
    expect(masteryOf(newCard('fresh'), NOW)).toBeNull();
  });
});
