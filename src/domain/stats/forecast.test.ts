import { describe, expect, it } from 'vitest';
import { daysFrom } from './days';
import { dailyLoad, forecastFrom, joinSpans } from './forecast';

describe('forecastFrom', () => {
  it('adds overdue cards to today and keeps the rest per span', () => {
    expect(forecastFrom({ perSpan: [2, 1, 0], before: 3, after: 4 })).toEqual({
      perSpan: [5, 1, 0],
      overdue: 3,
      later: 4,
    });
  });
});

describe('joinSpans', () => {
  it('joins study days into weeks, keeping a short last week and the days’ own edges', () => {
    // Across the end of summer time in Paris (25 Oct 2026): that week is an hour longer.
    const days = daysFrom(new Date('2026-10-20T09:00:00Z'), 9, { dayStartHour: 4, timeZone: 'Europe/Paris' });
    const weeks = joinSpans(days, 7);
    expect(weeks).toHaveLength(2);
    expect(weeks[0]).toEqual({ start: days[0]?.start, end: days[6]?.end });
    expect(weeks[1]).toEqual({ start: days[7]?.start, end: days[8]?.end });
    expect((weeks[0]?.end ?? 0) - (weeks[0]?.start ?? 0)).toBe(7 * 86_400_000 + 3_600_000);
    expect(joinSpans([], 7)).toEqual([]);
  });
});

describe('dailyLoad', () => {
  it('sums one review per interval over the cards in review', () => {
    expect(
      dailyLoad([
        { days: 8, cards: 4 },
        { days: 39, cards: 1 },
      ]),
    ).toBeCloseTo(4 / 8 + 1 / 39, 9);
    // An interval under a day still counts as one review a day.
    expect(dailyLoad([{ days: 0, cards: 2 }])).toBe(2);
    expect(dailyLoad([])).toBe(0);
  });
});
