import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/helpers/render-app';
import { createQueryClient, Providers } from '../../app/Providers';
import { AppRoutes } from '../../app/routes';
import type { AppDB } from '../../db/app-db';

/** The app at `path` while its database is still opening (a promise that has not settled). */
function renderWhileDatabaseOpens(path: string) {
  const opening = new Promise<AppDB>(() => {});
  render(
    <Providers db={opening} queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </Providers>,
  );
}

describe('DeckListPage', () => {
  it('shows the bundled Emesa deck with its new-card count, ready to open', async () => {
    const { user } = renderApp('/');
    const link = await screen.findByRole('link', { name: /Siege of Emesa \(638\)/ });
    // 33 questions; the daily limit of 20 new cards caps what is offered today.
    expect(link).toHaveTextContent('33 questions');
    expect(await screen.findByText(/20 new · 0 learning · 0 to review/)).toBeInTheDocument();
    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Siege of Emesa (638)' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Study' })).toBeInTheDocument();
  });

  it('shows its heading before the database has opened, and other screens only the grey skeleton', async () => {
    renderWhileDatabaseOpens('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Your decks' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading your decks…');
    expect(screen.queryByRole('link', { name: /Siege of Emesa/ })).not.toBeInTheDocument();
  });

  it("shows a bundled deck's title on its page while the database opens, and no heading on a deck it cannot know", () => {
    renderWhileDatabaseOpens('/decks/siege-of-emesa');
    expect(screen.getByRole('status')).toHaveTextContent('Loading your decks…');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Siege of Emesa (638)');
    cleanup();
    renderWhileDatabaseOpens('/decks/my-own-deck');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    cleanup();
    renderWhileDatabaseOpens('/decks/siege-of-emesa/study');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });

  it('shows a not-found page for an unknown address and for an unknown deck', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('says so when a deck does not exist', async () => {
    renderApp('/decks/nope');
    expect(await screen.findByRole('heading', { name: 'Deck not found' })).toBeInTheDocument();
  });
});
