import { expect, test } from 'vitest';
import { quizAssignment, quizQuestions } from '../../../tests/fixtures/quiz';
import { attemptPlan, pickQuestions, timeLeftMs } from './quiz-plan';

test('the same attempt id gives the same order; shuffling keeps every item', () => {
  const a = attemptPlan(quizAssignment, 'attempt-abc');
  expect(attemptPlan(quizAssignment, 'attempt-abc')).toEqual(a);
  expect([...a.questionOrder].sort()).toEqual(quizQuestions.map((q) => q.id).sort());
  expect([...(a.optionOrder['q-leader'] ?? [])].sort()).toEqual(
    [...(quizQuestions[0]?.options ?? [])].sort(),
  );
  expect(a.optionOrder['q-year']).toEqual(['True', 'False']);
  const orders = new Set(
    ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'].map((id) =>
      attemptPlan(quizAssignment, `attempt-${id}`).questionOrder.join(),
    ),
  );
  expect(orders.size).toBeGreaterThan(1);
});

test('without shuffling, the teacher order stays', () => {
  const plan = attemptPlan(
    { ...quizAssignment, shuffleQuestions: false, shuffleOptions: false },
    'attempt-abc',
  );
  expect(plan.questionOrder).toEqual(quizQuestions.map((q) => q.id));
  expect(plan.optionOrder['q-leader']).toEqual(quizQuestions[0]?.options);
});

test('time left counts down from the start and stops at zero', () => {
  expect(timeLeftMs(null, 0, 5)).toBeNull();
  expect(timeLeftMs(10, 1000, 1000 + 4 * 60_000)).toBe(6 * 60_000);
  expect(timeLeftMs(10, 1000, 1000 + 11 * 60_000)).toBe(0);
});

test('picks the asked count of the chosen topics and types, one per fact and per sentence', () => {
  const questions = quizQuestions.map((q) => ({ ...q, source: { ...q.source, quote: `About ${q.id}.` } }));
  const filter = {
    topics: ['places', 'numbers', 'dates'],
    types: ['typed', 'cloze', 'true-false'],
    count: 10,
  } as const;
  const twin = { ...questions[2], id: 'q-city-2' } as (typeof questions)[2];
  const picked = pickQuestions([...questions, twin], filter, 'x');
  expect(picked.map((q) => q.factId).sort()).toEqual(['f-city', 'f-men', 'f-year']);
  // Another fact cut from the same sentence as one already picked gives its answer away.
  const sameSentence = { ...twin, id: 'q-other', factId: 'f-other' };
  expect(pickQuestions([...questions, sameSentence], filter, 'x')).toHaveLength(3);
  expect(
    pickQuestions(
      [...questions, { ...sameSentence, source: { ...twin.source, quote: 'New.' } }],
      filter,
      'x',
    ),
  ).toHaveLength(4);
  expect(
    pickQuestions(questions, { topics: ['places', 'numbers'], types: ['typed', 'cloze'], count: 1 }, 'y'),
  ).toHaveLength(1);
});
