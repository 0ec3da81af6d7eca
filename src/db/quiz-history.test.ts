import { expect, test } from 'vitest';
import { practiceAttempt } from '../../tests/helpers/quiz-attempts';
import { emesaMini, freshDb } from '../../tests/helpers/render-app';
import { loadDeck } from './load-deck';
import { quizAttemptsWithTopics, saveQuizAttempt } from './quiz-history';

test('reads one deck’s quizzes or all of them, oldest first, with the topics of their questions', async () => {
  const db = freshDb();
  await loadDeck(db, emesaMini, { builtIn: true, now: new Date('2026-03-01T00:00:00Z') });
  await saveQuizAttempt(
    db,
    practiceAttempt('siege-of-emesa', '2026-03-03T10:00:00Z', ['number-umar-men'], ['commander-defender']),
  );
  // A deck that was deleted since: its questions are gone, its quiz stays.
  await saveQuizAttempt(db, practiceAttempt('old-deck', '2026-03-02T10:00:00Z', ['q1']));
  await saveQuizAttempt(db, practiceAttempt('siege-of-emesa', '2026-03-01T10:00:00Z', ['date-siege-year']));

  const emesa = await quizAttemptsWithTopics(db, 'siege-of-emesa');
  expect(emesa.map(({ attempt }) => new Date(attempt.finishedAt).toISOString())).toEqual([
    '2026-03-01T10:00:00.000Z',
    '2026-03-03T10:00:00.000Z',
  ]);
  expect(emesa.map(({ questionTopics }) => questionTopics)).toEqual([['dates'], ['numbers', 'commanders']]);

  const all = await quizAttemptsWithTopics(db);
  expect(all.map(({ attempt }) => attempt.deckId)).toEqual(['siege-of-emesa', 'old-deck', 'siege-of-emesa']);
  expect(all[1]?.questionTopics).toEqual([undefined]);
});
