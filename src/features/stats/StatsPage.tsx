import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useDeckList } from '../../components/deck-queries';
import { ErrorMessage } from '../../components/error-message';
import { ActivitySection } from './ActivitySection';
import { CARD_LIST_PAGE, useCardStats } from './api';
import { CardListSection } from './CardListSection';
import { DistributionsSection } from './DistributionsSection';
import { ForecastSection } from './ForecastSection';
import { MasterySection } from './MasterySection';
import { QuizHistorySection } from './QuizHistorySection';
import { RetentionSection } from './RetentionSection';

function DeckSelector({ deckId }: { deckId: string | undefined }) {
  const decks = useDeckList();
  const navigate = useNavigate();
  return (
    <label className="inline-field">
      Deck{' '}
      <select
        value={deckId ?? ''}
        onChange={(event) => navigate(event.target.value ? `/stats/${event.target.value}` : '/stats')}
      >
        <option value="">All decks</option>
        {decks.data?.map((deck) => (
          <option key={deck.id} value={deck.id}>
            {deck.title}
          </option>
        ))}
      </select>
    </label>
  );
}

function CardSections({ deckId }: { deckId: string | undefined }) {
  const [listLength, setListLength] = useState(CARD_LIST_PAGE);
  const stats = useCardStats(deckId, listLength);
  if (stats.error) return <ErrorMessage error={stats.error} />;
  if (!stats.data) return <p aria-busy="true">Reading your cards…</p>;
  return (
    <>
      <ForecastSection stats={stats.data} />
      <MasterySection stats={stats.data} deckId={deckId} />
      <DistributionsSection stats={stats.data} />
      <CardListSection stats={stats.data} onShowMore={() => setListLength((n) => n + CARD_LIST_PAGE)} />
    </>
  );
}

/** /stats (all decks) and /stats/:deckId. Sections load independently and show as they arrive. */
export function StatsPage() {
  const { deckId } = useParams();
  return (
    <div className="stats-page" key={deckId ?? 'all'}>
      <h1>Statistics</h1>
      <DeckSelector deckId={deckId} />
      <ActivitySection deckId={deckId} />
      <RetentionSection deckId={deckId} />
      <CardSections deckId={deckId} />
      <QuizHistorySection deckId={deckId} />
    </div>
  );
}
