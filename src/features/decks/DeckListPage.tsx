import { Link } from 'react-router';
import { DECK_LIST_TITLE } from '../../app/headings-before-data';
import { useDeckList } from '../../components/deck-queries';
import { ErrorMessage } from '../../components/error-message';
import type { DeckRow } from '../../db/app-db';
import { useDeckCounts } from './api';
import { DeckListSkeleton } from './DeckListSkeleton';

function DeckSummary({ deck }: { deck: DeckRow }) {
  const counts = useDeckCounts(deck.id);
  return (
    <li className="deck-item">
      <Link to={`/decks/${deck.id}`} className="deck-link">
        <span className="deck-title">{deck.title}</span>
        <span className="deck-meta">
          {deck.questionCount} questions
          {counts.data &&
            ` · ${counts.data.fresh} new · ${counts.data.learning} learning · ${counts.data.reviews} to review`}
        </span>
      </Link>
    </li>
  );
}

export function DeckListPage() {
  const decks = useDeckList();
  if (decks.isPending) return <DeckListSkeleton heading={DECK_LIST_TITLE} />;
  return (
    <section aria-labelledby="decks-title">
      <h1 id="decks-title">{DECK_LIST_TITLE}</h1>
      {decks.error && <ErrorMessage error={decks.error} />}
      {decks.data?.length === 0 && <p>No decks yet.</p>}
      <ul className="deck-list">
        {decks.data?.map((deck) => (
          <DeckSummary key={deck.id} deck={deck} />
        ))}
      </ul>
    </section>
  );
}
