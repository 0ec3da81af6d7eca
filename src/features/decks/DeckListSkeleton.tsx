/**
 * The deck list's place-holder, drawn with the deck list's own classes so it has the
 * list's layout. index.html carries the same markup by hand, painted before any script
 * runs (tests/e2e/first-paint.e2e.ts checks that the two line up).
 */
export function DeckListSkeleton() {
  return (
    <section className="skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading your decks…
      </p>
      <div className="skeleton-heading" />
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
