import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { AppDB } from '../db/app-db';
import { ErrorMessage } from './error-message';

/** Loading (null), open, or failed to open. */
type DbState = { db: AppDB } | { error: unknown } | null;

const DbContext = createContext<DbState | undefined>(undefined);

/**
 * Gives screens their database; tests pass a fresh one per test. The app passes a promise
 * (resolved once Dexie's chunk has loaded and the bundled decks are stored), so the header
 * paints at once and only what sits inside <DbReady> waits for it.
 */
export function DbProvider({ db, children }: { db: AppDB | Promise<AppDB>; children: ReactNode }) {
  const [opened, setOpened] = useState<DbState>(null);
  useEffect(() => {
    if (!(db instanceof Promise)) return;
    let current = true;
    db.then(
      (ready) => current && setOpened({ db: ready }),
      (error: unknown) => current && setOpened({ error }),
    );
    return () => {
      current = false;
    };
  }, [db]);
  return <DbContext.Provider value={db instanceof Promise ? opened : { db }}>{children}</DbContext.Provider>;
}

/** Shows `fallback` until the database is ready, then the children (or why it could not open). */
export function DbReady({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const state = useContext(DbContext);
  if (state === null) return fallback;
  if (state !== undefined && 'error' in state) return <ErrorMessage error={state.error} />;
  return children;
}

export function useDb(): AppDB {
  const state = useContext(DbContext);
  if (!state || !('db' in state)) throw new Error('useDb must be used inside <DbProvider> and <DbReady>.');
  return state.db;
}
