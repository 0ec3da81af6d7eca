import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/helpers/render-app';

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
    expect(screen.getByRole('link', { name: 'Study' })).toBeInTheDocument();
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
