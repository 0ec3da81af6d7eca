import { describe, expect, it } from 'vitest';
import { emesaMini as emesa, freshDb } from '../../tests/helpers/render-app';
import { seedReviews } from '../../tests/helpers/seed-reviews';
import { daysUpTo } from '../domain/stats/days';
import { loadDeck } from './load-deck';
import { cardDetail, newCardCount, reviewCountsPerDay, reviewLogsBetween } from './stats';

const other = {
  ...emesa,
  id: 'other-deck',
  title: 'Another deck',
  questions: emesa.questions.slice(0, 3),
};

async function seeded() {
  const db = freshDb();
  const now = new Date('2026-02-01T00:00:00Z');
  await loadDeck(db, emesa, { builtIn: true, now });
  await loadDeck(db, other, { builtIn: false, now });
  await seedReviews(db, 'siege-of-emesa', [
    { questionId: 'date-siege-year', grade: 'easy', at: '2026-03-02T10:00:00Z' },
    // Before 4 AM UTC: still the study day of 2 March.
    { questionId: 'commander-defender', grade: 'good', at: '2026-03-03T03:00:00Z' },
    { questionId: 'commander-defender', grade: 'good', at: '2026-03-03T05:00:00Z' },
  ]);
  await seedReviews(db, 'other-deck', [
    { questionId: 'date-siege-year', grade: 'again', at: '2026-03-03T09:00:00Z' },
  ]);
  return db;
}

describe('stats reads', () => {
  const days = daysUpTo(new Date('2026-03-03T12:00:00Z'), 3, { dayStartHour: 4, timeZone: 'UTC' });

  it('counts reviews per study day, for one deck or all', async () => {
    const db = await seeded();
    expect(await reviewCountsPerDay(db, days, 'siege-of-emesa')).toEqual([0, 2, 1]);
    expect(await reviewCountsPerDay(db, days)).toEqual([0, 2, 2]);
    expect(await reviewCountsPerDay(db, days, 'no-such-deck')).toEqual([0, 0, 0]);
  });

  it('reads the logs of a time range, oldest first', async () => {
    const db = await seeded();
    const today = days[2];
    if (!today) throw new Error('no day');
    const logs = await reviewLogsBetween(db, today.start, today.end);
    expect(logs.map((log) => [log.deckId, log.grade])).toEqual([
      ['siege-of-emesa', 'good'],
      ['other-deck', 'again'],
    ]);
  });

  it('counts the cards never studied', async () => {
    const db = await seeded();
    expect(await newCardCount(db, 'siege-of-emesa')).toBe(emesa.questions.length - 2);
    expect(await newCardCount(db)).toBe(emesa.questions.length - 2 + 2);
  });

  it('gives one card with its question and every answer', async () => {
    const db = await seeded();
    const detail = await cardDetail(db, 'siege-of-emesa/commander-defender');
    expect(detail?.question?.topic).toBe('commanders');
    expect(detail?.logs.map((log) => log.grade)).toEqual(['good', 'good']);
    expect(await cardDetail(db, 'siege-of-emesa/none')).toBeNull();
  });
});
