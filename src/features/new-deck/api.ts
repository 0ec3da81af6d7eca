import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { listDecks } from '../../db/decks';
import { loadDeck } from '../../db/load-deck';
import { queryKeys } from '../../db/query-keys';
import { freeDeckId } from '../../domain/article/deck-draft';
import type { Deck } from '../../domain/shared/deck';
import { DeckIdInUseError } from '../../domain/shared/errors';

/** Another deck already has the id the new deck wants; `suggestion` is a free one. */
export class DeckIdTakenError extends DeckIdInUseError {
  override name = 'DeckIdTakenError';
  constructor(
    taken: DeckIdInUseError,
    readonly suggestion: string,
  ) {
    super(taken.id, taken.title);
    this.message = `Another deck, "${taken.title}", already uses the id "${taken.id}". Save under "${suggestion}" instead, or choose another id.`;
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
      try {
        await loadDeck(db, deck, { builtIn: false, now: new Date(), onlySameSource: true });
      } catch (error) {
        if (!(error instanceof DeckIdInUseError)) throw error;
        const taken = new Set((await listDecks(db)).map((d) => d.id));
        throw new DeckIdTakenError(error, freeDeckId(deck.id, taken));
      }
      return deck.id;
    },
    onSuccess: (deckId) =>
      queryClient
        .invalidateQueries({ queryKey: queryKeys.deck(deckId) })
        .then(() => queryClient.invalidateQueries({ queryKey: queryKeys.decks() })),
  });
}
