import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import typesFixture from '../../../tests/fixtures/study-types-deck.json';
import { emesa, freshDb, renderApp } from '../../../tests/helpers/render-app';
import { parseDeck } from '../../domain/shared/deck';

const typesDeck = parseDeck(typesFixture);
/** Focus moves in an effect just after an element appears: wait for it rather than race it. */
async function focused(found: Promise<HTMLElement>) {
  const element = await found;
  await waitFor(() => expect(element).toHaveFocus());
  return element;
}
const oneCard = parseDeck({ ...typesFixture, id: 'one-card', questions: [typesFixture.questions[0]] });

describe('StudyPage', () => {
  it('reveals with Space, grades with a key, and writes one review log that moves the card', async () => {
    const { db, user } = renderApp('/decks/siege-of-emesa/study');
    const first = emesa.questions[0];
    expect(await screen.findByRole('heading', { name: first?.prompt })).toBeInTheDocument();
    const before = await db.cards.get(`siege-of-emesa/${first?.id}`);
    expect(before?.queue).toBe('new');

    await user.keyboard(' ');
    expect(screen.getByText(first?.explanation ?? '')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Good\b/ })).toHaveTextContent('Good · 10m');
    await user.keyboard('3');

    expect(await screen.findByRole('heading', { name: emesa.questions[1]?.prompt })).toBeInTheDocument();
    await waitFor(async () => expect(await db.reviewLogs.count()).toBe(1));
    const log = (await db.reviewLogs.toArray())[0];
    expect(log).toMatchObject({
      cardKey: `siege-of-emesa/${first?.id}`,
      grade: 'good',
      before: { queue: 'new' },
    });
    const after = await db.cards.get(`siege-of-emesa/${first?.id}`);
    expect(after?.queue).toBe('learning');
    expect(after?.due).toBeGreaterThan(Date.now() + 9 * 60_000);
  });

  it('grades with the buttons too', async () => {
    const { db, user } = renderApp('/decks/siege-of-emesa/study');
    await user.click(await screen.findByRole('button', { name: 'Show answer' }));
    await user.click(screen.getByRole('button', { name: /^Again\b/ }));
    await waitFor(async () => expect(await db.reviewLogs.count()).toBe(1));
    expect((await db.reviewLogs.toArray())[0]?.grade).toBe('again');
  });

  it('keeps keyboard focus on the card through reveal, grade and undo, so Tab goes on from the card', async () => {
    const { user } = renderApp('/decks/study-types/study', freshDb(), [typesDeck]);
    const prompt = (id: string) =>
      screen.findByRole('heading', { name: typesDeck.questions.find((q) => q.id === id)?.prompt });
    await focused(prompt('flash-emperor'));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show answer' })).toHaveFocus();
    await user.keyboard(' ');
    // The button is gone: focus moves to the answer rather than falling to <body>.
    expect(screen.getByRole('region', { name: 'Answer' })).toHaveFocus();
    await user.keyboard('3');

    // The next card's prompt has focus (not <body>), and Tab goes on to its options.
    const mc = await focused(prompt('mc-defender'));
    await user.tab();
    expect(screen.getByRole('article')).toContainElement(document.activeElement as HTMLElement);
    expect(mc).not.toHaveFocus();
    mc.focus();
    // The shortcuts work from the focused prompt: 2 answers, Enter grades, Z undoes.
    await user.keyboard('2');
    await user.keyboard('{Enter}');
    await focused(prompt('tf-yarmouk'));
    await user.keyboard('z');
    await focused(prompt('mc-defender'));
  });

  it('moves focus from the prompt to the answer when Space shows it', async () => {
    const { user } = renderApp('/decks/study-types/study', freshDb(), [typesDeck]);
    const first = typesDeck.questions.find((q) => q.id === 'flash-emperor')?.prompt;
    await focused(screen.findByRole('heading', { name: first }));
    await user.keyboard(' ');
    expect(screen.getByRole('region', { name: 'Answer' })).toHaveFocus();
  });

  it('after a grade by mouse too, the next card has focus', async () => {
    const { user } = renderApp('/decks/study-types/study', freshDb(), [typesDeck]);
    await user.click(await screen.findByRole('button', { name: 'Show answer' }));
    expect(screen.getByRole('region', { name: 'Answer' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /^Again\b/ }));
    await focused(screen.findByRole('heading', { name: typesDeck.questions[1]?.prompt }));
  });

  it('after the last grade, the end of the session has focus', async () => {
    const { user } = renderApp('/decks/one-card/study', freshDb(), [oneCard]);
    await user.click(await screen.findByRole('button', { name: 'Show answer' }));
    await user.click(screen.getByRole('button', { name: /^Easy\b/ }));
    await focused(screen.findByRole('heading', { name: 'Done for now' }));
  });

  it('says what a cram session has left, not "0 new · 0 learning · 7 to review"', async () => {
    renderApp('/decks/study-types/study?mode=cram', freshDb(), [typesDeck]);
    await screen.findByRole('heading', { name: typesDeck.questions[0]?.prompt });
    const counts = screen.getByText(/to practise/).closest('p');
    expect(counts).toHaveTextContent(`Left: ${typesDeck.questions.length} to practise · 0 coming back`);
    expect(counts).not.toHaveTextContent(/new|to review/);
  });

  it('ends a session of new cards after one answer each, and studies the learning cards early only when asked', async () => {
    // Midday: near the 4 AM turn of the study day, a card due in 10 minutes is tomorrow's.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 5, 1, 12) });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { user } = renderApp('/decks/one-card/study', freshDb(), [oneCard]);
    await user.click(await screen.findByRole('button', { name: 'Show answer' }));
    await user.click(screen.getByRole('button', { name: /^Good\b/ }));
    expect(await screen.findByRole('heading', { name: 'Done for now' })).toBeInTheDocument();
    expect(screen.getByText(/1 card is still in learning\. The next comes back in 10m/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Study it now, early' }));
    expect(await screen.findByRole('heading', { name: oneCard.questions[0]?.prompt })).toBeInTheDocument();
  });

  it('shows the next card only once the grade is stored: a failed write leaves the graded card on screen', async () => {
    const db = freshDb();
    db.reviewLogs.hook('creating', () => {
      throw new Error('the disk is full');
    });
    const { user } = renderApp('/decks/siege-of-emesa/study', db);
    const next = emesa.questions[1]?.prompt ?? '';
    const seen: string[] = [];
    const watch = new MutationObserver(() => {
      const shown = document.querySelector('.card-prompt')?.textContent;
      if (shown) seen.push(shown);
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    await user.click(await screen.findByRole('button', { name: 'Show answer' }));
    await user.click(screen.getByRole('button', { name: /^Good\b/ }));
    expect(await screen.findByText(/the disk is full/)).toBeInTheDocument();
    watch.disconnect();
    expect(seen).not.toContain(next);
    expect(await db.reviewLogs.count()).toBe(0);
  });

  it('ignores a second grade given while the first is still being written', async () => {
    const { db, user } = renderApp('/decks/siege-of-emesa/study');
    await user.click(await screen.findByRole('button', { name: 'Show answer' }));
    const good = screen.getByRole('button', { name: /^Good\b/ });
    good.click();
    good.click();
    expect(await screen.findByRole('heading', { name: emesa.questions[1]?.prompt })).toBeInTheDocument();
    expect(await db.reviewLogs.count()).toBe(1);
  });
});
