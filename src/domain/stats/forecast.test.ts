import { describe, expect, it } from 'vitest';
import { daysFrom } from './days';
import { forecastDue, sumInRuns } from './forecast';
import { newCard, review } from './review-fixtures';

const PARIS = { dayStartHour: 4, timeZone: 'Europe/Paris' };
// 10:00 in Paris on 2 March 2026.
const NOW = new Date('2026-03-02T09:00:00Z');
const days = daysFrom(NOW, 30, PARIS);

describe('forecastDue', () => {
  it('puts each card on the study day it falls due, overdue ones on today', () => {
    // Easy on a new card gives 8 days without fuzz: reviewed 22 Feb at 10:00 -> due 2 Mar (today).
    const today = review(newCard('a'), [['2026-02-22T09:00:00Z', 'easy']]).card;
    // Reviewed 24 Feb at 04:30 (Paris) -> due 4 Mar 03:30 UTC = 04:30 Paris: the study day of the 4th.
    const fourth = review(newCard('b'), [['2026-02-24T03:30:00Z', 'easy']]).card;
    // Reviewed 24 Feb at 03:30 (Paris) -> due 4 Mar at 03:30 Paris: still the study day of the 3rd.
    const third = review(newCard('c'), [['2026-02-24T02:30:00Z', 'easy']]).card;
    const overdue = review(newCard('d'), [['2026-02-01T09:00:00Z', 'easy']]).card;
    const learning = review(newCard('e'), [['2026-03-02T08:55:00Z', 'good']]).card; // due in 10 min
    const beyond = review(newCard('f'), [['2026-03-02T08:00:00Z', 'easy']]).card; // one review…
    const far = review(beyond, [['2026-03-10T08:00:00Z', 'good']]).card; // …then 39 days on: after 31 Mar
    const fresh = newCard('g');
    const suspended = {
      ...review(newCard('h'), [['2026-02-22T09:00:00Z', 'easy']]).card,
      queue: 'suspended' as const,
    };

    const result = forecastDue([today, fourth, third, overdue, learning, far, fresh, suspended], days);
    expect(result.perDay.slice(0, 4)).toEqual([3, 1, 1, 0]);
    expect(result.perDay.reduce((a, b) => a + b, 0)).toBe(5);
    expect(result.overdue).toBe(1);
    expect(result.later).toBe(1);
    // Review cards: four with an 8-day interval and one with 39 days (the learning card is not in review).
    expect(result.dailyLoad).toBeCloseTo(4 / 8 + 1 / 39, 6);
  });
});

describe('sumInRuns', () => {
  it('adds days up into weeks, keeping a short last week', () => {
    expect(sumInRuns([1, 2, 3, 4, 5, 6, 7, 8, 9], 7)).toEqual([28, 17]);
    expect(sumInRuns([], 7)).toEqual([]);
  });
});
