/** The deck list's heading; it needs no data, so it shows while the decks are read. */
export const DECK_LIST_TITLE = 'Your decks';

/**
 * The deck list's place-holder, drawn with the deck list's own classes so it has the
 * list's layout. index.html carries the same markup by hand, painted before any script
 * runs (tests/e2e/first-paint.e2e.ts checks that the two line up).
 *
 * `heading`: on the deck list itself its real heading, in the grey bar's place. The heading
 * is the page's largest text, so painting it at the first render rather than once the
 * database has opened is what brings the page's largest contentful paint forward.
 */
export function DeckListSkeleton({ heading = false }: { heading?: boolean }) {
  return (
    <section className="skeleton" aria-busy="true" aria-labelledby={heading ? 'decks-title' : undefined}>
      <p className="visually-hidden" role="status">
        Loading your decks…
      </p>
      {heading ? <h1 id="decks-title">{DECK_LIST_TITLE}</h1> : <div className="skeleton-heading" />}
      <ul className="deck-list" aria-hidden="true">
        <li className="deck-item">
          <div className="deck-link">
            <span className="deck-title skeleton-line">&nbsp;</span>
            <span className="deck-meta skeleton-line">&nbsp;</span>
          </div>
        </li>
      </ul>
    </section>
  );
}
