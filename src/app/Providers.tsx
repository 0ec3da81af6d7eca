import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { onDataReplacedElsewhere } from '../components/data-channel';
import { DbProvider } from '../components/db-context';
import { ErrorMessage } from '../components/error-message';
import type { AppDB } from '../db/app-db';
import { queryKeys } from '../db/query-keys';
import { SchemaChangeNotice } from './SchemaChangeNotice';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Our "server" is IndexedDB: never pause for the network, never retry a local read.
      queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/** Renders the app once the bundled decks are in the database (a no-op after the first run). */
function BundledDecksGate({ load, children }: { load: () => Promise<void>; children: ReactNode }) {
  const ready = useQuery({
    queryKey: queryKeys.bundledDecks(),
    queryFn: async () => {
      await load();
      return true;
    },
  });
  if (ready.error) return <ErrorMessage error={ready.error} />;
  if (ready.isPending) return <p aria-busy="true">Preparing your decks…</p>;
  return children;
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

export function Providers({
  db,
  queryClient,
  loadBundled,
  children,
}: {
  db: AppDB;
  queryClient: QueryClient;
  loadBundled: () => Promise<void>;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <DbProvider db={db}>
        <SchemaChangeNotice />
        <RereadAfterRestoreElsewhere />
        <BundledDecksGate load={loadBundled}>{children}</BundledDecksGate>
      </DbProvider>
    </QueryClientProvider>
  );
}
