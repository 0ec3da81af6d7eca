import { useQuery } from '@tanstack/react-query';
import { listDecks } from '../db/decks';
import { queryKeys } from '../db/query-keys';
import { useDb } from './db-context';

/** Every deck, for the deck list and any deck picker (one query, one cache entry). */
export function useDeckList() {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.decks(), queryFn: () => listDecks(db) });
}
