import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from './app/ErrorBoundary';
import { createQueryClient, Providers } from './app/Providers';
import { afterFirstData, preloadLinkTargets, whenIdle } from './app/preload';
import { AppRoutes, preloadRoute, preloadStudy } from './app/routes';
import { startServiceWorker } from './app/service-worker';
import { startStoreWorker } from './app/store-bundled-decks';
import { applyTheme, storedTheme } from './components/theme';
import './app/styles.css';
import './app/shell.css';

// Before the first render, so a chosen theme never flashes the other one.
applyTheme(storedTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// Dexie and the schema load in their own chunk, started before the first render: index.html's
// shell stays on screen meanwhile, then the layout. No service worker controls a first
// visit: the bundled decks will need storing, so the worker that stores them (off this
// thread) starts now, beside Dexie's download rather than after it.
const firstVisit = !navigator.serviceWorker?.controller;
const storing = firstVisit ? startStoreWorker() : undefined;
const database = import('./app/open-database').then(({ openDatabase }) => openDatabase(storing));

// The screen's chunk loads beside the database, not once React has rendered.
preloadRoute(location.pathname);

const queryClient = createQueryClient();
// As a transition, React renders the app in slices of a few milliseconds rather than one
// long task: the page stays responsive while it mounts (Lighthouse's total blocking time).
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <Providers db={database} queryClient={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </Providers>
      </ErrorBoundary>
    </StrictMode>,
  );
});

preloadLinkTargets(preloadRoute);
// Once the page has its data, the deck page and the study screen are the likely next step;
// and the service worker, whose install downloads every chunk, no longer competes with the
// first page for the network. If the database cannot open (DbReady says why), offline
// support still installs.
afterFirstData(queryClient, () => {
  preloadStudy();
  startServiceWorker();
});
database.catch(() => whenIdle(startServiceWorker));
