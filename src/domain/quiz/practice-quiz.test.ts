import { expect, test } from 'vitest';
import { quizQuestions } from '../../../tests/fixtures/quiz';
import { practiceReducer, startPractice, summarisePractice } from './practice-quiz';

const T0 = Date.UTC(2026, 2, 2, 9);

test("answers, moves on, finishes after the last question, and scores by the widgets' verdicts", () => {
  let state = startPractice(quizQuestions, T0, null);
  state = practiceReducer(state, { type: 'answer', answer: { given: 'Captain Mora', correct: true } });
  state = practiceReducer(state, { type: 'next', now: T0 + 1000 });
  state = practiceReducer(state, { type: 'answer', answer: { given: 'False', correct: false } });
  state = practiceReducer(state, { type: 'next', now: T0 + 2000 });
  state = practiceReducer(state, { type: 'answer', answer: { given: 'velmr', correct: true } });
  state = practiceReducer(state, { type: 'next', now: T0 + 3000 });
  expect(state.finishedAt).toBeNull();
  state = practiceReducer(state, { type: 'next', now: T0 + 65_000 });
  expect(state.finishedAt).toBe(T0 + 65_000);
  // A finished quiz takes no more answers.
  expect(practiceReducer(state, { type: 'answer', answer: { given: '3000', correct: true } })).toBe(state);
  const summary = summarisePractice(state);
  expect(summary.outcomes).toEqual(['correct', 'wrong', 'correct', 'unanswered']);
  expect(summary).toMatchObject({ score: 2, outOf: 4, durationMs: 65_000, missedIds: ['q-year', 'q-men'] });
});

test('a time limit caps the time taken when finishing late', () => {
  let state = startPractice(quizQuestions, T0, 5);
  state = practiceReducer(state, { type: 'finish', now: T0 + 9 * 60_000 });
  expect(summarisePractice(state).durationMs).toBe(5 * 60_000);
});
