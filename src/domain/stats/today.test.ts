import { describe, expect, it } from 'vitest';
import { daysUpTo } from './days';
import { countByDay as dailyReviewCounts, newCard, review } from './review-fixtures';
import { currentStreak, summariseToday } from './today';

const PARIS = { dayStartHour: 4, timeZone: 'Europe/Paris' };

describe('summariseToday', () => {
  it('counts answers, distinct cards and time spent', () => {
    const a = review(newCard('a'), [
      ['2026-03-02T09:00:00Z', 'again'],
      ['2026-03-02T09:01:00Z', 'good'],
    ]);
    const b = review(newCard('b'), [['2026-03-02T09:02:00Z', 'easy']], 12_000);
    expect(summariseToday([...a.logs, ...b.logs])).toEqual({ reviewed: 3, cards: 2, timeSpentMs: 22_000 });
    expect(summariseToday([])).toEqual({ reviewed: 0, cards: 0, timeSpentMs: 0 });
  });
});

describe('currentStreak', () => {
  it('counts the days in a row up to today', () => {
    expect(currentStreak([3, 0, 1, 4, 2])).toEqual({ days: 3, atLeast: false });
  });
  it('keeps yesterday’s streak alive while today has no reviews yet', () => {
    expect(currentStreak([0, 5, 1, 0])).toEqual({ days: 2, atLeast: false });
  });
  it('is broken by a day without reviews before yesterday', () => {
    expect(currentStreak([5, 0, 0])).toEqual({ days: 0, atLeast: false });
  });
  it('says when the streak runs past the days looked at', () => {
    expect(currentStreak([1, 1, 1])).toEqual({ days: 3, atLeast: true });
  });

  it('counts a 2 AM session for the evening before (4 AM day start)', () => {
    // Paris is UTC+1 in March. Sessions at 21:00 on the 1st and at 02:30 on the 3rd (local):
    // the second belongs to the study day of the 2nd, so the 2nd is not a gap.
    const { logs } = review(newCard('a'), [
      ['2026-03-01T20:00:00Z', 'good'],
      ['2026-03-03T01:30:00Z', 'good'],
    ]);
    const days = daysUpTo(new Date('2026-03-03T09:00:00Z'), 3, PARIS);
    const counts = dailyReviewCounts(
      logs.map((l) => l.reviewedAt),
      days,
    );
    expect(counts).toEqual([1, 1, 0]);
    expect(currentStreak(counts).days).toBe(2);
  });

  it('follows the learner’s current time zone after a move', () => {
    // The same two reviews, seen from London and from Tokyo (UTC+9) at the same instant.
    // In London they fall on the 1st and 2nd and today (the 3rd) is still open: a 2-day
    // streak. In Tokyo the second is on the morning of the 3rd, leaving the 2nd empty.
    const { logs } = review(newCard('a'), [
      ['2026-03-01T10:00:00Z', 'good'],
      ['2026-03-02T23:00:00Z', 'good'],
    ]);
    const times = logs.map((l) => l.reviewedAt);
    const now = new Date('2026-03-03T12:00:00Z');
    const london = daysUpTo(now, 3, { dayStartHour: 4, timeZone: 'Europe/London' });
    const tokyo = daysUpTo(now, 3, { dayStartHour: 4, timeZone: 'Asia/Tokyo' });
    expect(london.map((d) => d.label)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(dailyReviewCounts(times, london)).toEqual([1, 1, 0]);
    expect(currentStreak(dailyReviewCounts(times, london)).days).toBe(2);
    expect(tokyo.map((d) => d.label)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(dailyReviewCounts(times, tokyo)).toEqual([1, 0, 1]);
    expect(currentStreak(dailyReviewCounts(times, tokyo)).days).toBe(1);
  });
});
