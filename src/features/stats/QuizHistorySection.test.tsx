import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { practiceAttempt } from '../../../tests/helpers/quiz-attempts';
import { emesaMini as emesa, freshDb, renderApp } from '../../../tests/helpers/render-app';
import { loadDeck } from '../../db/load-deck';
import { saveQuizAttempt } from '../../db/quiz-history';

// The lazy route and the other sections' reads take a moment on a busy machine.
const SLOW = { timeout: 10_000 };

const quizHistory = () => screen.findByRole('region', { name: 'Quiz history' }, SLOW);

describe('Quiz history on the Stats page', { timeout: 30_000 }, () => {
  it('says there are no quizzes yet and links to the practice quiz', async () => {
    renderApp('/stats', freshDb(), []);
    const section = await quizHistory();
    expect(await within(section).findByText(/No practice quizzes yet/, {}, SLOW)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Take a practice quiz' })).toHaveAttribute(
      'href',
      '/quizzes/practice',
    );
    expect(section).toHaveAttribute('data-ready', 'quizzes');
  });

  it('shows each quiz’s score in date order, with latest, best and trend', async () => {
    const db = freshDb();
    await loadDeck(db, emesa, { builtIn: true, now: new Date('2026-02-01T00:00:00Z') });
    // Saved out of order; noon UTC keeps each on its date in any time zone the test runs in.
    const quizzes = [
      practiceAttempt(
        'siege-of-emesa',
        '2026-03-03T12:00:00Z',
        ['number-umar-men'],
        ['number-reinforcements'],
      ),
      practiceAttempt(
        'siege-of-emesa',
        '2026-03-01T12:00:00Z',
        [],
        ['commander-defender', 'date-siege-year'],
      ),
      practiceAttempt(
        'siege-of-emesa',
        '2026-03-05T12:00:00Z',
        ['number-umar-men', 'commander-defender'],
        [],
      ),
    ];
    for (const quiz of quizzes) await saveQuizAttempt(db, quiz);
    renderApp('/stats/siege-of-emesa', db, [emesa]);

    const deck = await screen.findByTestId('quiz-history-siege-of-emesa', {}, SLOW);
    expect(within(deck).getByRole('heading', { name: 'Siege of Emesa (638)' })).toBeInTheDocument();
    expect(within(deck).getByTestId('quiz-latest')).toHaveTextContent('100%');
    expect(within(deck).getByTestId('quiz-best')).toHaveTextContent('100%');
    expect(within(deck).getByTestId('quiz-trend')).toHaveTextContent(
      'Trend: up 100 points over your last 3 quizzes.',
    );
    expect(within(deck).getByRole('img', { name: /latest score 100%, best 100%/ })).toBeInTheDocument();

    const rows = within(deck).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['0% (0 of 2 right)', 'commanders, dates'],
      ['50% (1 of 2 right)', 'numbers'],
      ['100% (2 of 2 right)', 'commanders, numbers'],
    ]);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      expect.stringContaining('1 Mar 2026'),
      expect.stringContaining('3 Mar 2026'),
      expect.stringContaining('5 Mar 2026'),
    ]);
  });

  it('shows one history per deck on the all-decks page, the deck quizzed last first', async () => {
    const db = freshDb();
    await loadDeck(db, emesa, { builtIn: true, now: new Date('2026-02-01T00:00:00Z') });
    await saveQuizAttempt(db, practiceAttempt('siege-of-emesa', '2026-03-01T12:00:00Z', ['number-umar-men']));
    // A deck deleted since keeps its quizzes, under its id.
    await saveQuizAttempt(db, practiceAttempt('old-deck', '2026-03-02T12:00:00Z', [], ['q1']));
    renderApp('/stats', db, [emesa]);

    const section = await quizHistory();
    await within(section).findByTestId('quiz-history-siege-of-emesa', {}, SLOW);
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['old-deck', 'Siege of Emesa (638)']);
    expect(within(section).getByTestId('quiz-history-old-deck')).toHaveTextContent(
      'Trend: take another quiz to see one.',
    );
  });
});
