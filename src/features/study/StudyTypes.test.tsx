import { configure, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import fixture from '../../../tests/fixtures/study-types-deck.json';
import { freshDb, renderApp } from '../../../tests/helpers/render-app';
import { parseDeck } from '../../domain/shared/deck';

// The machine running the suite is shared: give the first load of a deck time.
configure({ asyncUtilTimeout: 5000 });

const deck = parseDeck(fixture);
const prompt = (id: string) => deck.questions.find((q) => q.id === id)?.prompt ?? '';

/** Presses Tab until the focused element has this accessible name (keyboard only, no clicks). */
async function tabTo(user: UserEvent, name: string) {
  for (let i = 0; i < 60; i++) {
    const active = document.activeElement;
    if (active && (active.getAttribute('aria-label') ?? active.textContent?.trim()) === name) return;
    await user.tab();
  }
  throw new Error(`Tab never reached "${name}"`);
}

async function grades(db: ReturnType<typeof freshDb>) {
  return (await db.reviewLogs.orderBy('id').toArray()).map(
    (log) => `${log.cardKey.split('/')[1]}:${log.grade}`,
  );
}

describe('studying every question type by keyboard alone', () => {
  it('answers, accepts suggested grades with Enter, and undoes twice with Z', {
    timeout: 30_000,
  }, async () => {
    const db = freshDb();
    const { user } = renderApp('/decks/study-types/study', db, [deck]);

    // Flashcard: Space reveals, 3 grades Good.
    await screen.findByRole('heading', { name: prompt('flash-emperor') });
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: /^Good\b/ })).toHaveTextContent('Good · 10m');
    await user.keyboard('3');

    // Multiple choice: 2 picks the right option, Enter accepts the suggested Good.
    await screen.findByRole('heading', { name: prompt('mc-defender') });
    await user.keyboard('2');
    expect(screen.getByText(/Suggested: Good/)).toBeInTheDocument();
    await user.keyboard('{Enter}');

    // True/false: 1 ("True") is wrong, so Again is suggested; Enter accepts it.
    await screen.findByRole('heading', { name: prompt('tf-yarmouk') });
    await user.keyboard('1');
    expect(screen.getByText(/Suggested: Again/)).toBeInTheDocument();
    await user.keyboard('{Enter}');

    // Typed: the field has focus; an alias counts.
    await screen.findByRole('heading', { name: prompt('typed-homs') });
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveFocus();
    await user.keyboard('hims{Enter}');
    expect(screen.getByText('Right: that name is accepted too.')).toBeInTheDocument();
    await user.keyboard('{Enter}');

    // Cloze: numbers as numbers; the suggested grade can be overridden with a number key.
    await screen.findByRole('heading', { name: prompt('cloze-qaqa') });
    await user.keyboard('4000{Enter}');
    await user.keyboard('4');

    // Ordering: check the shuffled order as it is (partial credit), then accept the suggestion.
    await screen.findByRole('heading', { name: prompt('order-events') });
    await tabTo(user, 'Check order');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(/of 4 in the right place/);
    await user.keyboard('3');

    // Matching: both pairs chosen, then checked from the keyboard.
    await screen.findByRole('heading', { name: prompt('match-names') });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Emesa' }), 'Homs');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Raqqa' }), 'Kallinikos');
    await tabTo(user, 'Check pairs');
    await user.keyboard('{Enter}');
    expect(screen.getByText('2 of 2 pairs right.')).toBeInTheDocument();
    await user.keyboard('{Enter}');

    await waitFor(async () =>
      expect(await grades(db)).toEqual([
        'flash-emperor:good',
        'mc-defender:good',
        'tf-yarmouk:again',
        'typed-homs:good',
        'cloze-qaqa:easy',
        'order-events:good',
        'match-names:good',
      ]),
    );

    // Undo twice: the matching card, then the ordering card, come back unanswered.
    await user.keyboard('z');
    await screen.findByRole('heading', { name: prompt('match-names') });
    expect(screen.getByRole('button', { name: 'Check pairs' })).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    await screen.findByRole('heading', { name: prompt('order-events') });
    await waitFor(async () => expect((await grades(db)).length).toBe(5));
    expect(await db.cards.get('study-types/order-events')).toMatchObject({ queue: 'new' });
    expect(await db.cards.get('study-types/match-names')).toMatchObject({ queue: 'new' });

    // Answering again after the undo writes a fresh log.
    await tabTo(user, 'Check order');
    await user.keyboard('{Enter}');
    await user.keyboard('1');
    await waitFor(async () => expect((await grades(db)).at(-1)).toBe('order-events:again'));
  });

  it('shows a card in its article with the quote marked', async () => {
    const { user } = renderApp('/decks/study-types/study', freshDb(), [deck]);
    await screen.findByRole('heading', { name: prompt('flash-emperor') });
    await user.keyboard(' ');
    await tabTo(user, 'Show in article');
    await user.keyboard('{Enter}');
    expect(document.querySelector('.article-text mark')).toHaveTextContent(
      'Heraclius, the Byzantine emperor, had lost the Battle of Yarmouk.',
    );
  });
});

describe('cram mode', () => {
  it('grades without writing a card or a review log', async () => {
    const db = freshDb();
    const { user } = renderApp('/decks/study-types/study?mode=cram', db, [deck]);
    await screen.findByRole('heading', { name: prompt('flash-emperor') });
    expect(screen.getByText('Cram: practice only, your schedule is not changed')).toBeInTheDocument();
    const before = await db.cards.toArray();
    await user.keyboard(' ');
    await user.keyboard('1');
    await screen.findByRole('heading', { name: prompt('mc-defender') });
    await user.keyboard('2');
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: prompt('tf-yarmouk') });
    await user.keyboard('z');
    await screen.findByRole('heading', { name: prompt('mc-defender') });
    expect(await db.reviewLogs.count()).toBe(0);
    expect(await db.cards.toArray()).toEqual(before);
  });
});
