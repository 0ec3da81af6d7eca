import { expect, test } from 'vitest';
import { quizAssignment } from '../../tests/fixtures/quiz';
import { freshDb } from '../../tests/helpers/render-app';
import { AttemptClosedError } from '../domain/shared/errors';
import { saveAnswer, startAttempt, submitAttempt } from './assignments';

const STARTED = Date.parse('2026-03-02T09:00:00Z');

async function withAttempt() {
  const db = freshDb();
  await startAttempt(db, {
    id: 'attempt-0001',
    assignmentId: quizAssignment.id,
    student: 'Ana',
    startedAt: STARTED,
    submittedAt: null,
    questionOrder: quizAssignment.questions.map((q) => q.id),
    optionOrder: {},
    answers: {},
    resultCode: null,
  });
  return db;
}

test('an answer or a submit for an attempt submitted elsewhere is refused, saying so, and changes nothing', async () => {
  const db = await withAttempt();
  await saveAnswer(db, 'attempt-0001', 'q-leader', 'Captain Mora');
  // Another tab submits first.
  await submitAttempt(db, 'attempt-0001', STARTED + 60_000, 'muster.r1.first');
  const submitted = await db.assignmentAttempts.get('attempt-0001');

  const answer = saveAnswer(db, 'attempt-0001', 'q-year', 'True');
  await expect(answer).rejects.toThrow(AttemptClosedError);
  await expect(answer).rejects.toThrow(
    'This assignment was already submitted in another tab or window, so your answer was not saved.',
  );
  const submit = submitAttempt(db, 'attempt-0001', STARTED + 120_000, 'muster.r1.second');
  await expect(submit).rejects.toThrow(AttemptClosedError);
  await expect(submit).rejects.toThrow(/so this submission was not saved/);
  expect(await db.assignmentAttempts.get('attempt-0001')).toEqual(submitted);
  expect(submitted).toMatchObject({
    answers: { 'q-leader': 'Captain Mora' },
    submittedAt: STARTED + 60_000,
    resultCode: 'muster.r1.first',
  });
});

test('an answer for an attempt that is no longer stored is refused too', async () => {
  const db = await withAttempt();
  await db.assignmentAttempts.clear();
  await expect(saveAnswer(db, 'attempt-0001', 'q-year', 'True')).rejects.toThrow(/your answer was not saved/);
});
