import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient, Providers } from './app/Providers';
import { routes } from './app/routes';
import { startServiceWorker } from './app/service-worker';
import { applyTheme, storedTheme } from './components/theme';
import { db } from './db/app-db';
import './app/styles.css';

// Before the first render, so a chosen theme never flashes the other one.
applyTheme(storedTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// Seeding pulls in the deck schema and the scheduler; keep them out of the first chunk.
const loadBundled = async () => (await import('./app/bundled-decks')).loadBundledDecks(db);

createRoot(root).render(
  <StrictMode>
    <Providers db={db} queryClient={createQueryClient()} loadBundled={loadBundled}>
      <RouterProvider router={createBrowserRouter(routes)} />
    </Providers>
  </StrictMode>,
);

startServiceWorker();
