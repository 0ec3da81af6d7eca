import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { DbReady } from '../components/db-context';
import { DeckListSkeleton } from '../features/decks/DeckListSkeleton';
import { BackupReminder } from './BackupReminder';
import { ErrorBoundary } from './ErrorBoundary';
import { SchemaChangeNotice } from './SchemaChangeNotice';
import { UpdateBanner } from './UpdateBanner';

export function Layout() {
  const { pathname } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand" aria-label="Muster home">
          Muster
        </NavLink>
        <nav aria-label="Main">
          <NavLink to="/">Decks</NavLink>
          <NavLink to="/quizzes">Quizzes</NavLink>
          <NavLink to="/settings">Settings</NavLink>
          <NavLink to="/backup">Backup</NavLink>
          <NavLink to="/stats">Stats</NavLink>
          <NavLink to="/new">New deck</NavLink>
        </nav>
      </header>
      <UpdateBanner />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={pathname}>
          {/* While the database or a screen's chunk loads: the skeleton index.html paints first. */}
          <DbReady fallback={<DeckListSkeleton />}>
            <SchemaChangeNotice />
            <Suspense fallback={<DeckListSkeleton />}>
              <BackupReminder />
              <Outlet />
            </Suspense>
          </DbReady>
        </ErrorBoundary>
      </main>
    </>
  );
}

export function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <NavLink to="/">Go to your decks</NavLink>
      </p>
    </section>
  );
}
