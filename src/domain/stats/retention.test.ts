import { describe, expect, it } from 'vitest';
import { daysUpTo } from './days';
import { trueRetention } from './retention';
import { newCard, review } from './review-fixtures';

const PARIS = { dayStartHour: 4, timeZone: 'Europe/Paris' };
const days = daysUpTo(new Date('2026-03-31T10:00:00Z'), 120, PARIS);

// Without fuzz, Easy on a new card gives 8 days; Good after those 8 days gives 39.
const graduated = review(newCard('a'), [['2026-01-01T09:00:00Z', 'easy']]);

describe('trueRetention', () => {
  it('splits review-card answers into young and mature and leaves learning steps out', () => {
    const a = review(graduated.card, [
      ['2026-01-09T09:00:00Z', 'good'], // young (interval 8 d), passed
      ['2026-02-17T09:00:00Z', 'again'], // mature (interval 39 d), failed
      ['2026-02-17T09:10:00Z', 'good'], // relearning step, same day: not counted
    ]);
    const b = review(newCard('b'), [
      ['2026-01-01T09:00:00Z', 'good'], // learning steps: not counted
      ['2026-01-01T09:10:00Z', 'good'],
    ]);
    const result = trueRetention([...graduated.logs, ...a.logs, ...b.logs], days);
    expect(result.young).toEqual({ passed: 1, total: 1, rate: 1 });
    expect(result.mature).toEqual({ passed: 0, total: 1, rate: 0 });
    expect(result.all).toEqual({ passed: 1, total: 2, rate: 0.5 });
  });

  it('counts only the first answer of a card per study day, which ends at 4 AM local', () => {
    // The same review card answered from two devices: at 20:00 and at 03:30 the next night
    // (Paris, UTC+1) is one study day, so the second answer is left out; at 04:30 it is a new day.
    const sameDay = [
      ...review(graduated.card, [['2026-01-09T19:00:00Z', 'good']]).logs,
      ...review(graduated.card, [['2026-01-10T02:30:00Z', 'again']]).logs,
    ];
    expect(trueRetention(sameDay, days).young).toEqual({ passed: 1, total: 1, rate: 1 });
    const nextDay = [
      ...review(graduated.card, [['2026-01-09T19:00:00Z', 'good']]).logs,
      ...review(graduated.card, [['2026-01-10T03:30:00Z', 'again']]).logs,
    ];
    expect(trueRetention(nextDay, days).young).toEqual({ passed: 1, total: 2, rate: 0.5 });
  });

  it('has no rate when nothing was reviewed, and ignores logs outside the days', () => {
    expect(trueRetention([], days).all).toEqual({ passed: 0, total: 0, rate: null });
    const january = review(graduated.card, [['2026-01-09T09:00:00Z', 'good']]);
    const march = daysUpTo(new Date('2026-03-31T10:00:00Z'), 30, PARIS);
    expect(trueRetention(january.logs, march).all.total).toBe(0);
    expect(trueRetention(january.logs, days).all.total).toBe(1);
  });
});
