import { describe, expect, it } from 'vitest';
import type { CardRecord } from './card';
import { cardWithHistory, type PastSchedule } from './imported-history';
import { createScheduler, newFsrsCard } from './scheduler';

const scheduler = createScheduler();
const day = (iso: string) => new Date(iso).getTime();

const fresh: CardRecord = {
  key: 'd/q1',
  deckId: 'd',
  questionId: 'q1',
  factId: 'q1',
  topic: 'dates',
  queue: 'new',
  due: 0,
  fsrs: newFsrsCard(new Date('2026-01-01T00:00:00Z')),
  leech: false,
};

const answers: PastSchedule['answers'] = [
  { grade: 'good', at: day('2026-01-05T09:00:00Z'), durationMs: 4000 },
  { grade: 'good', at: day('2026-01-06T09:00:00Z'), durationMs: 3000 },
  { grade: 'good', at: day('2026-01-12T09:00:00Z'), durationMs: 3000 },
];

describe('a card given its history from another app', () => {
  it('keeps that app’s due date and replays its memory from every answer', () => {
    const past: PastSchedule = {
      phase: 'review',
      suspended: false,
      dueAt: day('2026-02-01T04:00:00Z'),
      intervalDays: 20,
      reps: 3,
      lapses: 0,
      answers,
    };
    const { card, reviews } = cardWithHistory(fresh, past, scheduler, false);
    expect(card).toMatchObject({ queue: 'review', due: day('2026-02-01T04:00:00Z') });
    expect(card.fsrs).toMatchObject({ state: 2, scheduled_days: 20, reps: 3, lapses: 0 });
    expect(card.fsrs.stability).toBeGreaterThan(1);
    expect(reviews.map((review) => review.answer.grade)).toEqual(['good', 'good', 'good']);
  });

  it('leaves a card the learner reset ("Forget") new, with its past answers kept as history', () => {
    const past: PastSchedule = {
      phase: 'new',
      suspended: false,
      intervalDays: 0,
      reps: 3,
      lapses: 0,
      answers,
    };
    const { card, reviews } = cardWithHistory(fresh, past, scheduler, false);
    expect(card.queue).toBe('new');
    expect(card.fsrs).toMatchObject({ state: 0, reps: 0 });
    expect(reviews).toHaveLength(3);
  });

  it('estimates the memory of a review card whose history was left out from its interval', () => {
    const past: PastSchedule = {
      phase: 'review',
      suspended: true,
      dueAt: day('2026-02-01T04:00:00Z'),
      intervalDays: 30,
      reps: 5,
      lapses: 1,
      answers: [],
    };
    const { card, reviews } = cardWithHistory(fresh, past, scheduler, false);
    expect(card).toMatchObject({ queue: 'suspended', due: day('2026-02-01T04:00:00Z') });
    expect(card.fsrs).toMatchObject({ stability: 30, difficulty: 5, lapses: 1, reps: 5 });
    expect(reviews).toEqual([]);
  });
});
