import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emesaMini as emesa, freshDb, renderApp } from '../../../tests/helpers/render-app';
import { seedReviews } from '../../../tests/helpers/seed-reviews';
import { loadDeck } from '../../db/load-deck';

// The lazy route and a year of day counts take a moment on a busy machine.
const SLOW = { timeout: 10_000 };

// Wednesday 4 March 2026, 10:00 UTC (the test runs in UTC; the study day starts at 4 AM).
const NOW = new Date('2026-03-04T10:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

async function seeded() {
  const db = freshDb();
  await loadDeck(db, emesa, { builtIn: true, now: new Date('2026-02-01T00:00:00Z') });
  await seedReviews(db, 'siege-of-emesa', [
    // Easy gives 8 days: due 28 Feb, so by now overdue and weak.
    { questionId: 'date-siege-year', grade: 'easy', at: '2026-02-20T10:00:00Z' },
    { questionId: 'commander-defender', grade: 'easy', at: '2026-03-01T10:00:00Z' },
    { questionId: 'commander-byzantine', grade: 'easy', at: '2026-03-03T20:00:00Z' },
    // 03:30 is before the 4 AM day start: it counts for 3 March.
    { questionId: 'strategy-end', grade: 'easy', at: '2026-03-04T03:30:00Z' },
    { questionId: 'place-emesa-homs', grade: 'good', at: '2026-03-04T09:00:00Z', durationMs: 60_000 },
    { questionId: 'place-emesa-homs', grade: 'good', at: '2026-03-04T09:10:00Z', durationMs: 60_000 },
    { questionId: 'number-umar-men', grade: 'again', at: '2026-03-04T09:30:00Z', durationMs: 60_000 },
  ]);
  return db;
}

describe('StatsPage', { timeout: 30_000 }, () => {
  it('renders with an empty database', async () => {
    renderApp('/stats', freshDb(), []);
    expect(await screen.findByRole('heading', { name: 'Statistics' }, SLOW)).toBeInTheDocument();
    expect(await screen.findByTestId('today-reviewed', {}, SLOW)).toHaveTextContent('0');
    expect(screen.getByTestId('today-due')).toHaveTextContent('0');
    expect(screen.getByTestId('today-streak')).toHaveTextContent('0 days');
    expect(screen.getByText(/0 reviews on 0 days/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Wed, 4 Mar 2026: 0 reviews' })).toBeInTheDocument();
    expect(await screen.findByText('No studied cards yet.', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByTestId('not-started')).toHaveTextContent('0 cards not started yet.');
    expect(screen.getByText(/No studied cards yet: study a deck/)).toBeInTheDocument();
    expect(await screen.findByText('Desired retention:', { exact: false }, SLOW)).toBeInTheDocument();
  });

  it('shows today, the heatmap, mastery by topic and the weakest cards of a studied deck', async () => {
    const { user } = renderApp('/stats/siege-of-emesa', await seeded(), [emesa]);
    expect(await screen.findByTestId('today-reviewed', {}, SLOW)).toHaveTextContent('3');
    expect(screen.getByTestId('today-time')).toHaveTextContent('3 min');
    // 1, 3 and 4 March have reviews, 2 March none: a two-day streak.
    expect(screen.getByTestId('today-streak')).toHaveTextContent('2 days');
    expect(screen.getByTestId('today-learning')).toHaveTextContent('1');
    expect(screen.getByTestId('heatmap-2026-03-04')).toHaveAttribute('data-count', '3');
    expect(screen.getByRole('button', { name: 'Tue, 3 Mar 2026: 2 reviews' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fri, 20 Feb 2026: 1 review' })).toBeInTheDocument();

    expect(await screen.findByTestId('mastery-commanders-known', {}, SLOW)).toHaveTextContent('2');
    expect(screen.getByTestId('not-started')).toHaveTextContent('7 cards not started yet.');
    expect(screen.getByTestId('mastery-dates-weak')).toHaveTextContent('1');
    expect(screen.getByTestId('mastery-numbers-learning')).toHaveTextContent('1');
    expect(screen.getByRole('link', { name: 'Study commanders' })).toHaveAttribute(
      'href',
      '/decks/siege-of-emesa/study?topic=commanders',
    );

    const weakest = within(screen.getByRole('list', { name: 'Cards, weakest first' })).getAllByRole(
      'link',
    )[0];
    expect(weakest).toHaveTextContent('In which year was the siege of Emesa laid?');
    await user.click(weakest as HTMLElement);
    expect(await screen.findByRole('heading', { name: 'Forgetting curve' }, SLOW)).toBeInTheDocument();
    const history = screen.getByRole('table');
    expect(within(history).getAllByRole('row')).toHaveLength(2);
    expect(within(history).getByText('easy')).toBeInTheDocument();
    expect(screen.getByTestId('card-standing')).toHaveTextContent('Weak: due since 28 Feb 2026.');
    expect(screen.getByRole('img', { name: /Forgetting curve: recall falls from 100%/ })).toBeInTheDocument();
  });

  it('switches decks from the selector', async () => {
    const { user, router } = renderApp('/stats', await seeded(), [emesa]);
    await screen.findByRole('option', { name: /Siege of Emesa/ }, SLOW);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Deck' }), 'siege-of-emesa');
    expect(router.state.location.pathname).toBe('/stats/siege-of-emesa');
  });
});
