/**
 * The deck list's place-holder, drawn with the deck list's own classes so it has the
 * list's layout. index.html carries the same markup by hand, painted before any script
 * runs (tests/e2e/first-paint.e2e.ts checks that the two line up).
 *
 * `heading`: the page's real heading, in the grey bar's place, where it is known before
 * any data is read (headings-before-data.ts). The heading is the page's largest text, so
 * painting it with the first paint rather than once the database has opened is what brings
 * the page's largest contentful paint forward.
 */
export function DeckListSkeleton({ heading }: { heading?: string }) {
  return (
    <section className="skeleton" aria-busy="true" aria-labelledby={heading ? 'skeleton-title' : undefined}>
      <p className="visually-hidden" role="status">
        Loading your decks…
      </p>
      {heading ? <h1 id="skeleton-title">{heading}</h1> : <div className="skeleton-heading" />}
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
