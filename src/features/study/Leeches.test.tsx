import { configure, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import fixture from '../../../tests/fixtures/study-types-deck.json';
import { freshDb, renderApp } from '../../../tests/helpers/render-app';
import { loadDeck } from '../../db/load-deck';
import { GLOBAL_SCOPE } from '../../db/settings';
import { parseDeck } from '../../domain/shared/deck';
import { type CardRecord, gradedCard } from '../../domain/study/card';
import { createScheduler } from '../../domain/study/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '../../domain/study/study-settings';

configure({ asyncUtilTimeout: 5000 });
const deck = parseDeck(fixture);
const KEY = 'study-types/flash-emperor';

/** A database where the emperor flashcard is a review card due now (learnt a week ago). */
async function withReviewCard() {
  const db = freshDb();
  const weekAgo = new Date(Date.now() - 7 * 86_400_000);
  await loadDeck(db, deck, { builtIn: true, now: weekAgo });
  const card = (await db.cards.get(KEY)) as CardRecord;
  const learnt = gradedCard(
    card,
    createScheduler(DEFAULT_STUDY_SETTINGS).grade(card.fsrs, 'easy', weekAgo),
    8,
  );
  await db.cards.put({ ...learnt, due: Date.now() - 60_000 });
  return db;
}

/**
 * Studies the card with this leech threshold and forgets it (Space, then 1 = Again); expects
 * the session to say `notice` and the card to end up suspended as a leech.
 */
async function forgetInStudy(db: ReturnType<typeof freshDb>, leechThreshold: number, notice: string) {
  await db.settings.put({ scope: GLOBAL_SCOPE, settings: { ...DEFAULT_STUDY_SETTINGS, leechThreshold } });
  const { user } = renderApp('/decks/study-types/study', db, [deck]);
  await screen.findByRole('heading', { name: deck.questions[0]?.prompt });
  await user.keyboard(' ');
  await user.keyboard('1');
  expect(await screen.findByRole('alert')).toHaveTextContent(notice);
  await waitFor(async () =>
    expect(await db.cards.get(KEY)).toMatchObject({ queue: 'suspended', leech: true }),
  );
}

describe('leeches', () => {
  it('tells the learner in the session when a card becomes a leech and is suspended', async () => {
    await forgetInStudy(
      await withReviewCard(),
      1,
      'This card has been forgotten 1 time, so it is now a leech and suspended.',
    );
  });

  it('suspends an unsuspended leech again when it keeps lapsing, and says so', async () => {
    const db = await withReviewCard();
    const card = (await db.cards.get(KEY)) as CardRecord;
    // Flagged at 4 lapses, unsuspended, forgotten once more since: the 6th lapse flags it again.
    await db.cards.put({ ...card, leech: true, fsrs: { ...card.fsrs, lapses: 5 } });
    await forgetInStudy(db, 4, 'This card has been forgotten 6 times, so it is suspended again as a leech.');
  });

  it('lists suspended leeches on the deck page and unsuspends one', async () => {
    const db = await withReviewCard();
    const card = (await db.cards.get(KEY)) as CardRecord;
    await db.cards.put({ ...card, queue: 'suspended', leech: true });
    const { user } = renderApp('/decks/study-types', db, [deck]);
    expect(await screen.findByRole('heading', { name: 'Leeches (1)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Unsuspend ${deck.questions[0]?.prompt}` }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Leeches/ })).not.toBeInTheDocument());
    expect(await db.cards.get(KEY)).toMatchObject({ queue: 'review', leech: true });
  });
});
