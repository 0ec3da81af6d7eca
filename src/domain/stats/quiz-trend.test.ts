import { describe, expect, it } from 'vitest';
import type { Topic } from '../shared/deck';
import {
  describeTrend,
  type QuizPoint,
  type QuizScore,
  quizHistoryByDeck,
  quizTrend,
  topicsOf,
} from './quiz-trend';

function quiz(deckId: string, at: string, score: number, outOf: number, topics: Topic[] = []): QuizScore {
  return { deckId, startedAt: Date.parse(at) - 60_000, finishedAt: Date.parse(at), score, outOf, topics };
}

function points(...percents: number[]): QuizPoint[] {
  return percents.map((percent, index) => ({
    deckId: 'd',
    startedAt: index,
    finishedAt: index,
    score: percent,
    outOf: 100,
    topics: [],
    percent,
  }));
}

describe('quizHistoryByDeck', () => {
  it('groups quizzes per deck, oldest first, with whole percentages', () => {
    const [emesa, yarmouk, ...rest] = quizHistoryByDeck([
      quiz('emesa', '2026-03-03T10:00:00Z', 2, 3, ['numbers']),
      quiz('yarmouk', '2026-03-01T10:00:00Z', 5, 10),
      quiz('emesa', '2026-03-01T09:00:00Z', 1, 3),
    ]);
    expect(rest).toEqual([]);
    expect(emesa?.deckId).toBe('emesa');
    // 1/3 = 33.3 % and 2/3 = 66.7 % are shown, and compared, as 33 % and 67 %.
    expect(emesa?.points.map((p) => [p.finishedAt, p.percent])).toEqual([
      [Date.parse('2026-03-01T09:00:00Z'), 33],
      [Date.parse('2026-03-03T10:00:00Z'), 67],
    ]);
    expect(emesa?.points[1]?.topics).toEqual(['numbers']);
    expect(emesa?.latest.percent).toBe(67);
    expect(emesa?.trend).toEqual({ points: 34, over: 2 });
    expect(yarmouk?.points.map((p) => p.percent)).toEqual([50]);
  });

  it('puts the deck quizzed most recently first', () => {
    const decks = quizHistoryByDeck([
      quiz('a', '2026-03-01T10:00:00Z', 1, 2),
      quiz('b', '2026-03-02T10:00:00Z', 1, 2),
      quiz('a', '2026-03-03T10:00:00Z', 1, 2),
      quiz('c', '2026-02-01T10:00:00Z', 1, 2),
    ]);
    expect(decks.map((d) => d.deckId)).toEqual(['a', 'b', 'c']);
  });

  it('finds the best score, the first time it was reached', () => {
    const [deck] = quizHistoryByDeck([
      quiz('d', '2026-03-01T10:00:00Z', 8, 10),
      quiz('d', '2026-03-02T10:00:00Z', 9, 10),
      quiz('d', '2026-03-03T10:00:00Z', 18, 20),
      quiz('d', '2026-03-04T10:00:00Z', 6, 10),
    ]);
    expect(deck?.best.finishedAt).toBe(Date.parse('2026-03-02T10:00:00Z'));
    expect(deck?.best.percent).toBe(90);
    expect(deck?.latest.percent).toBe(60);
  });

  it('leaves out a quiz without questions, and a deck with only such quizzes', () => {
    expect(quizHistoryByDeck([quiz('d', '2026-03-01T10:00:00Z', 0, 0)])).toEqual([]);
    expect(quizHistoryByDeck([])).toEqual([]);
  });
});

describe('quizTrend', () => {
  it('is the latest score minus the oldest of the last five', () => {
    // The first quiz (10 %) is outside the window of five.
    expect(quizTrend(points(10, 50, 40, 70, 60, 62))).toEqual({ points: 12, over: 5 });
  });
  it('spans every quiz when there are fewer than five', () => {
    expect(quizTrend(points(80, 70, 75))).toEqual({ points: -5, over: 3 });
  });
  it('needs two quizzes', () => {
    expect(quizTrend(points(80))).toBeNull();
    expect(quizTrend([])).toBeNull();
  });
});

describe('describeTrend', () => {
  it('says the change in words', () => {
    expect(describeTrend({ points: 12, over: 5 })).toBe('up 12 points over your last 5 quizzes');
    expect(describeTrend({ points: -1, over: 2 })).toBe('down 1 point over your last 2 quizzes');
    expect(describeTrend({ points: 0, over: 3 })).toBe('no change over your last 3 quizzes');
  });
});

describe('topicsOf', () => {
  it('lists each topic once, in the usual order, ignoring unknown questions', () => {
    expect(topicsOf(['numbers', undefined, 'commanders', 'numbers'])).toEqual(['commanders', 'numbers']);
    expect(topicsOf([undefined])).toEqual([]);
  });
});
