import { describe, expect, test } from 'vitest';
import { exactCheck, quizAssignment, quizResult } from '../../tests/fixtures/quiz';
import { gradeAnswers, gradebook, latestAttempts, studentKey } from './grading';

describe('grading', () => {
  test('grades from the questions; a score inside the result is ignored', () => {
    const result = quizResult({
      student: 'Ana',
      answers: { 'q-leader': 'Khalid', 'q-year': 'True', 'q-city': ' velmara ' },
      score: 4,
    });
    const [row] = gradebook(quizAssignment, [result], exactCheck);
    expect(row?.outcomes).toEqual(['wrong', 'correct', 'correct', 'unanswered']);
    expect(row?.score).toBe(2);
    expect(row?.outOf).toBe(4);
    expect(row?.durationMs).toBe(12 * 60_000);
  });

  test('blank answers count as unanswered', () => {
    expect(
      gradeAnswers(quizAssignment.questions, { 'q-city': '  ', 'q-men': [] }, exactCheck).outcomes,
    ).toEqual(['unanswered', 'unanswered', 'unanswered', 'unanswered']);
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
    const rows = gradebook(quizAssignment, [second, ben, first], exactCheck);
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
