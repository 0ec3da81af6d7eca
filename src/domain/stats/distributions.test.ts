import { describe, expect, it } from 'vitest';
import { fsrsDistributions } from './distributions';
import { rateCards } from './rated-card';
import { newCard, review, testScheduler } from './review-fixtures';

const NOW = new Date('2026-03-02T09:00:00Z');

describe('fsrsDistributions', () => {
  const easy = review(newCard('a'), [['2026-03-01T09:00:00Z', 'easy']]).card;
  const again = review(newCard('b'), [['2026-03-02T08:59:00Z', 'again']]).card;
  const fresh = newCard('c');

  it('buckets stability, difficulty and today’s chance of recall, leaving new cards out', () => {
    const result = fsrsDistributions(rateCards([easy, again, fresh], NOW, testScheduler));
    expect(result.cards).toBe(2);
    const counts = (buckets: { count: number }[]) => buckets.map((b) => b.count);
    // Easy: stability over 8 days; Again: a fraction of a day.
    expect(easy.fsrs.stability).toBeGreaterThan(7);
    expect(easy.fsrs.stability).toBeLessThan(21);
    expect(again.fsrs.stability).toBeLessThan(1);
    expect(counts(result.stability)).toEqual([1, 0, 0, 1, 0, 0, 0]);
    expect(result.stability[3]?.label).toBe('7–21 days');
    // Easy lowers difficulty, Again raises it.
    const dIndex = (d: number) => Math.floor(d) - 1;
    expect(result.difficulty[dIndex(easy.fsrs.difficulty)]?.count).toBe(1);
    expect(result.difficulty[dIndex(again.fsrs.difficulty)]?.count).toBe(1);
    expect(dIndex(easy.fsrs.difficulty)).toBeLessThan(dIndex(again.fsrs.difficulty));
    // Both were just reviewed: recall near 100%.
    expect(counts(result.retrievability)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(result.meanRetrievability).toBeGreaterThan(0.9);
    expect(result.meanDifficulty).toBeCloseTo((easy.fsrs.difficulty + again.fsrs.difficulty) / 2, 6);
  });

  it('is empty without studied cards', () => {
    const result = fsrsDistributions(rateCards([fresh], NOW, testScheduler));
    expect(result).toMatchObject({ cards: 0, meanRetrievability: null, meanDifficulty: null });
    expect(result.stability.every((b) => b.count === 0)).toBe(true);
  });
});
