import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from './app/ErrorBoundary';
import { createQueryClient, Providers } from './app/Providers';
import { afterFirstData, preloadLinkTargets, whenIdle } from './app/preload';
import { AppRoutes, preloadRoute, preloadStudy } from './app/routes';
import { startServiceWorker } from './app/service-worker';
import { startStoreWorker } from './app/store-bundled-decks';
import { yieldToMain } from './app/yield-to-main';
import { applyTheme, storedTheme } from './components/theme';
import './app/styles.css';
import './app/shell.css';

// Before the first render, so a chosen theme never flashes the other one.
applyTheme(storedTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// Start-up in steps, each its own task (yieldToMain): this module's evaluation (React and the
// app's first screen), then the database, the screen's chunk and the first render are each
// started in a task of their own, so none of them adds to one long task on a slow phone.
void start(root);

async function start(root: HTMLElement) {
  // Dexie and the schema load in their own chunk, started first: index.html's shell stays on
  // screen meanwhile, then the layout. No service worker controls a first visit: the bundled
  // decks will need storing, so the worker that stores them (off this thread) starts now,
  // beside Dexie's download rather than after it.
  await yieldToMain();
  const firstVisit = !navigator.serviceWorker?.controller;
  const storing = firstVisit ? startStoreWorker() : undefined;
  const database = import('./app/open-database').then(({ openDatabase }) => openDatabase(storing));
  // If the database cannot open (DbReady says why), offline support still installs.
  database.catch(() => whenIdle(startServiceWorker));

  // The screen's chunk loads beside the database, not once React has rendered.
  await yieldToMain();
  preloadRoute(location.pathname);

  await yieldToMain();
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
  // first page for the network.
  afterFirstData(queryClient, async () => {
    await preloadStudy();
    await yieldToMain();
    startServiceWorker();
  });
}
