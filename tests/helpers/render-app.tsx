import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type Location, MemoryRouter, type NavigateFunction, useLocation, useNavigate } from 'react-router';
import emesaDeck from '../../decks/siege-of-emesa/deck.json';
import { createQueryClient, Providers } from '../../src/app/Providers';
import { AppRoutes } from '../../src/app/routes';
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

/** What a test may ask of the router: where the app is, and to go somewhere else. */
interface TestRouter {
  state: { location: Location };
  navigate: NavigateFunction;
}

/** Keeps `router` pointing at the app's current location and navigate function. */
function RouterProbe({ router }: { router: Partial<TestRouter> }) {
  router.state = { location: useLocation() };
  router.navigate = useNavigate();
  return null;
}

/**
 * Renders the whole app at `path` over `db`, with `decks` as the bundled decks: like the
 * app, screens wait (suspended) until they are stored.
 */
export function renderApp(path: string, db = freshDb(), decks: Deck[] = [emesa]) {
  const ready = (async () => {
    for (const deck of decks) await loadDeck(db, deck, { builtIn: true, now: new Date() });
    return db;
  })();
  const router: Partial<TestRouter> = {};
  const user = userEvent.setup();
  const view = render(
    <Providers db={ready} queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <RouterProbe router={router} />
      </MemoryRouter>
    </Providers>,
  );
  return { ...view, db, router: router as TestRouter, user };
}
