import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { DbReady } from '../components/db-context';
import { DeckListSkeleton } from '../features/decks/DeckListSkeleton';
import { BackupReminder } from './BackupReminder';
import { ErrorBoundary } from './ErrorBoundary';
import { headingBeforeData } from './headings-before-data';
import { SchemaChangeNotice } from './SchemaChangeNotice';
import { UpdateBanner } from './UpdateBanner';

export function Layout() {
  const { pathname } = useLocation();
  // While the database or a screen's chunk loads: the skeleton index.html paints first, with
  // the page's real heading where it needs no data (the deck list, a bundled deck).
  const loading = <DeckListSkeleton heading={headingBeforeData(pathname)} />;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        {/* A plain link, not a NavLink: "Decks" marks the home page, and an underline here
            would repaint the shell's largest text bigger (a second, later LCP). */}
        <Link to="/" className="brand" aria-label="Muster home">
          Muster
        </Link>
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
          <DbReady fallback={loading}>
            <SchemaChangeNotice />
            <Suspense fallback={loading}>
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
