import { NavLink, Outlet, useRouteError } from 'react-router';
import { ErrorMessage } from '../components/error-message';
import { BackupReminder } from './BackupReminder';
import { ErrorBoundary } from './ErrorBoundary';
import { UpdateBanner } from './UpdateBanner';

export function Layout() {
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
        <BackupReminder />
        <ErrorBoundary>
          <Outlet />
        </ErrorBoundary>
      </main>
    </>
  );
}

/** Shown by the router when a route fails to load (for example a lazy chunk offline). */
export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="crash">
      <h1>This page could not be shown</h1>
      <ErrorMessage error={error} />
      <a href="/">Go to your decks</a>
    </main>
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
