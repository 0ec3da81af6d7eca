import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { onDataReplacedElsewhere } from '../components/data-channel';
import { DbProvider } from '../components/db-context';
import type { AppDB } from '../db/app-db';
import { queryKeys } from '../db/query-keys';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Our "server" is IndexedDB: never pause for the network, never retry a local read.
      queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/** A backup restored in another tab replaced what this tab has read: read it all again. */
function RereadAfterRestoreElsewhere() {
  const queryClient = useQueryClient();
  useEffect(
    () => onDataReplacedElsewhere(() => void queryClient.invalidateQueries({ queryKey: queryKeys.all })),
    [queryClient],
  );
  return null;
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
      <DbProvider db={db}>
        <RereadAfterRestoreElsewhere />
        {children}
      </DbProvider>
    </QueryClientProvider>
  );
}
