import { useQuery } from '@tanstack/react-query';
import { deckQuestions, getDeck, listDecks } from '../db/decks';
import { queryKeys } from '../db/query-keys';
import { useDb } from './db-context';

// Deck queries more than one feature reads; here because features do not import each other.

/** Every deck, for the deck list and any deck picker (one query, one cache entry). */
export function useDeckList() {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.decks(), queryFn: () => listDecks(db) });
}

export function useDeck(deckId: string) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.deck(deckId),
    queryFn: async () => (await getDeck(db, deckId)) ?? null,
  });
}

/** A deck's questions in deck order; waits while no deck is chosen yet (a picker's empty value). */
export function useDeckQuestions(deckId: string) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.deckQuestions(deckId),
    queryFn: () => deckQuestions(db, deckId),
    enabled: deckId !== '',
  });
}
