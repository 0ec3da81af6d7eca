import { expect, test } from 'vitest';
import { quizAssignment, quizResult } from '../../tests/fixtures/quiz';
import { freshDb } from '../../tests/helpers/render-app';
import { encodeAssignment, openAssignment } from '../domain/quiz/assignment';
import { saveAssignment } from './assignments';
import { checkBackup, createBackup, restoreBackup } from './backup';

const NOW = new Date('2026-03-02T09:00:00Z');

test('quizzes, assignments, attempts, gradebook results and mistakes go into a backup and come back', async () => {
  const db = freshDb();
  const opened = await openAssignment(await encodeAssignment(quizAssignment));
  await saveAssignment(db, opened, true, NOW);
  await db.assignmentAttempts.add({
    id: 'attempt-0001',
    assignmentId: quizAssignment.id,
    student: 'Ana',
    startedAt: NOW.getTime(),
    submittedAt: null,
    questionOrder: quizAssignment.questions.map((q) => q.id),
    optionOrder: { 'q-leader': ['Khalid', 'Captain Mora'] },
    answers: { 'q-leader': 'Khalid', 'q-order': ['a', 'b'] },
    resultCode: null,
  });
  const result = quizResult({
    student: 'Ben',
    answers: { 'q-city': 'Velmar' },
    questionsHash: opened.questionsHash,
  });
  await db.gradebookResults.add({
    attemptId: result.attemptId,
    assignmentId: quizAssignment.id,
    result,
    importedAt: 1,
  });
  await db.quizAttempts.add({
    deckId: 'siege-of-emesa',
    startedAt: 1,
    finishedAt: 2,
    timeLimitMinutes: null,
    questions: [{ questionId: 'q1', given: null, outcome: 'unanswered' }],
    score: 0,
    outOf: 1,
  });
  await db.mistakes.add({ cardKey: 'siege-of-emesa/q1', deckId: 'siege-of-emesa', addedAt: 3 });

  const copy = freshDb();
  await restoreBackup(copy, checkBackup(await createBackup(db, NOW)), 'replace');
  for (const name of ['assignments', 'assignmentAttempts', 'gradebookResults', 'quizAttempts', 'mistakes']) {
    expect(await copy.table(name).toArray(), name).toEqual(await db.table(name).toArray());
  }
});
