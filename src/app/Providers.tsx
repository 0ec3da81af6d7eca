import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DbProvider } from '../components/db-context';
import type { AppDB } from '../db/app-db';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Our "server" is IndexedDB: never pause for the network, never retry a local read.
      queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/**
 * `db` resolves once the database is open and the bundled decks are in it (see
 * open-database.ts). Only the page's content waits for it (DbReady in Layout), so the
 * header renders at once and no screen ever reads before the bundled decks are stored.
 */
export function Providers({
  db,
  queryClient,
  children,
}: {
  db: AppDB | Promise<AppDB>;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <DbProvider db={db}>{children}</DbProvider>
    </QueryClientProvider>
  );
}
