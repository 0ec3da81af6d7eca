import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { deckPath, headingBeforeData } from '../../app/headings-before-data';
import { ArticleSource } from '../../components/ArticleSource';
import { useDeck } from '../../components/deck-queries';
import { ErrorMessage } from '../../components/error-message';
import { useDeckCounts } from './api';

// Leeches are rare: their list (and its mutation code) loads on its own, off the first page's budget.
const LeechList = lazy(async () => ({ default: (await import('./LeechList')).LeechList }));
// So is the archive of cards a deck update dropped.
const ArchivedList = lazy(async () => ({ default: (await import('./ArchivedList')).ArchivedList }));

export function DeckPage() {
  const { deckId = '' } = useParams();
  const deck = useDeck(deckId);
  const counts = useDeckCounts(deckId);
  if (deck.error) return <ErrorMessage error={deck.error} />;
  if (deck.isPending) {
    // A bundled deck's title is known without the database: it stays where the shell painted it.
    const title = headingBeforeData(deckPath(deckId));
    return (
      <section aria-busy="true" aria-labelledby={title ? 'deck-title' : undefined}>
        {title && <h1 id="deck-title">{title}</h1>}
        <p>Loading the deck…</p>
      </section>
    );
  }
  if (!deck.data) {
    return (
      <section>
        <h1>Deck not found</h1>
        <p>
          There is no deck called "{deckId}" in this browser. <Link to="/">Back to your decks</Link>
        </p>
      </section>
    );
  }
  const c = counts.data;
  const nothingToday = c !== undefined && c.fresh + c.learning + c.reviews === 0;
  return (
    <section aria-labelledby="deck-title">
      <h1 id="deck-title">{deck.data.title}</h1>
      <p>{deck.data.questionCount} questions</p>
      <ArticleSource source={deck.data.source} />
      <dl className="deck-counts" aria-label="Today">
        <div>
          <dt>New</dt>
          <dd data-testid="count-new">{c?.fresh ?? '…'}</dd>
        </div>
        <div>
          <dt>Learning</dt>
          <dd data-testid="count-learning">{c?.learning ?? '…'}</dd>
        </div>
        <div>
          <dt>To review</dt>
          <dd data-testid="count-review">{c?.reviews ?? '…'}</dd>
        </div>
      </dl>
      {nothingToday ? (
        <p role="status">Nothing is due in this deck today. Come back tomorrow.</p>
      ) : (
        <Link className="button primary" to={`/decks/${deckId}/study`}>
          Study
        </Link>
      )}
      <p className="deck-links">
        <Link to={`/decks/${deckId}/custom`}>Custom session</Link> ·{' '}
        <Link to={`/decks/${deckId}/settings`}>Deck settings</Link>
      </p>
      <Suspense fallback={null}>
        <LeechList deckId={deckId} />
        <ArchivedList deckId={deckId} />
      </Suspense>
      <p>
        <Link to={`/stats/${deckId}`}>Statistics for this deck</Link>
      </p>
    </section>
  );
}
