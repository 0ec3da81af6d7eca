import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emesa, freshDb, renderApp } from '../../tests/helpers/render-app';
import { ErrorMessage } from '../components/error-message';
import { loadDeck } from '../db/load-deck';
import { markUpdateReady } from './service-worker';

const DAY = 86_400_000;

async function dbStudiedDaysAgo(days: number) {
  const db = freshDb();
  await loadDeck(db, emesa, { builtIn: true, now: new Date() });
  const card = (await db.cards.toArray())[0];
  if (!card) throw new Error('no card');
  await db.reviewLogs.add({
    cardKey: card.key,
    deckId: card.deckId,
    factId: card.factId,
    grade: 'good',
    reviewedAt: Date.now() - days * DAY,
    durationMs: 1000,
    before: { queue: 'new', due: 0, leech: false },
    fsrs: {
      rating: 3,
      state: 0,
      due: new Date(),
      stability: 0,
      difficulty: 0,
      elapsed_days: 0,
      last_elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      review: new Date(),
    },
  });
  return db;
}

describe('backup reminder', () => {
  it('appears after a week of study without a backup, and not on the Backup page itself', async () => {
    const db = await dbStudiedDaysAgo(8);
    const { router } = renderApp('/', db);
    expect(await screen.findByText(/is only in this browser/)).toBeInTheDocument();
    await act(() => router.navigate('/backup'));
    await screen.findByRole('heading', { name: 'Storage & backup' });
    expect(screen.queryByText(/is only in this browser/)).not.toBeInTheDocument();
  });

  it('goes away once a backup is downloaded', async () => {
    // jsdom has no object URLs; the download itself is tested on the Backup page.
    URL.createObjectURL = () => 'blob:backup';
    URL.revokeObjectURL = () => {};
    const { user } = renderApp('/', await dbStudiedDaysAgo(8));
    await user.click(await screen.findByRole('link', { name: 'Download a backup' }));
    await user.click(await screen.findByRole('button', { name: 'Download backup' }));
    await screen.findByText(/Backup made/);
    await user.click(screen.getByRole('link', { name: 'Decks' }));
    await screen.findByRole('link', { name: /Siege of Emesa/ });
    await waitFor(() => expect(screen.queryByText(/is only in this browser/)).not.toBeInTheDocument());
  });
});

describe('update banner', () => {
  it('offers the new version, and in a study session says the answers are saved', async () => {
    const { router } = renderApp('/');
    await screen.findByRole('link', { name: /Siege of Emesa/ });
    expect(screen.queryByText(/A new version is ready/)).not.toBeInTheDocument();
    act(() => markUpdateReady());
    expect(screen.getByText(/A new version is ready\. Reload to use it\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await act(() => router.navigate('/decks/siege-of-emesa/study'));
    expect(
      await screen.findByText(/You are in a session: every answer you gave is saved/),
    ).toBeInTheDocument();
    // Let the session's queue read finish, so it does not outlive the test's database.
    await screen.findByRole('button', { name: 'Show answer' });
  });
});

describe('storage full', () => {
  it('says so plainly and points to the backup download', () => {
    const abort = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    });
    render(<ErrorMessage error={abort} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/ran out of storage.*nothing was half-saved/);
    expect(screen.getByRole('link', { name: 'Go to Backup' })).toHaveAttribute('href', '/backup');
  });
});
