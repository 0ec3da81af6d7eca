import { createContext, type ReactNode, useContext } from 'react';
import type { AppDB } from '../db/app-db';

const DbContext = createContext<AppDB | null>(null);

/** Gives screens their database; tests pass a fresh one per test. */
export function DbProvider({ db, children }: { db: AppDB; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): AppDB {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb must be used inside <DbProvider>.');
  return db;
}
