import { expect, test } from 'vitest';
import { emesa, freshDb } from '../../tests/helpers/render-app';
import { loadDeck } from './load-deck';
import { addMistakes } from './quiz-history';
import { todayQueue } from './study';

const NOW = new Date('2026-03-02T09:00:00Z');
const deckId = 'siege-of-emesa';

test('mistakes lead the next study session until they are reviewed', async () => {
  const db = freshDb();
  await loadDeck(db, emesa, { builtIn: true, now: NOW });
  const last = emesa.questions.at(-1)?.id ?? '';
  await addMistakes(db, deckId, [last], NOW);
  const { queue } = await todayQueue(db, deckId, NOW, 'UTC');
  expect(queue.reviews[0]?.questionId).toBe(last);
  expect(queue.fresh.some((c) => c.questionId === last)).toBe(false);

  // A review after the mistake was added settles it.
  await db.cards.update(`${deckId}/${last}`, (card) => {
    card.fsrs.last_review = new Date(NOW.getTime() + 1000);
  });
  const later = await todayQueue(db, deckId, NOW, 'UTC');
  expect(later.queue.reviews).toEqual([]);
});
