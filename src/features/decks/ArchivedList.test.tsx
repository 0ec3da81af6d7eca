import { screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import fixture from '../../../tests/fixtures/study-types-deck.json';
import { freshDb, renderApp } from '../../../tests/helpers/render-app';
import { loadDeck } from '../../db/load-deck';
import { parseDeck } from '../../domain/shared/deck';

const deck = parseDeck(fixture);
const [dropped] = deck.questions;

it('a deck update keeps a dropped studied card in the archive, and the deck page restores it', async () => {
  const db = freshDb();
  await loadDeck(db, deck, { builtIn: true, now: new Date() });
  const key = `study-types/${dropped?.id}`;
  const card = await db.cards.get(key);
  if (!card) throw new Error('no card');
  await db.cards.put({
    ...card,
    queue: 'review',
    due: Date.now() + 86_400_000,
    fsrs: { ...card.fsrs, reps: 2 },
  });
  // The next bundled version lacks the first question.
  const next = { ...deck, questions: deck.questions.slice(1) };
  const { user } = renderApp('/decks/study-types', db, [next]);

  const restore = await screen.findByRole('button', { name: `Restore ${dropped?.prompt}` });
  expect(screen.getByRole('heading', { name: 'Archived cards (1)' })).toBeInTheDocument();
  expect(await db.cards.get(key)).toBeUndefined();
  await user.click(restore);
  await waitFor(() => expect(screen.queryByRole('heading', { name: /Archived cards/ })).toBeNull());
  expect(await db.cards.get(key)).toMatchObject({ queue: 'review', fsrs: { reps: 2 } });
  expect(await db.archivedCards.count()).toBe(0);
});
