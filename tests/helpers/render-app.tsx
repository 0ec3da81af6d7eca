import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import emesaDeck from '../../decks/siege-of-emesa/deck.json';
import { createQueryClient, Providers } from '../../src/app/Providers';
import { routes } from '../../src/app/routes';
import { AppDB } from '../../src/db/app-db';
import { loadDeck } from '../../src/db/load-deck';
import { type Deck, parseDeck } from '../../src/domain/shared/deck';
import emesaMiniDeck from '../fixtures/emesa-mini-deck.json';

let counter = 0;

/** A fresh, empty database (fake-indexeddb) for one test. */
export function freshDb(): AppDB {
  counter += 1;
  return new AppDB(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export const emesa: Deck = parseDeck(emesaDeck);

/**
 * A small hand-written Emesa deck (13 questions, ids chosen by hand) for tests that name
 * questions: its ids do not move when the bundled deck is re-derived or re-curated.
 */
export const emesaMini: Deck = parseDeck(emesaMiniDeck);

/** Renders the whole app at `path` over `db`, with the Emesa deck as the bundled deck. */
export function renderApp(path: string, db = freshDb(), decks: Deck[] = [emesa]) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const loadBundled = async () => {
    for (const deck of decks) await loadDeck(db, deck, { builtIn: true, now: new Date() });
  };
  const user = userEvent.setup();
  const view = render(
    <Providers db={db} queryClient={createQueryClient()} loadBundled={loadBundled}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, db, router, user };
}
