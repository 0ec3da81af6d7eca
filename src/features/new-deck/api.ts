import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { listDecks } from '../../db/decks';
import { loadDeck } from '../../db/load-deck';
import { queryKeys } from '../../db/query-keys';
import { freeDeckId } from '../../domain/article/deck-draft';
import {
  apiUrl,
  MAX_RESPONSE_CHARS,
  readApiResponse,
  readPageRef,
  type WikipediaArticle,
  WikipediaError,
} from '../../domain/article/wikipedia-source';
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

/**
 * Fetches an article's current wikitext from Wikipedia's MediaWiki API (a cross-origin GET
 * with origin=*: no cookies, no key). Offline, or when the request fails, it says so and
 * points to pasting the text instead. `fetchImpl` is the browser's fetch; tests pass a
 * recorded answer.
 */
export async function fetchWikipediaArticle(
  typed: string,
  fetchImpl: typeof fetch = fetch,
): Promise<WikipediaArticle> {
  const ref = readPageRef(typed);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) throw offlineError();
  let response: Response;
  try {
    response = await fetchImpl(apiUrl(ref), { credentials: 'omit', headers: { Accept: 'application/json' } });
  } catch {
    throw new WikipediaError(
      `Muster could not reach ${ref.host}: the connection failed. Check that you are online and try again, or paste the article's text below.`,
    );
  }
  if (!response.ok) {
    throw new WikipediaError(
      `${ref.host} answered with an error (HTTP ${response.status}). Try again in a minute, or paste the article's text below.`,
    );
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_RESPONSE_CHARS * 4) {
    throw new WikipediaError(`"${ref.title}" is too long for Muster. Paste the sections you want instead.`);
  }
  return readApiResponse(await response.text(), ref);
}

export function offlineError(): WikipediaError {
  return new WikipediaError(
    "You are offline, so Muster cannot fetch from Wikipedia. Paste the article's text below (or choose a saved .txt or .wiki file), or try again when you are back online.",
  );
}
