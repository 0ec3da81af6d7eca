import { describe, expect, test } from 'vitest';
import { quizAssignment, quizQuestions, quizResult } from '../../../tests/fixtures/quiz';
import type { Question } from '../shared/deck';
import { checkAnswer, gradeAnswers, gradebook, latestAttempts, studentKey } from './grading';

describe('grading', () => {
  test('grades from the questions; a score inside the result is ignored', () => {
    const result = quizResult({
      student: 'Ana',
      answers: { 'q-leader': 'Khalid', 'q-year': 'True', 'q-city': ' velmara ' },
      score: 4,
    });
    const [row] = gradebook(quizAssignment, [result]);
    expect(row?.outcomes).toEqual(['wrong', 'correct', 'correct', 'unanswered']);
    expect(row?.score).toBe(2);
    expect(row?.outOf).toBe(4);
    expect(row?.durationMs).toBe(12 * 60_000);
  });

  test('blank answers count as unanswered', () => {
    expect(gradeAnswers(quizAssignment.questions, { 'q-city': '  ', 'q-men': [] }).outcomes).toEqual([
      'unanswered',
      'unanswered',
      'unanswered',
      'unanswered',
    ]);
  });

  test('a second submission by the same student is attempt 2; late is marked after the due time', () => {
    const dueAt = quizAssignment.dueAt ?? 0;
    const first = quizResult({
      student: 'Ana López',
      answers: {},
      submittedAt: dueAt - 1,
      attemptId: 'attempt-one',
    });
    const second = quizResult({
      student: '  ana  lópez',
      answers: {},
      submittedAt: dueAt + 1,
      attemptId: 'attempt-two',
    });
    const ben = quizResult({ student: 'Ben', answers: {}, submittedAt: dueAt, attemptId: 'attempt-ben' });
    const rows = gradebook(quizAssignment, [second, ben, first]);
    expect(rows.map((r) => [r.result.attemptId, r.attempt, r.late])).toEqual([
      ['attempt-one', 1, false],
      ['attempt-ben', 1, false],
      ['attempt-two', 2, true],
    ]);
    expect(latestAttempts(rows).map((r) => r.result.attemptId)).toEqual(['attempt-two', 'attempt-ben']);
  });

  test('student names match however they were typed', () => {
    expect(studentKey('  Ana   LÓPEZ ')).toBe(studentKey('ana lópez'));
  });
});

describe('checkAnswer (the quiz uses the study answer matching)', () => {
  const [leader, year, city, men] = quizAssignment.questions;
  test('choices must be the answer itself', () => {
    if (!leader || !year) throw new Error('fixture');
    expect(checkAnswer(leader, 'Captain Mora')).toBe(true);
    expect(checkAnswer(leader, 'captain mora ')).toBe(false);
    expect(checkAnswer(year, 'False')).toBe(false);
  });
  test('typed answers forgive aliases, case, a typo and digit grouping, but not a wrong number', () => {
    if (!city || !men) throw new Error('fixture');
    expect(checkAnswer(city, 'velmara')).toBe(true);
    expect(checkAnswer(city, 'Velmr')).toBe(true);
    expect(checkAnswer(men, '3000')).toBe(true);
    expect(checkAnswer(men, '3,000')).toBe(true);
    expect(checkAnswer(men, '300')).toBe(false);
  });
  test('lists must match item by item', () => {
    const ordering = { ...quizQuestions[0], type: 'ordering', answer: ['a', 'b'] } as Question;
    expect(checkAnswer(ordering, ['a', 'b'])).toBe(true);
    expect(checkAnswer(ordering, ['b', 'a'])).toBe(false);
    expect(checkAnswer(ordering, 'a')).toBe(false);
    const matching = {
      ...ordering,
      type: 'matching',
      answer: ['Emesa → Homs', 'Raqqa → Kallinikos'],
    } as Question;
    expect(checkAnswer(matching, ['Homs', 'Kallinikos'])).toBe(true);
    expect(checkAnswer(matching, ['Kallinikos', 'Homs'])).toBe(false);
  });
});
