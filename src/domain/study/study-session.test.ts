import { describe, expect, it } from 'vitest';
import { type CardRecord, newCardRecord } from './card';
import { buildQueue } from './queue';
import { currentCard, sessionSummary, startSession, studySession } from './study-session';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const DAY_END = Date.parse('2026-03-03T03:00:00Z');

function fresh(id: string, position: number): CardRecord {
  const question = {
    id,
    factId: id,
    topic: 'dates' as const,
    type: 'flashcard' as const,
    prompt: `Q ${id}`,
    answer: 'A',
    source: { section: 'Lead', quote: 'q' },
  };
  return newCardRecord('d', question, position, new Date(NOW));
}

function session() {
  const queue = buildQueue(
    {
      learning: [],
      reviews: [],
      fresh: [fresh('a', 0), fresh('b', 1)],
      factsAnsweredToday: [],
      reviewsDoneToday: 0,
      newDoneToday: 0,
    },
    { newPerDay: 20, maxReviewsPerDay: 200 },
  );
  return startSession(queue, DAY_END, NOW);
}

describe('studySession', () => {
  it('shows the first card hidden, reveals it, and moves on after an answer', () => {
    let state = session();
    expect(currentCard(state)?.questionId).toBe('a');
    expect(state.revealed).toBe(false);
    state = studySession(state, { type: 'reveal' });
    expect(state.revealed).toBe(true);
    const graded = { ...fresh('a', 0), queue: 'learning' as const, due: NOW + 60_000 };
    state = studySession(state, { type: 'answer', graded, grade: 'again', now: NOW + 5000 });
    expect(currentCard(state)?.questionId).toBe('b');
    expect(state.revealed).toBe(false);
    expect(state.answered).toBe(1);
    expect(state.recalled).toBe(0);
    expect(state.shownAt).toBe(NOW + 5000);
  });

  it('waits for a learning card and shows it once a tick reaches its due time', () => {
    let state = session();
    const later = (id: string, due: number) => ({ ...fresh(id, 0), queue: 'learning' as const, due });
    state = studySession(state, {
      type: 'answer',
      graded: later('a', NOW + 3_600_000),
      grade: 'good',
      now: NOW,
    });
    state = studySession(state, {
      type: 'answer',
      graded: later('b', NOW + 7_200_000),
      grade: 'good',
      now: NOW,
    });
    expect(state.step).toEqual({ waitUntil: NOW + 3_600_000 });
    expect(studySession(state, { type: 'tick', now: NOW + 60_000 })).toBe(state);
    state = studySession(state, { type: 'tick', now: NOW + 3_600_000 });
    expect(currentCard(state)?.questionId).toBe('a');
    expect(state.recalled).toBe(2);
  });

  it('ends a session of new cards after one answer each, and learns ahead only when asked', () => {
    let state = session();
    const tenMinutes = (id: string) => ({ ...fresh(id, 0), queue: 'learning' as const, due: NOW + 600_000 });
    state = studySession(state, { type: 'answer', graded: tenMinutes('a'), grade: 'good', now: NOW });
    state = studySession(state, { type: 'answer', graded: tenMinutes('b'), grade: 'good', now: NOW });
    expect(state.answered).toBe(2);
    expect(state.step).toEqual({ waitUntil: NOW + 600_000 });
    state = studySession(state, { type: 'learn-ahead', now: NOW + 1000 });
    expect(state.queue.learnAhead).toBe(true);
    // "b" was answered last, so "a" comes first.
    expect(currentCard(state)?.questionId).toBe('a');
  });

  it('ignores reveal when there is no card', () => {
    let state = session();
    const done = (id: string) => ({ ...fresh(id, 0), queue: 'review' as const, due: DAY_END + 1 });
    state = studySession(state, { type: 'answer', graded: done('a'), grade: 'easy', now: NOW });
    state = studySession(state, { type: 'answer', graded: done('b'), grade: 'easy', now: NOW });
    expect(state.step).toEqual({ done: true });
    expect(studySession(state, { type: 'reveal' })).toBe(state);
  });

  it('undoes several answers in a row, back to the first card, and forgets their tally', () => {
    let state = session();
    const learning = (id: string) => ({ ...fresh(id, 0), queue: 'learning' as const, due: NOW + 600_000 });
    state = studySession(state, {
      type: 'reveal',
      outcome: { score: 1, correct: true, suggested: 'good', summary: 'Right.' },
    });
    state = studySession(state, { type: 'answer', graded: learning('a'), grade: 'good', now: NOW + 4000 });
    state = studySession(state, { type: 'answer', graded: learning('b'), grade: 'again', now: NOW + 9000 });
    expect(sessionSummary(state)).toEqual({ studied: 2, correctPercent: 50, timeMs: 9000 });

    state = studySession(state, { type: 'undo', now: NOW + 10_000 });
    expect(currentCard(state)?.questionId).toBe('b');
    expect(state.queue.learning.map((card) => card.questionId)).toEqual(['a']);
    expect(state.answered).toBe(1);
    state = studySession(state, { type: 'undo', now: NOW + 11_000 });
    expect(currentCard(state)?.questionId).toBe('a');
    expect(currentCard(state)?.queue).toBe('new');
    expect(state.revealed).toBe(false);
    expect(state.outcome).toBeUndefined();
    expect(state.shownAt).toBe(NOW + 11_000);
    expect(sessionSummary(state)).toEqual({ studied: 0, correctPercent: null, timeMs: 0 });
    // Nothing left to undo: the state stays as it is.
    expect(studySession(state, { type: 'undo', now: NOW })).toBe(state);
  });

  it('keeps the suggested grade with the revealed card', () => {
    const outcome = { score: 0.5, correct: false, suggested: 'hard' as const, summary: '2 of 4' };
    const state = studySession(session(), { type: 'reveal', outcome });
    expect(state).toMatchObject({ revealed: true, outcome });
  });

  it('takes a new queue from another tab but keeps its own tally', () => {
    let state = session();
    state = studySession(state, {
      type: 'answer',
      graded: { ...fresh('a', 0), queue: 'review', due: DAY_END + 1 },
      grade: 'good',
      now: NOW,
    });
    const emptied = { ...state.queue, fresh: [] };
    state = studySession(state, { type: 'requeue', queue: emptied, now: NOW + 1 });
    expect(state.step).toEqual({ done: true });
    expect(state.answered).toBe(1);
  });
});
