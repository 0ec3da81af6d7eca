import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { getDeck, listDecks } from '../../db/decks';
import { loadDeck } from '../../db/load-deck';
import { queryKeys } from '../../db/query-keys';
import { freeDeckId } from '../../domain/article/deck-draft';
import type { Deck } from '../../domain/deck';
import { MusterError } from '../../domain/errors';

/** Another deck already has the id the new deck wants; `suggestion` is a free one. */
export class DeckIdTakenError extends MusterError {
  override name = 'DeckIdTakenError';
  constructor(
    readonly id: string,
    readonly suggestion: string,
    title: string,
  ) {
    super(
      `Another deck, "${title}", already uses the id "${id}". Save under "${suggestion}" instead, or choose another id.`,
    );
  }
}

/**
 * Saves a deck made from an article. Never overwrites a different deck: if the id is taken
 * by a deck from another source, it fails with a free id to offer. Saving the same article
 * again updates its own deck.
 */
export function useSaveDeck() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (deck: Deck) => {
      const existing = await getDeck(db, deck.id);
      if (existing && existing.source.sha256 !== deck.source.sha256) {
        const taken = new Set((await listDecks(db)).map((d) => d.id));
        throw new DeckIdTakenError(deck.id, freeDeckId(deck.id, taken), existing.title);
      }
      await loadDeck(db, deck, { builtIn: false, now: new Date() });
      return deck.id;
    },
    onSuccess: (deckId) =>
      queryClient
        .invalidateQueries({ queryKey: queryKeys.deck(deckId) })
        .then(() => queryClient.invalidateQueries({ queryKey: queryKeys.decks() })),
  });
}
