import { describe, expect, it } from 'vitest';
import { DIFFICULTY_BANDS, distributionsFrom, recallBuckets, STABILITY_BANDS } from './distributions';

const bandOf = (bands: typeof STABILITY_BANDS, value: number) =>
  bands.findIndex((band) => value >= band.from && value < band.to);

describe('bands', () => {
  it('put every studied value in exactly one band and new cards (0) in none', () => {
    expect(bandOf(STABILITY_BANDS, 0)).toBe(-1);
    expect(bandOf(STABILITY_BANDS, 0.02)).toBe(0);
    expect(bandOf(STABILITY_BANDS, 7)).toBe(3);
    expect(STABILITY_BANDS[3]?.label).toBe('7–21 days');
    expect(bandOf(STABILITY_BANDS, 36_500)).toBe(6);
    expect(bandOf(DIFFICULTY_BANDS, 0)).toBe(-1);
    expect(bandOf(DIFFICULTY_BANDS, 1)).toBe(0);
    expect(bandOf(DIFFICULTY_BANDS, 5.5)).toBe(4);
    expect(bandOf(DIFFICULTY_BANDS, 10)).toBe(8);
    expect(DIFFICULTY_BANDS[8]?.label).toBe('9–10');
  });
});

describe('recallBuckets', () => {
  it('turns "below each level" counts into ten bands', () => {
    // 12 studied: 1 below 40%, 3 below 70%, 5 below 80%, 8 below 90%.
    const below = [0, 0, 0, 1, 1, 1, 3, 5, 8];
    expect(recallBuckets(below, 12).map((b) => b.count)).toEqual([0, 0, 0, 1, 0, 0, 2, 2, 3, 4]);
    expect(recallBuckets(below, 12)[9]?.label).toBe('90–100%');
  });
});

describe('distributionsFrom', () => {
  it('labels the counts and gives the share at 90% or more', () => {
    const result = distributionsFrom({
      studied: 4,
      stability: [1, 0, 0, 3, 0, 0, 0],
      difficulty: [0, 0, 0, 4, 0, 0, 0, 0, 0],
      belowRecallLevel: [0, 0, 0, 0, 0, 0, 0, 0, 1],
    });
    expect(result.stability[3]).toEqual({ label: '7–21 days', count: 3 });
    expect(result.shareAbove90).toBe(0.75);
    expect(result.retrievability[9]?.count).toBe(3);
  });

  it('has no share without studied cards', () => {
    const empty = distributionsFrom({ studied: 0, stability: [], difficulty: [], belowRecallLevel: [] });
    expect(empty.shareAbove90).toBeNull();
    expect(empty.stability.every((b) => b.count === 0)).toBe(true);
  });
});
